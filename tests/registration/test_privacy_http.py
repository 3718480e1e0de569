"""DSGVO: only organisers and Managers see or export sign-ups (over HTTP)."""

from datetime import datetime
from datetime import timedelta
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from plone import api

import io
import pytest
import pytz
import requests
import transaction


BERLIN = pytz.timezone("Europe/Berlin")
PASSWORD = "geheim-1234"
PEOPLE = {
    "orga": {"groups": ["veranstaltungsteam"]},
    "redakteurin": {"groups": ["redaktionsteam"]},
    "pruefer": {"groups": ["gb_soziales"]},
    "siteadmin": {"roles": ["Site Administrator"]},
    "admin-manager": {"roles": ["Manager"]},
}


@pytest.fixture
def portal(functional_portal):
    """The workshop fixtures of conftest.py, on the functional layer."""
    return functional_portal


@pytest.fixture
def signed_up_workshop(workshop, register):
    """A workshop with one sign-up, owned and edited by Redaktion."""
    for username, settings in PEOPLE.items():
        api.user.create(
            email=f"{username}@example.org",
            username=username,
            password=PASSWORD,
            roles=settings.get("roles", ["Member"]),
        )
        for group in settings.get("groups", []):
            api.group.add_user(groupname=group, username=username)
    owner = api.user.get(username="redakteurin").getUser()
    for obj in (workshop, workshop["anmeldung"]):
        obj.changeOwnership(owner)
        obj.manage_setLocalRoles("redakteurin", ["Owner", "Editor"])
        obj.reindexObjectSecurity()
    register(workshop, "erika.geheim@example.org")
    transaction.commit()
    return workshop


def get(url, username, **params):
    return requests.get(
        url,
        params=params,
        auth=(username, PASSWORD),
        timeout=60,
        allow_redirects=False,
    )


def list_url(workshop):
    return f"{workshop.absolute_url()}/@@anmeldungen"


def raw_table_url(workshop):
    """easyform's editable saved-data table: for Managers only."""
    return f"{workshop['anmeldung'].absolute_url()}/actions/anmeldungen/@@data"


def csv_export(workshop, username):
    return get(f"{workshop.absolute_url()}/@@anmeldungen.csv", username)


def test_organiser_sees_the_sign_ups(signed_up_workshop):
    old_link = get(
        f"{signed_up_workshop['anmeldung'].absolute_url()}/@@saveddata", "orga"
    )
    assert old_link.status_code == 302
    assert old_link.headers["Location"] == list_url(signed_up_workshop)
    page = get(list_url(signed_up_workshop), "orga")
    assert page.status_code == 200
    assert "erika.geheim@example.org" in page.text
    assert "bestätigt" in page.text


def test_organiser_exports_csv_for_german_excel(signed_up_workshop):
    export = csv_export(signed_up_workshop, "orga")
    assert export.status_code == 200
    assert export.headers["Content-Type"].startswith("text/csv")
    assert export.content.startswith("\ufeff".encode())  # BOM: Excel reads UTF-8
    header, row = export.content.decode("utf-8-sig").splitlines()
    assert header.startswith("Vorname;Nachname;E-Mail;Organisation")
    assert ";Datenschutz;" in header  # the consent question, by its label
    cells = dict(zip(header.split(";"), row.split(";"), strict=True))
    assert cells["E-Mail"] == "erika.geheim@example.org"
    assert cells["Status"] == "bestätigt"
    assert cells["Datenschutz"] == "Ja"
    assert "token" not in header.lower()


def test_organiser_exports_xlsx(signed_up_workshop):
    export = get(f"{signed_up_workshop.absolute_url()}/@@anmeldungen.xlsx", "orga")
    assert export.status_code == 200
    sheet = load_workbook(io.BytesIO(export.content)).active
    header, row = [[cell.value for cell in line] for line in sheet.iter_rows()]
    cells = dict(zip(header, row, strict=True))
    assert cells["E-Mail"] == "erika.geheim@example.org"
    assert (cells["Status"], cells["Datenschutz"]) == ("bestätigt", "Ja")
    # A real date cell in Berlin time, shown the German way (issue 24).
    registered = cells["Angemeldet am"]
    assert isinstance(registered, datetime)
    assert abs(registered - datetime.now(BERLIN).replace(tzinfo=None)) < timedelta(
        minutes=10
    )
    column = header.index("Angemeldet am") + 1
    assert sheet.cell(2, column).number_format == "DD.MM.YYYY HH:MM"
    # The headings stay in view; every column is as wide as its content.
    assert sheet.freeze_panes == "A2"
    for index, title in enumerate(header, start=1):
        width = sheet.column_dimensions[get_column_letter(index)].width
        value = row[index - 1]
        shown = "07.12.2026 10:00" if isinstance(value, datetime) else str(value or "")
        longest = max(len(title), len(shown))
        assert min(longest, 50) <= width <= 52, (title, width)
    assert get(
        f"{signed_up_workshop.absolute_url()}/@@anmeldungen.xlsx", "redakteurin"
    ).status_code in (302, 401, 403)


