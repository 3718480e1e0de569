"""The organiser's desk in the browser (issue 13, first part): the sign-up
list is found from the workshop page, shows statuses and waiting places,
works at 390 px, and cancelling on behalf promotes the first waiting person,
who is mailed. Screenshots: test-artifacts/e2e/desk-*.png.
"""

from datetime import datetime
from datetime import timedelta
from review_pages import choose_state
from review_pages import editor_adds_workshop
from review_pages import status_messages
from test_signup_flow import sign_up

import pytest
import re
import requests


pytestmark = pytest.mark.e2e

PEOPLE = [
    ("Anna", "Erste", "anna.erste@example.org"),
    ("Bernd", "Zweiter", "bernd.zweiter@example.org"),
    ("Clara", "Dritte", "clara.dritte@example.org"),
]


def test_organiser_lists_cancels_and_the_waiting_list_moves_up(
    portal_url, new_page, login, screenshot, mail_sink
):
    sink, _port = mail_sink
    title = "Workshop O: Schreibtisch der Organisation"
    start = (datetime.now() + timedelta(days=30)).replace(hour=17, minute=0)
    editor, url = editor_adds_workshop(new_page, login, portal_url, title, start)
    editor.goto(f"{url}/edit")
    editor.locator("nav.autotoc-nav a", has_text="Anmeldung").click()
    editor.check("input[name$='.registration_enabled:list']")
    editor.fill("input[name$='.capacity']", "1")
    editor.check("input[name$='.waitlist_enabled:list']")
    editor.click("#form-buttons-save")
    editor.wait_for_load_state()
    choose_state(editor, url, "submit")
    for reviewer, transition in (
        ("pruefung-soziales", "approve_social"),
        ("pruefung-stadtentwicklung", "approve_urban"),
    ):
        page = new_page()
        login(page, reviewer)
        choose_state(page, url, transition)
    for person in PEOPLE:
        sign_up(new_page(), f"{url}/anmeldung", person)

    # The organiser finds the list on the workshop page.
    organiser = new_page()
    login(organiser, "veranstaltung")
    organiser.goto(url)
    organiser.get_by_role("link", name="Anmeldungen ansehen").click()
    organiser.wait_for_load_state()
    screenshot(organiser, "desk-01-list")
    assert organiser.evaluate("document.documentElement.scrollWidth") <= 1280
    table = organiser.inner_text(".rundtisch-signup-table")
    assert "Anna Erste" in table and "bestätigt" in table
    assert "Warteliste, Platz 1" in table and "Warteliste, Platz 2" in table
    assert "1 bestätigt" in organiser.inner_text(".rundtisch-signup-counts")

    # Visitors and the Redaktion see neither the link nor the list.
    assert "Anmeldungen ansehen" not in requests.get(url, timeout=30).text
    assert (
        requests.get(
            f"{url}/@@anmeldungen", timeout=30, allow_redirects=False
        ).status_code
        != 200
    )

    # Search narrows the list.
    organiser.fill("#signup-search", "clara")
    organiser.get_by_role("button", name="Suchen").click()
    organiser.wait_for_load_state()
    assert organiser.locator(".rundtisch-signup-table tbody tr").count() == 1

    # Cancel Anna on her behalf: asked first, then Bernd moves up and is told.
    mails_before = len(sink.messages)
    organiser.goto(f"{url}/@@anmeldungen")
    organiser.locator("tr", has_text="Anna Erste").get_by_role(
        "link", name="Stornieren"
    ).click()
    organiser.wait_for_load_state()
    screenshot(organiser, "desk-02-confirm-cancel")
    assert "wirklich stornieren" in organiser.inner_text(".rundtisch-confirm-cancel")
    organiser.get_by_role("button", name="Ja, stornieren").click()
    organiser.wait_for_load_state()
    screenshot(organiser, "desk-03-cancelled")
    assert "Die Anmeldung von Anna Erste ist storniert." in status_messages(organiser)
    cancelled_row = organiser.locator(
        ".rundtisch-signup-table tr", has_text="Anna Erste"
    )
    assert "storniert" in cancelled_row.inner_text()
    assert cancelled_row.get_by_role("link", name="Stornieren").count() == 0
    table = organiser.inner_text(".rundtisch-signup-table")
    assert "Warteliste, Platz 1" in table and "Clara Dritte" in table
    # Anna is told that the organisers cancelled for her (issue 24).
    told = sink.wait_for(
        lambda m: "anna" in m["To"] and m["Subject"].startswith("Anmeldung storniert"),
        since=mails_before,
    )
    assert "Organisationsteam" in told.get_body(("plain",)).get_content()
    promotion = sink.wait_for(
        lambda m: (
            "bernd.zweiter@example.org" in m["To"]
            and m["Subject"].startswith("Platz frei geworden")
        ),
        since=mails_before,
    )
    code = re.search(
        r"Code für den Einlass: (\w{6})", promotion.get_body(("plain",)).get_content()
    ).group(1)

    # A message to everyone, waiting list included: one mail each.
    mails_before = len(sink.messages)
    organiser.get_by_role("link", name="Nachricht an die Teilnehmenden").click()
    organiser.wait_for_load_state()
    organiser.get_by_label("alle Bestätigten und die Warteliste").check()
    organiser.get_by_label("Betreff").fill("Raumänderung")
    organiser.get_by_label("Nachricht").fill("Wir treffen uns im Saal 2.")
    screenshot(organiser, "desk-05-message")
    organiser.get_by_role("button", name="Senden").click()
    organiser.wait_for_load_state()
    assert "Die Nachricht geht an 2 Personen." in status_messages(organiser)
    assert "„Raumänderung“ an 2 Personen" in organiser.inner_text(
        ".rundtisch-sent-messages"
    )
    for person in PEOPLE[1:]:
        mail = sink.wait_for(
            lambda m, email=person[2]: (
                email in m["To"] and m["Subject"] == "Raumänderung"
            ),
            since=mails_before,
        )
        body = mail.get_body(("plain",)).get_content()
        assert f"Guten Tag {person[0]} {person[1]}" in body
        assert "Saal 2" in body and "@@abmelden?token=" in body
    assert not any(
        "anna.erste@example.org" in m["To"] for m in sink.messages[mails_before:]
    )

    # On a phone the list needs no sideways scrolling.
    phone = new_page("mobile")
    login(phone, "veranstaltung")
    phone.goto(f"{url}/@@anmeldungen")
    screenshot(phone, "desk-04-list-on-a-phone")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390

    # At the door, on the phone: Bernd shows the code from his mail.
    phone.get_by_role("link", name="Einlass").click()
    phone.wait_for_load_state()
    phone.get_by_label("Name oder persönlicher Code").fill(code.lower())
    phone.get_by_role("button", name="Suchen").click()
    phone.wait_for_load_state()
    assert "Bernd Zweiter" in phone.inner_text(".rundtisch-checkin")
    phone.get_by_role("button", name="Anwesend").click()
    phone.wait_for_load_state()
    screenshot(phone, "desk-06-checked-in-by-code")
    assert "Bernd Zweiter ist als anwesend eingetragen." in status_messages(phone)
    assert "anwesend seit" in phone.inner_text(".rundtisch-checkin")
    assert "Anwesend: 1" in phone.inner_text(".rundtisch-checkin-count")
    # Someone comes without a sign-up.
    phone.locator("summary", has_text="Ohne Anmeldung gekommen").click()
    phone.get_by_label("Vorname").fill("Dora")
    phone.get_by_label("Nachname").fill("Spontan")
    phone.get_by_role("button", name="Eintragen und anwesend").click()
    phone.wait_for_load_state()
    assert "Dora Spontan ist ohne Anmeldung dabei" in status_messages(phone)
    assert "Anwesend: 2" in phone.inner_text(".rundtisch-checkin-count")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390

    # The printed attendance list: everyone expected or present, a column to sign.
    organiser.goto(f"{url}/@@anwesenheitsliste")
    organiser.emulate_media(media="print")
    screenshot(organiser, "desk-07-attendance-list-printed")
    printed = organiser.inner_text(".rundtisch-attendance-table")
    assert "Unterschrift" in printed
    assert "Zweiter, Bernd" in printed and "Spontan, Dora" in printed
    assert "Dritte, Clara" not in printed  # still waiting
    assert not organiser.locator("#edit-zone").is_visible()
    assert not organiser.locator("#portal-column-one").is_visible()
