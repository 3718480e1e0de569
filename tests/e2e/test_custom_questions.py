"""Questions editors add reach the organiser (issue 27, docs/design.md §4).

The Redaktion adds two questions to a workshop's sign-up form in
easyform's field editor, clicking through its modal as a person does; a
citizen answers them; the organiser finds the answers in the sign-up list,
on the Einlass detail, in the CSV as German Excel reads it and in the XLSX
as openpyxl reads it, each under the question's label. A question removed
later keeps its answers under its old label.

The Redaktion edits the form while the workshop is a draft: a published
workshop and its form change only through both approvals (§3), so to remove
a question the Redaktion retracts the workshop, edits, and it is approved
again. Screenshots: test-artifacts/e2e/quest-*.png.
"""

from datetime import datetime
from datetime import timedelta
from openpyxl import load_workbook
from page_checks import collect_csp_violations
from page_checks import rest
from playwright.sync_api import expect
from review_pages import choose_action
from review_pages import status_messages

import csv
import io
import pytest
import re


pytestmark = pytest.mark.e2e

TITLE = "Workshop E: Eigene Fragen im Anmeldeformular"
PERSON = ("Greta", "Vogel", "greta.vogel@example.org")
MEAL = "Essenswunsch"
CHILD = "Ich bringe ein Kind mit"
BOM = b"\xef\xbb\xbf"
# Milliseconds to wait for what depends on the server (Playwright's `expect`
# gives up after 5 s; the machine is shared).
WAIT = 30_000


def publish(url):
    """Both departments approve what the Redaktion submits (REST)."""
    rest("POST", f"{url}/@workflow/submit", "redaktion")
    rest("POST", f"{url}/@workflow/approve_social", "pruefung-soziales")
    rest("POST", f"{url}/@workflow/approve_urban", "pruefung-stadtentwicklung")


@pytest.fixture
def draft_workshop(portal_url):
    """A workshop with sign-up on, still a draft of the Redaktion."""
    start = (datetime.now() + timedelta(days=25)).replace(
        hour=17, minute=0, second=0, microsecond=0
    )
    created = rest(
        "POST",
        f"{portal_url}/veranstaltungen",
        "redaktion",
        json={
            "@type": "Workshop",
            "title": TITLE,
            "start": start.isoformat(),
            "end": (start + timedelta(hours=2)).isoformat(),
            "location": "Rathaus Dresden, Raum 3",
            "registration_enabled": True,
            "capacity": 10,
        },
    ).json()
    return created["@id"]


def watch_page(page):
    """CSP refusals and script errors of a page, as two lists that fill."""
    violations = collect_csp_violations(page)
    errors = []
    page.on(
        "console",
        lambda message: (
            errors.append(message.text) if message.type == "error" else None
        ),
    )
    page.on("pageerror", lambda error: errors.append(str(error)))
    return violations, errors


def pattern_ready(page, selector, name):
    """Wait until Patternslib has set up pattern `name` on the element:
    clicked before, "Feld hinzufügen…" opens a page instead of the modal,
    and the field's × skips the question."""
    page.wait_for_function(
        "([selector, name]) => document.querySelector(selector)?.[`pattern-${name}`]",
        arg=[selector, name],
        timeout=WAIT,
    )


def open_field_editor(page, form_url):
    """Aktionen → "Formular Felder bearbeiten" on the sign-up form."""
    choose_action(page, form_url, "Fields")
    expect(page.locator(".pat-schemaeditor")).to_be_visible(timeout=WAIT)


def field_preview(page, field_id):
    return page.locator(f".fieldPreview[data-field_id='{field_id}']")