def test_organisers_cannot_edit_rows_past_the_counters(signed_up_workshop):
    """easyform's raw table (edit, delete, clear all) is for Managers only."""
    assert get(raw_table_url(signed_up_workshop), "orga").status_code in (302, 401, 403)
    assert get(raw_table_url(signed_up_workshop), "admin-manager").status_code == 200


@pytest.mark.parametrize("username", ["redakteurin", "pruefer", "siteadmin"])
def test_others_neither_see_nor_export_sign_ups(signed_up_workshop, username):
    """Not Redaktion (owner and editor of workshop and form), not reviewers,
    not site administrators."""
    for response in (
        get(f"{signed_up_workshop['anmeldung'].absolute_url()}/@@saveddata", username),
        get(list_url(signed_up_workshop), username),
        get(raw_table_url(signed_up_workshop), username),
        csv_export(signed_up_workshop, username),
        get(
            f"{signed_up_workshop.absolute_url()}/@@nachricht-an-teilnehmende", username
        ),
    ):
        assert response.status_code in (302, 401, 403)
        assert "erika.geheim" not in response.text


@pytest.mark.parametrize("username", ["orga", "redakteurin", "pruefer"])
def test_rest_serialization_of_the_form_carries_no_sign_ups(
    signed_up_workshop, username
):
    response = requests.get(
        signed_up_workshop["anmeldung"].absolute_url(),
        headers={"Accept": "application/json"},
        auth=(username, PASSWORD),
        timeout=60,
    )
    assert response.status_code == 200
    assert response.json()["@type"] == "EasyForm"
    assert "erika.geheim" not in response.text


def test_redaktion_may_edit_the_fields_but_not_the_actions(
    signed_up_workshop, workshop_factory
):
    """On a draft (a published workshop changes only through review)."""
    draft = workshop_factory(id_="entwurf", published=False)
    for obj in (draft, draft["anmeldung"]):
        obj.manage_setLocalRoles("redakteurin", ["Owner", "Editor"])
        obj.reindexObjectSecurity()
    transaction.commit()
    form_url = draft["anmeldung"].absolute_url()
    assert get(f"{form_url}/fields", "redakteurin").status_code == 200
    for path in (
        "actions",
        "actions/@@listing",
        "actions/@@add-action",
        "actions/@@modeleditor",
        "actions/anmeldungen/@@edit",
        "actions/anmeldungen/@@delete",
    ):
        response = get(f"{form_url}/{path}", "redakteurin")
        assert response.status_code in (302, 401, 403), path
    for path in ("actions", "actions/@@modeleditor", "actions/anmeldungen/@@edit"):
        assert get(f"{form_url}/{path}", "admin-manager").status_code == 200, path


@pytest.mark.parametrize("username", [None, "redakteurin", "pruefer", "siteadmin"])
def test_easyforms_save_data_adapters_are_closed_without_the_right_to_see_sign_ups(
    signed_up_workshop, username
):
    """easyform's ``@@get_save_data_adapters`` answered anyone who may view
    the form with the representations of its saved-data actions."""
    url = f"{signed_up_workshop['anmeldung'].absolute_url()}/@@get_save_data_adapters"
    if username is None:
        response = requests.get(url, timeout=60, allow_redirects=False)
    else:
        response = get(url, username)
    assert response.status_code in (302, 401, 403)
    assert "Registration" not in response.text
    assert get(url, "orga").status_code == 200


def test_editors_change_questions_but_not_the_xml_model(
    signed_up_workshop, workshop_factory
):
    """The XML editor would let a TALES default run with the rights of
    whoever opens the form: Managers only (registration/form/editor.py)."""
    draft = workshop_factory("entwurf", published=False)
    draft.manage_setLocalRoles("redakteurin", ["Owner", "Editor"])
    draft.reindexObjectSecurity()
    transaction.commit()
    fields = f"{draft['anmeldung'].absolute_url()}/fields"
    assert get(fields, "redakteurin").status_code == 200
    assert get(f"{fields}/@@modeleditor", "redakteurin").status_code in (302, 401, 403)
    editor = get(f"{fields}/@@modeleditor", "admin-manager")
    assert editor.status_code == 200
    assert "&lt;schema&gt;" in editor.text
