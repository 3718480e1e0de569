"""The sign-up form in the hands of the Redaktion (over HTTP): it edits the
questions in easyform's field editor, but the form belongs to its workshop,
so it neither deletes nor renames it; a question it adds comes before the
consent, which closes the form (docs/design.md §4)."""

from collective.easyform.api import get_schema
from lxml import html
from plone import api
from zope.schema import getFieldsInOrder

import pytest
import requests
import transaction


PASSWORD = "geheim-1234"
PEOPLE = {
    "redakteurin": {"groups": ["redaktionsteam"]},
    "admin-manager": {"roles": ["Manager"]},
}
JSON = {"Accept": "application/json", "Content-Type": "application/json"}


@pytest.fixture
def portal(functional_portal):
    """The workshop fixtures of conftest.py, on the functional layer."""
    return functional_portal


@pytest.fixture
def draft(workshop_factory):
    """A draft workshop with sign-up on, the Redaktion's to edit (a
    published one changes only through review)."""
    for username, settings in PEOPLE.items():
        api.user.create(
            email=f"{username}@example.org",
            username=username,
            password=PASSWORD,
            roles=settings.get("roles", ["Member"]),
        )
        for group in settings.get("groups", []):
            api.group.add_user(groupname=group, username=username)
    workshop = workshop_factory(id_="entwurf", published=False)
    for obj in (workshop, workshop["anmeldung"]):
        obj.manage_setLocalRoles("redakteurin", ["Owner", "Editor"])
        obj.reindexObjectSecurity()
    transaction.commit()
    return workshop


def session(username):
    browser = requests.Session()
    browser.auth = (username, PASSWORD)
    return browser


def field_names(workshop):
    transaction.begin()  # see what the server committed
    return [
        name for name, _field in getFieldsInOrder(get_schema(workshop["anmeldung"]))
    ]


def test_redaktion_is_offered_neither_delete_nor_rename(draft):
    form_url = draft["anmeldung"].absolute_url()
    page = session("redakteurin").get(f"{form_url}/fields", timeout=60)
    assert page.status_code == 200
    menu = html.fromstring(page.text).xpath("//*[@id='plone-contentmenu-actions']")
    assert menu, "the Redaktion has the actions menu"
    entries = menu[0].text_content()
    assert "Formular Felder bearbeiten" in entries
    for refused in ("Löschen", "Umbenennen", "Ausschneiden", "Kopieren"):
        assert refused not in entries
    # The workshop itself is still the Redaktion's to delete and rename.
    workshop_page = session("redakteurin").get(draft.absolute_url(), timeout=60)
    assert "plone-contentmenu-actions-delete" in workshop_page.text
    assert "plone-contentmenu-actions-rename" in workshop_page.text


def test_redaktion_cannot_delete_the_form(draft):
    form_url = draft["anmeldung"].absolute_url()
    redaktion = session("redakteurin")
    confirmation = redaktion.get(
        f"{form_url}/delete_confirmation", timeout=60, allow_redirects=False
    )
    assert confirmation.status_code in (302, 401, 403)
    deleted = redaktion.delete(form_url, headers=JSON, timeout=60)
    assert deleted.status_code in (401, 403)
    transaction.begin()
    assert "anmeldung" in draft.objectIds()


def test_rest_rename_of_the_form_is_refused_in_german(draft):
    form_url = draft["anmeldung"].absolute_url()
    for username in ("redakteurin", "admin-manager"):
        renamed = session(username).patch(
            form_url, headers=JSON, json={"id": "umbenannt"}, timeout=60
        )
        assert renamed.status_code == 403, (username, renamed.text[:300])
        assert "gehört zu seiner Veranstaltung" in renamed.json()["message"]
    transaction.begin()
    assert "anmeldung" in draft.objectIds()
    assert "umbenannt" not in draft.objectIds()


