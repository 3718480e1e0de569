"""Content nobody outside the editorial team may see, each piece with its own
marker string, on top of the published sample content."""

from leak_routes import MARKERS
from leak_routes import SIGNUP_MARKERS
from plone import api
from plone.app.iterate.interfaces import ICheckinCheckoutPolicy
from plone.base.interfaces.syndication import IFeedSettings
from plone.dexterity.utils import createContentInContainer
from sample_content import berlin
from sample_content import create_sample_content
from sample_content import PASSWORD
from sample_content import submit

import pytest
import re
import requests
import transaction


AUTHENTICATOR = re.compile(r'name="_authenticator" value="([0-9a-f]+)"')


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
        create_editor()
    transaction.commit()
    sign_up_with_markers(sample["workshop-4"].absolute_url() + "/anmeldung")
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


@pytest.fixture(scope="session")
def staff_password():
    return PASSWORD


def create_editor():
    api.user.create(
        username="test-redaktion",
        email="test-redaktion@example.org",
        password=PASSWORD,
        roles=("Member",),
    )
    api.group.add_user(groupname="redaktionsteam", username="test-redaktion")


def sign_up_with_markers(form_url):
    """Sign up like a participant's browser: the form's CSRF token, the
    empty honeypot, and a marker in every personal field."""
    session = requests.Session()
    page = session.get(form_url, timeout=60)
    token = AUTHENTICATOR.search(page.text).group(1)
    name, mail, organisation, remark = SIGNUP_MARKERS
    response = session.post(
        form_url,
        data={
            "_authenticator": token,
            "form.widgets.vorname": f"Vorname {name}",
            "form.widgets.nachname": name,
            "form.widgets.email": f"{mail}@example.org",
            "form.widgets.organisation": organisation,
            "form.widgets.anmerkungen": remark,
            "form.widgets.datenschutz:list": "selected",
            "form.widgets.datenschutz-empty-marker": "1",
            "protected_1": "",
            "form.buttons.submit": "Verbindlich anmelden",
        },
        timeout=60,
    )
    assert response.status_code == 200
