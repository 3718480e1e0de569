"""Content nobody outside the editorial team may see, each piece with its own
marker string, and a sign-up with a marker in every personal field, on top of
the published demo content."""

from leak_routes import MARKERS
from leak_routes import SIGNUP_FORM
from leak_routes import SIGNUP_MARKERS
from plone import api
from plone.app.iterate.interfaces import ICheckinCheckoutPolicy
from plone.base.interfaces.syndication import IFeedSettings
from plone.dexterity.utils import createContentInContainer
from rundtisch.policy.demo.content import berlin
from rundtisch.policy.demo.publish import submit
from rundtisch.policy.demo.users import DEFAULT_PASSWORD
from signup_http import post_signup

import os
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
        start=berlin(2030, 3, 1, 10),
        end=berlin(2030, 3, 1, 12),
    )


@pytest.fixture(scope="class")
def hidden_content(demo_functional_portal_class, demo_portal_url):
    portal = demo_functional_portal_class
    folder = portal["veranstaltungen"]
    workshop_3 = folder["workshop-3"]
    # Drafts as the Redaktion makes them, one of them submitted for review.
    with api.env.adopt_user(username="redaktion"):
        private = marked_workshop(folder, "entwurf", MARKERS["private"])
        pending = marked_workshop(folder, "in-pruefung", MARKERS["pending"])
        private_result = createContentInContainer(
            workshop_3,
            "Result",
            id="ergebnis-entwurf",
            title=f"Ergebnis {MARKERS['private_result']}",
            result_kind="challenge",
            topics=["koordinierungsstelle"],
        )
    submit(pending)
    with api.env.adopt_roles(["Manager"]):
        # A published result pointing at the draft must not reveal it.
        api.relation.create(
            source=portal["ergebnisse"]["bedarf-koordinierungsstelle"],
            target=private,
            relationship="workshops",
        )
        copy = ICheckinCheckoutPolicy(workshop_3).checkout(folder)
        copy.title = f"Workshop 3 {MARKERS['working_copy']}"
        copy.description = f"Arbeitskopie {MARKERS['working_copy']}"
        copy.reindexObject()
        # Feeds and the sitemap are off by default; switch them on so that
        # the crawl reads them.
        IFeedSettings(folder).enabled = True
        api.portal.set_registry_record("plone.enable_sitemap", True)
    transaction.commit()
    sign_up_with_markers(demo_portal_url + SIGNUP_FORM)
    return {
        "private": private,
        "pending": pending,
        "private_result": private_result,
        "working_copy": copy,
    }


@pytest.fixture(scope="session")
def demo_password():
    """The demo users' password, as the demo profile set it."""
    return os.environ.get("DEMO_PASSWORD") or DEFAULT_PASSWORD


def sign_up_with_markers(form_url):
    """Sign up through the real form, a marker in every personal field."""
    name, mail, organisation, remark = SIGNUP_MARKERS
    response = post_signup(
        form_url,
        f"{mail}@example.org",
        **{
            "form.widgets.vorname": f"Vorname {name}",
            "form.widgets.nachname": name,
            "form.widgets.organisation": organisation,
            "form.widgets.anmerkungen": remark,
        },
    )
    assert "Sie sind angemeldet" in response.text