def test_other_changes_to_the_form_still_work_over_rest(draft):
    form_url = draft["anmeldung"].absolute_url()
    changed = session("redakteurin").patch(
        form_url,
        headers=JSON,
        json={"id": "anmeldung", "title": "Anmeldung zum Workshop"},
        timeout=60,
    )
    assert changed.status_code == 204, changed.text[:300]
    transaction.begin()
    assert draft["anmeldung"].Title() == "Anmeldung zum Workshop"


def test_managers_may_still_delete_the_form(draft):
    """The workshop, still taking sign-ups, gets a new empty form at once
    (creation.py)."""
    draft["anmeldung"].setTitle("Das alte Formular")
    transaction.commit()
    form_url = draft["anmeldung"].absolute_url()
    deleted = session("admin-manager").delete(form_url, headers=JSON, timeout=60)
    assert deleted.status_code == 204, deleted.text[:300]
    transaction.begin()
    assert draft["anmeldung"].Title() == "Anmeldung"


def test_redaktion_may_still_delete_its_draft_workshop_with_the_form(draft):
    deleted = session("redakteurin").delete(
        draft.absolute_url(), headers=JSON, timeout=60
    )
    assert deleted.status_code == 204, deleted.text[:300]


def add_field(browser, form_url, title, name, field_type):
    """Fill and send the field editor's "Feld hinzufügen" form as the
    browser does (its authenticator and the option of `field_type`)."""
    page = html.fromstring(
        browser.get(f"{form_url}/fields/@@add-field", timeout=60).text
    )
    (option,) = page.xpath(
        f"//select[@name='form.widgets.factory:list']/option[normalize-space()='{field_type}']"
    )
    (authenticator,) = page.xpath("//input[@name='_authenticator']/@value")
    return browser.post(
        f"{form_url}/fields/@@add-field",
        data={
            "form.widgets.title": title,
            "form.widgets.__name__": name,
            "form.widgets.description": "",
            "form.widgets.factory:list": option.get("value"),
            "form.widgets.factory-empty-marker": "1",
            "form.widgets.required-empty-marker": "1",
            "form.widgets.fieldset_id": "0",
            "form.buttons.add": "Hinzufügen",
            "_authenticator": authenticator,
        },
        timeout=60,
    )


def test_a_question_added_in_the_editor_comes_before_the_consent(draft):
    form_url = draft["anmeldung"].absolute_url()
    assert field_names(draft)[-1] == "datenschutz"
    redaktion = session("redakteurin")
    added = add_field(
        redaktion, form_url, "Essenswunsch", "essen", "Text-Zeile (Zeichenfolge)"
    )
    assert added.status_code == 200
    added = add_field(redaktion, form_url, "Ich bringe ein Kind mit", "kind", "Ja/Nein")
    assert added.status_code == 200
    assert field_names(draft)[-3:] == ["essen", "kind", "datenschutz"]
    # Stored, as the citizen's form shows it: the consent last.
    editor = html.fromstring(redaktion.get(f"{form_url}/fields", timeout=60).text)
    previews = editor.xpath("//div[contains(@class, 'fieldPreview')]/@data-field_id")
    assert previews[-3:] == ["essen", "kind", "datenschutz"]


def test_the_editor_offers_no_relation_fields(draft):
    form_url = draft["anmeldung"].absolute_url()
    page = session("redakteurin").get(f"{form_url}/fields/@@add-field", timeout=60)
    options = html.fromstring(page.text).xpath(
        "//select[@name='form.widgets.factory:list']/option/text()"
    )
    assert "Ja/Nein" in options
    assert not [
        option for option in options if "Verweis" in option or "Relation" in option
    ]


def test_a_fields_settings_leave_out_easyforms_technical_tab(draft):
    """Widget classes and validators by their English ids ("isSSN") are
    for administrators (registration/form/guards.py)."""
    field_url = f"{draft['anmeldung'].absolute_url()}/fields/email"
    settings = session("redakteurin").get(field_url, timeout=60)
    assert settings.status_code == 200
    assert "Maximale Länge" in settings.text
    for technical in ("field_widget", "validators", "isUSPhoneNumber"):
        assert technical not in settings.text
    settings = session("admin-manager").get(field_url, timeout=60)
    assert "field_widget" in settings.text