def add_field(page, title, field_type, shoot=None):
    """Add a field through the editor's modal; return its short name.

    `shoot(page)`, if given, takes a screenshot of the filled modal."""
    pattern_ready(page, "#add-field", "plone-modal")
    page.get_by_role("link", name="Feld hinzufügen…").click()
    modal = page.locator(".modal-dialog", has_text="Neues Feld hinzufügen")
    expect(modal.locator("#add-field-form")).to_be_visible(timeout=WAIT)
    modal.get_by_label("Titel").fill(title)
    # The editor derives the short name when the title loses focus.
    modal.get_by_label("Titel").press("Tab")
    short_name = modal.get_by_label("Kurzname")
    expect(short_name).not_to_have_value("", timeout=WAIT)
    field_id = short_name.input_value()
    modal.get_by_label("Feldtyp").select_option(label=field_type)
    expect(modal.get_by_label("Pflichtfeld")).not_to_be_checked(timeout=WAIT)
    if shoot is not None:
        shoot(page)
    modal.get_by_role("button", name="Hinzufügen").click()
    expect(modal).to_be_hidden(timeout=WAIT)
    expect(field_preview(page, field_id)).to_be_visible(timeout=WAIT)
    return field_id


def remove_field(page, field_id):
    """Click the field's × and confirm the browser's question."""
    pattern_ready(page, ".pat-schemaeditor", "schemaeditor")
    questions = []
    page.once(
        "dialog", lambda dialog: (questions.append(dialog.message), dialog.accept())
    )
    field_preview(page, field_id).locator(".schemaeditor-delete-field").click()
    expect(field_preview(page, field_id)).to_have_count(0, timeout=WAIT)
    assert len(questions) == 1


def sign_up_with_answers(page, workshop_url, person):
    first_name, last_name, email = person
    page.goto(workshop_url)
    page.get_by_role("link", name="Jetzt anmelden").click()
    page.wait_for_load_state()
    page.get_by_label("Vorname").fill(first_name)
    page.get_by_label("Nachname").fill(last_name)
    page.get_by_label("E-Mail").fill(email)
    page.get_by_label(MEAL).fill("vegetarisch")
    # A yes/no field added in the editor is two radio buttons, "ja" and "nein".
    page.get_by_role("group", name=CHILD).get_by_label("ja", exact=True).check()
    page.get_by_label(re.compile("Datenschutz|Einwilligung")).check()
    page.click("#form-buttons-submit")
    page.wait_for_load_state()


def sign_up_list(page):
    """(column headings, text of the person's row) of `@@anmeldungen`."""
    table = page.locator(".rundtisch-signup-table")
    headings = [text.strip() for text in table.locator("thead th").all_inner_texts()]
    row = table.locator("tbody tr", has_text=PERSON[2])
    return headings, row.inner_text()


def download(page, link_name):
    """The bytes of the file behind a link of the page."""
    with page.expect_download() as started:
        page.get_by_role("link", name=link_name).click()
    with open(started.value.path(), "rb") as downloaded:
        return downloaded.read()


def csv_row(data):
    """The person's record of a CSV as German Excel reads it: UTF-8 with
    BOM, `;` between cells."""
    assert data.startswith(BOM)
    text = data.decode("utf-8-sig")
    records = list(csv.DictReader(io.StringIO(text, newline=""), delimiter=";"))
    (record,) = [record for record in records if record["E-Mail"] == PERSON[2]]
    return record


def xlsx_row(data):
    """The person's row of an XLSX as openpyxl reads it: {heading: cell}."""
    sheet = load_workbook(io.BytesIO(data), read_only=True).active
    rows = list(sheet.iter_rows(values_only=True))
    headings = rows[0]
    records = [dict(zip(headings, row, strict=True)) for row in rows[1:]]
    (record,) = [record for record in records if record["E-Mail"] == PERSON[2]]
    return record


