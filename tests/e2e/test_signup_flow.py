"""The whole story in a browser (issue 7): an editor writes a workshop, both
departments approve it, two people sign up for its one seat, the organiser
exports the list, the first cancels and the second moves up.

Each step leaves a screenshot test-artifacts/e2e/flow-NN-<step>.png. Mails
are read from the SMTP sink the portal sends to (conftest.py).
"""

from datetime import datetime
from datetime import timedelta
from review_pages import choose_state

import csv
import pytest
import re
import requests


pytestmark = pytest.mark.e2e

TITLE = "Workshop 9: Wohnprojekte im Quartier"
FIRST = ("Erika", "Muster", "erika.muster@example.org")
SECOND = ("Max", "Beispiel", "max.beispiel@example.org")
URL = re.compile(r"https?://\S+")


def registration(workshop_url):
    """The workshop's `registration` from REST, read anonymously as other sites
    do: the counts must be current despite plone.app.caching's RAM cache."""
    response = requests.get(
        workshop_url, headers={"Accept": "application/json"}, timeout=30
    )
    response.raise_for_status()
    return response.json()["registration"]


def counts(workshop_url):
    status = registration(workshop_url)
    return status["confirmed"], status["waitlisted"]


def sign_up(page, form_url, person):
    first_name, last_name, email = person
    page.goto(form_url)
    page.get_by_label("Vorname").fill(first_name)
    page.get_by_label("Nachname").fill(last_name)
    page.get_by_label("E-Mail").fill(email)
    page.get_by_label(re.compile("Datenschutz|Einwilligung")).check()
    page.click("#form-buttons-submit")
    page.wait_for_load_state()


def body_of(message):
    return message.get_body(("plain",)).get_content()


def link_in(message, path):
    """The first link in the mail's text whose address contains `path`."""
    for link in URL.findall(body_of(message)):
        if path in link:
            return link
    raise AssertionError(f"No link with {path!r} in: {body_of(message)}")


def addressed_to(email, subject_start):
    return lambda m: email in m["To"] and m["Subject"].startswith(subject_start)


def listed_emails(page):
    """The e-mail addresses in the organiser's sign-up list, in its order."""
    return page.locator(".rundtisch-signup-table a[href^='mailto:']").all_inner_texts()


def exported_sign_ups(page):
    """Download the list's CSV for German Excel: {e-mail: {column: cell}}."""
    with page.expect_download() as download:
        page.get_by_role("link", name="Als CSV für Excel herunterladen").click()
    with open(download.value.path(), encoding="utf-8-sig", newline="") as export:
        records = list(csv.DictReader(export, delimiter=";"))
    return {record["E-Mail"]: record for record in records}


