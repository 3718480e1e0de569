"""Content nobody outside the editorial team may see, each piece with its own
marker string, on top of the published sample content."""

from leak_routes import MARKERS
from plone import api
from plone.app.iterate.interfaces import ICheckinCheckoutPolicy
from plone.base.interfaces.syndication import IFeedSettings
from plone.dexterity.utils import createContentInContainer
from registration_fallback import registration_status  # noqa: F401 TEMPORARY
from sample_content import berlin
from sample_content import create_sample_content
from sample_content import submit

import pytest
import transaction


def marked_workshop(folder, id_, marker):
    return api.content.create(
        container=folder,
        type="Workshop",
        id=id_,
        title=f"Workshop {marker}",
        description=f"Beschreibung {marker}",
        focus=f"Schwerpunkt {marker}",
        location=f"Ort {marker}",
        topics=["koordinierungsstelle"],
        start=berlin(2030, 3, 1, 10, 0),
        end=berlin(2030, 3, 1, 12, 0),
    )


@pytest.fixture(scope="class")
def hidden_content(functional_portal_class):
    portal = functional_portal_class
    sample = create_sample_content(portal)
    folder = sample["veranstaltungen"]
    with api.env.adopt_roles(["Manager"]):
        private = marked_workshop(folder, "entwurf", MARKERS["private"])
        pending = marked_workshop(folder, "in-pruefung", MARKERS["pending"])
        submit(pending)
        private_result = createContentInContainer(
            sample["workshop-3"],
            "Result",
            id="ergebnis-entwurf",
            title=f"Ergebnis {MARKERS['private_result']}",
            result_kind="challenge",
            topics=["koordinierungsstelle"],
        )
        # A published result pointing at the draft must not reveal it.
        api.relation.create(
            source=sample["bedarf-koordinierungsstelle"],
            target=private,
            relationship="workshops",
        )
        copy = ICheckinCheckoutPolicy(sample["workshop-3"]).checkout(folder)
        copy.title = f"Workshop 3 {MARKERS['working_copy']}"
        copy.description = f"Arbeitskopie {MARKERS['working_copy']}"
        copy.reindexObject()
        # Feeds and the sitemap are off by default; switch them on so that
        # the crawl reads them.
        IFeedSettings(folder).enabled = True
        api.portal.set_registry_record("plone.enable_sitemap", True)
    transaction.commit()
    return {
        "sample": sample,
        "private": private,
        "pending": pending,
        "private_result": private_result,
        "working_copy": copy,
    }


@pytest.fixture(scope="class")
def portal_url(functional_portal_class):
    return functional_portal_class.absolute_url()