def test_answers_to_added_questions_reach_the_organiser(
    portal_url, draft_workshop, new_page, login, screenshot
):
    url = draft_workshop
    form_url = f"{url}/anmeldung"

    # 1. The Redaktion adds two questions in easyform's field editor.
    editor = new_page()
    violations, errors = watch_page(editor)
    login(editor, "redaktion")
    open_field_editor(editor, form_url)
    meal = add_field(
        editor,
        MEAL,
        "Text-Zeile (Zeichenfolge)",
        shoot=lambda page: screenshot(page, "quest-01-add-field-modal"),
    )
    assert "Feld wurde hinzugefügt." in status_messages(editor)
    child = add_field(editor, CHILD, "Ja/Nein")
    screenshot(editor, "quest-02-questions-added")
    # Stored, not only drawn: the editor shows them after a reload, last
    # before the consent, which closes the form.
    editor.reload()
    order = editor.locator(".fieldPreview").evaluate_all(
        "previews => previews.map(p => p.dataset.field_id)"
    )
    assert order[-3:] == [meal, child, "datenschutz"]
    assert violations == []
    assert errors == []

    # 2. Published by both departments, a citizen answers the questions.
    publish(url)
    citizen = new_page()
    citizen_violations = collect_csp_violations(citizen)
    sign_up_with_answers(citizen, url, PERSON)
    screenshot(citizen, "quest-03-citizen-answered")
    assert "Sie sind angemeldet" in citizen.inner_text(".rundtisch-signup-confirmation")
    assert citizen_violations == []

    # 3. The organiser sees the answers in the list ...
    organiser = new_page()
    login(organiser, "veranstaltung")
    organiser.goto(url)
    organiser.get_by_role("link", name="Anmeldungen ansehen").click()
    organiser.wait_for_load_state()
    screenshot(organiser, "quest-04-list")
    # (under "Weitere Angaben": the answer with its question's label)
    headings, row = sign_up_list(organiser)
    assert "Weitere Angaben" in headings
    assert MEAL in row
    assert "vegetarisch" in row

    # ... on the person's card at the Einlass ...
    organiser.get_by_role("link", name="Einlass").click()
    organiser.wait_for_load_state()
    organiser.get_by_label("Name oder persönlicher Code").fill("vogel greta")
    organiser.get_by_role("button", name="Suchen").click()
    organiser.wait_for_load_state()
    found = organiser.locator(".rundtisch-checkin-found li", has_text="Greta Vogel")
    screenshot(organiser, "quest-05-einlass-detail")
    detail = found.inner_text()
    assert MEAL in detail and "vegetarisch" in detail

    # ... and in both exports, under the questions' labels.
    organiser.goto(f"{url}/@@anmeldungen")
    exported = csv_row(download(organiser, "Als CSV für Excel herunterladen"))
    assert (exported[MEAL], exported[CHILD]) == ("vegetarisch", "Ja")
    headings = list(exported)  # in the form's order
    assert headings.index("E-Mail") < headings.index(MEAL) < headings.index(CHILD)
    exported = xlsx_row(download(organiser, "Als XLSX"))
    assert (exported[MEAL], exported[CHILD]) == ("vegetarisch", "Ja")

    # 4. The Redaktion removes a question: retracted, edited, approved again.
    rest(
        "POST",
        f"{url}/@workflow/retract",
        "redaktion",
        json={"comment": "Die Frage nach dem Essen entfällt."},
    )
    open_field_editor(editor, form_url)
    remove_field(editor, meal)
    editor.reload()
    expect(field_preview(editor, child)).to_be_visible(timeout=WAIT)
    assert field_preview(editor, meal).count() == 0
    screenshot(editor, "quest-06-question-removed")
    assert violations == []
    assert errors == []
    publish(url)
    assert MEAL not in new_page().goto(form_url).text()

    # The old answers stay, under the old label.
    organiser.goto(f"{url}/@@anmeldungen")
    screenshot(organiser, "quest-07-list-after-removal")
    headings, row = sign_up_list(organiser)
    assert MEAL in row
    assert "vegetarisch" in row
    exported = csv_row(download(organiser, "Als CSV für Excel herunterladen"))
    assert (exported[MEAL], exported[CHILD]) == ("vegetarisch", "Ja")