def test_workshop_from_draft_to_waiting_list_promotion(
    portal_url, new_page, login, screenshot, mail_sink
):
    sink, _port = mail_sink

    # 1. The editor creates a workshop with one seat and a waiting list.
    editor = new_page()
    login(editor, "redaktion")
    editor.goto(f"{portal_url}/veranstaltungen/++add++Workshop")
    start = (datetime.now() + timedelta(days=21)).replace(hour=17, minute=0)
    editor.fill("input[name$='.title']", TITLE)
    editor.fill("input[name$='.start']", start.strftime("%Y-%m-%dT%H:%M"))
    editor.fill(
        "input[name$='.end']", (start + timedelta(hours=3)).strftime("%Y-%m-%dT%H:%M")
    )
    editor.fill("input[name$='.location']", "Rathaus Dresden, Plenarsaal")
    # The sign-up settings are on the form's "Anmeldung" tab.
    editor.locator("nav.autotoc-nav a", has_text="Anmeldung").click()
    editor.check("input[name$='.registration_enabled:list']")
    editor.fill("input[name$='.capacity']", "1")
    editor.check("input[name$='.waitlist_enabled:list']")
    screenshot(editor, "flow-01-editor-adds-workshop")
    editor.click("#form-buttons-save")
    editor.wait_for_load_state()
    workshop_url = editor.url.split("?")[0].removesuffix("/view").rstrip("/")
    assert editor.inner_text("h1") == TITLE

    # 2. ... and submits it for review: both departments are told.
    mails_before_review = len(sink.messages)
    choose_state(editor, workshop_url, "submit")
    screenshot(editor, "flow-02-editor-submitted")
    assert "In Prüfung" in editor.inner_text("#plone-contentmenu-workflow")
    sink.wait_for(
        lambda m: (
            m["Subject"] == f"Zur Prüfung: {TITLE}"
            and "pruefung-soziales@example.org" in m["To"]
            and "pruefung-stadtentwicklung@example.org" in m["To"]
        ),
        since=mails_before_review,
    )
    # Anonymous visitors are sent to the login form.
    hidden = requests.get(workshop_url, allow_redirects=False, timeout=30)
    assert hidden.status_code in (302, 401, 403)

    # 3. Both departments approve; the second approval publishes.
    for step, reviewer, transition in (
        (3, "pruefung-soziales", "approve_social"),
        (4, "pruefung-stadtentwicklung", "approve_urban"),
    ):
        page = new_page()
        login(page, reviewer)
        choose_state(page, workshop_url, transition)
        screenshot(page, f"flow-0{step}-{reviewer}-approved")
    assert "Veröffentlicht" in page.inner_text("#plone-contentmenu-workflow")
    assert requests.get(workshop_url, timeout=30).status_code == 200
    status = registration(workshop_url)
    assert (status["status"], status["capacity"]) == ("open", 1)

    # 4. A participant finds the workshop in the listing and signs up.
    first = new_page("mobile")
    first.goto(f"{portal_url}/veranstaltungen")
    first.get_by_role("link", name=TITLE).first.click()
    first.wait_for_load_state()
    assert first.url.rstrip("/") == workshop_url
    assert "Freie Plätze: 1 von 1" in first.inner_text(".rundtisch-registration")
    screenshot(first, "flow-05-participant-finds-workshop")
    first.get_by_role("link", name="Jetzt anmelden").click()
    assert first.url.startswith(status["form_url"])
    sign_up(first, status["form_url"], FIRST)
    screenshot(first, "flow-06-participant-confirmation")
    assert "Sie sind angemeldet" in first.inner_text(".rundtisch-signup-confirmation")
    confirmation = sink.wait_for(addressed_to(FIRST[2], "Anmeldung bestätigt"))
    attachments = [part.get_filename() for part in confirmation.iter_attachments()]
    assert attachments == [f"{workshop_url.rsplit('/', 1)[1]}.ics", "einlass-code.png"]
    assert counts(workshop_url) == (1, 0)

    # 5. The second lands on the waiting list.
    second = new_page("mobile")
    sign_up(second, status["form_url"], SECOND)
    screenshot(second, "flow-07-second-participant-waitlisted")
    assert "Warteliste" in second.inner_text(".rundtisch-signup-confirmation")
    sink.wait_for(addressed_to(SECOND[2], "Warteliste"))
    assert counts(workshop_url) == (1, 1)
    assert "Freie Plätze: 1 von 1" not in requests.get(workshop_url, timeout=30).text

    # A stranger who types the first participant's address learns nothing
    # about her sign-up; she gets her confirmation again (issue 28).
    mails_before_stranger = len(sink.messages)
    stranger = new_page("mobile")
    sign_up(stranger, status["form_url"], ("Mallory", "Neugier", FIRST[2]))
    screenshot(stranger, "flow-07b-known-address-neutral-page")
    answer = stranger.inner_text("#portal-column-content")
    assert f"Falls Sie mit {FIRST[2]} bereits" in answer
    for revealing in ("Sie sind angemeldet", "Warteliste", "Erika", "bereits jemand"):
        assert revealing not in answer
    sink.wait_for(
        addressed_to(FIRST[2], "Anmeldung bestätigt"), since=mails_before_stranger
    )
    assert counts(workshop_url) == (1, 1)

    # 6. The organiser follows the link of the notice mail, sees both and
    # exports them as CSV.
    notice = sink.wait_for(
        lambda m: (
            "veranstaltung@example.org" in m["To"]
            and m["Subject"].startswith("Neue Anmeldung")
            and TITLE in m["Subject"]
        )
    )
    organiser = new_page()
    login(organiser, "veranstaltung")
    organiser.goto(link_in(notice, "@@anmeldungen"))
    assert organiser.url.startswith(f"{workshop_url}/@@anmeldungen")
    screenshot(organiser, "flow-08-organiser-sees-sign-ups")
    assert listed_emails(organiser) == [FIRST[2], SECOND[2]]
    export = exported_sign_ups(organiser)
    assert set(export) == {FIRST[2], SECOND[2]}
    assert (export[FIRST[2]]["Vorname"], export[FIRST[2]]["Nachname"]) == FIRST[:2]
    assert (export[SECOND[2]]["Vorname"], export[SECOND[2]]["Nachname"]) == SECOND[:2]
    assert export[FIRST[2]]["Status"] == "bestätigt"
    assert export[SECOND[2]]["Status"] == "Warteliste"

    # 7. The first cancels with the link from the mail; the second moves up.
    mails_before_cancelling = len(sink.messages)
    first.goto(link_in(confirmation, "@@abmelden"))
    screenshot(first, "flow-09-first-participant-asked-to-confirm")
    assert counts(workshop_url) == (1, 1)
    first.get_by_role("button", name="Anmeldung stornieren").click()
    first.wait_for_load_state()
    screenshot(first, "flow-10-first-participant-cancelled")
    assert "storniert" in first.inner_text("#portal-column-content")
    assert counts(workshop_url) == (1, 0)
    promotion = sink.wait_for(
        addressed_to(SECOND[2], "Platz frei geworden"), since=mails_before_cancelling
    )
    assert TITLE in body_of(promotion)
    assert "@@abmelden?token=" in body_of(promotion)
    goodbye = sink.wait_for(
        addressed_to(FIRST[2], "Abmeldung bestätigt"), since=mails_before_cancelling
    )
    assert TITLE in body_of(goodbye) and "@@abmelden" not in body_of(goodbye)
    assert goodbye["Date"] and goodbye["Message-ID"]

    # 8. The organiser's list and export show the change.
    organiser.reload()
    screenshot(organiser, "flow-11-organiser-sees-promotion")
    assert listed_emails(organiser) == [SECOND[2], FIRST[2]]  # FIRST: storniert
    assert "storniert" in organiser.locator("tr", has_text=FIRST[2]).inner_text()
    assert exported_sign_ups(organiser)[SECOND[2]]["Status"] == "bestätigt"
