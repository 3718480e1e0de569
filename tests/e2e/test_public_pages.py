"""What a citizen meets (issue 14): legal pages in the footer and at the
consent, the calendar links, a full workshop that offers its waiting list,
a confirmation page that says what happened, and a sign-up done with the
keyboard alone.

The workshop with one seat is set up over REST (the editors' and reviewers'
browser path has its own tests); everything after that is clicked or typed.
"""

from datetime import datetime
from datetime import timedelta
from page_checks import rest
from zoneinfo import ZoneInfo

import icalendar
import pytest
import requests


pytestmark = pytest.mark.e2e

TITLE = "Workshop 11: Nachbarschaft gestalten"
LOCATION = "Zentralbibliothek im Kulturpalast, Schloßstraße 2, 01067 Dresden"
LEGAL_PAGES = {
    "Impressum": "impressum",
    "Datenschutz": "datenschutz",
    "Erklärung zur Barrierefreiheit": "barrierefreiheit",
    "Leichte Sprache": "leichte-sprache",
}
# Three weeks ahead, 18:00 in Dresden (sent with its offset: plone.restapi
# reads a naive time as UTC).
START = (datetime.now(ZoneInfo("Europe/Berlin")) + timedelta(days=21)).replace(
    hour=18, minute=0, second=0, microsecond=0
)


@pytest.fixture(scope="module")
def one_seat_workshop(portal_url):
    """A published workshop with one seat and a waiting list."""
    folder = f"{portal_url}/veranstaltungen"
    created = rest(
        "POST",
        folder,
        "redaktion",
        json={
            "@type": "Workshop",
            "title": TITLE,
            "start": START.isoformat(),
            "end": (START + timedelta(hours=2)).isoformat(),
            "location": LOCATION,
            "venue_accessibility": "Stufenloser Zugang, Induktionsschleife",
            "contact_phone": "0351 488-1234",
            "registration_enabled": True,
            "capacity": 1,
            "waitlist_enabled": True,
        },
    ).json()
    url = created["@id"]
    rest("POST", f"{url}/@workflow/submit", "redaktion")
    rest("POST", f"{url}/@workflow/approve_social", "pruefung-soziales")
    rest("POST", f"{url}/@workflow/approve_urban", "pruefung-stadtentwicklung")
    return url


def test_footer_links_the_legal_pages(portal_url, new_page, screenshot):
    page = new_page("mobile")
    page.goto(portal_url)
    footer = page.locator("#portal-footer-wrapper")
    for title, page_id in LEGAL_PAGES.items():
        link = footer.get_by_role("link", name=title, exact=True)
        assert link.get_attribute("href") == f"{portal_url}/{page_id}"
    footer.get_by_role("link", name="Erklärung zur Barrierefreiheit").click()
    page.wait_for_load_state()
    screenshot(page, "public-accessibility-statement")
    assert page.inner_text("h1") == "Erklärung zur Barrierefreiheit"
    text = page.inner_text("#content-core")
    assert "Barrieren melden" in text
    assert "Durchsetzungsverfahren" in text
    # Plone's stock text is no longer offered beside ours.
    assert footer.get_by_role("link", name="Barrierefreiheit", exact=True).count() == 0


def test_workshop_page_shows_venue_contact_and_calendar(
    one_seat_workshop, new_page, screenshot
):
    page = new_page()
    page.goto(one_seat_workshop)
    screenshot(page, "public-workshop-venue")
    facts = page.locator(".rundtisch-workshop aside")
    assert LOCATION in facts.inner_text()
    assert "Induktionsschleife" in facts.inner_text()
    map_link = facts.get_by_role("link", name="Auf der Karte ansehen")
    assert map_link.get_attribute("href").startswith(
        "https://www.openstreetmap.org/search?query=Zentralbibliothek"
    )
    phone = facts.get_by_role("link", name="0351 488-1234")
    assert phone.get_attribute("href") == "tel:03514881234"
    # No third-party content is loaded: every request stays on the portal.
    hosts = set()
    page.on("request", lambda request: hosts.add(request.url.split("/")[2]))
    page.reload()
    assert hosts == {one_seat_workshop.split("/")[2]}

    ics_href = page.get_by_role("link", name="Zum Kalender hinzufügen").get_attribute(
        "href"
    )
    response = requests.get(ics_href, timeout=30)
    assert response.headers["Content-Type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(response.content)
    (event,) = [c for c in calendar.walk("VEVENT")]
    assert str(event["SUMMARY"]) == TITLE
    start = event["DTSTART"].dt
    assert (start.hour, start.minute, start.date()) == (18, 0, START.date())
    assert str(event["LOCATION"]) == LOCATION


def test_series_offers_a_calendar_to_subscribe(portal_url, new_page):
    page = new_page()
    page.goto(f"{portal_url}/veranstaltungen")
    subscribe = page.get_by_role("link", name="Kalender abonnieren")
    feed = subscribe.get_attribute("href")
    assert feed == f"webcal://{portal_url.split('://')[1]}/veranstaltungen/ics_view"
    download = page.get_by_role("link", name="Alle Termine als iCal-Datei")
    response = requests.get(download.get_attribute("href"), timeout=30)
    calendar = icalendar.Calendar.from_ical(response.content)
    summaries = {str(event["SUMMARY"]) for event in calendar.walk("VEVENT")}
    assert "Workshop 4: Erste Schritte der Koordinierungsstelle" in summaries
    assert "4. Runder Tisch Soziales Wohnen" in summaries


def test_consent_links_the_privacy_page(one_seat_workshop, portal_url, new_page):
    page = new_page()
    page.goto(f"{one_seat_workshop}/anmeldung")
    consent = page.locator("#formfield-form-widgets-datenschutz")
    link = consent.get_by_role("link", name="Zur Datenschutzerklärung")
    assert link.get_attribute("href") == f"{portal_url}/datenschutz"
    link.click()
    page.wait_for_load_state()
    assert page.inner_text("h1") == "Datenschutz"
    assert "Wenn Sie sich zu einer Veranstaltung anmelden" in page.inner_text(
        "#content-core"
    )


def focused_outline(page):
    """The focused element's outline or box-shadow: Barceloneta shows focus
    with one of them; neither means the keyboard user cannot see where they are."""
    return page.evaluate(
        """() => {
            const style = getComputedStyle(document.activeElement);
            return {
                tag: document.activeElement.tagName,
                id: document.activeElement.id,
                outline: style.outlineStyle !== 'none' && style.outlineWidth !== '0px',
                shadow: style.boxShadow !== 'none',
            };
        }"""
    )


def tab_to(page, element_id, limit=60):
    """Press Tab until the element with `element_id` has the focus."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        focused = focused_outline(page)
        if focused["id"] == element_id:
            assert focused["outline"] or focused["shadow"], focused
            return
    raise AssertionError(f"Tab never reached #{element_id}")


def test_keyboard_sign_up_then_full_workshop_offers_the_waiting_list(
    one_seat_workshop, new_page, screenshot, axe
):
    # 1. Keyboard only: Tab to each field, type, Space for the checkboxes,
    #    Enter to send.
    page = new_page("desktop")
    page.goto(one_seat_workshop)
    assert page.get_by_role("link", name="Jetzt anmelden").count() == 1
    page.goto(f"{one_seat_workshop}/anmeldung")
    for field, value in (
        ("form-widgets-vorname", "Erika"),
        ("form-widgets-nachname", "Muster"),
        ("form-widgets-email", "erika.tastatur@example.org"),
    ):
        tab_to(page, field)
        page.keyboard.type(value)
    tab_to(page, "form-widgets-datenschutz-0")
    page.keyboard.press("Space")
    assert page.is_checked("#form-widgets-datenschutz-0")
    screenshot(page, "public-keyboard-sign-up-form")
    tab_to(page, "form-buttons-submit")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    screenshot(page, "public-confirmation-confirmed")
    assert page.inner_text("h1") == "Sie sind angemeldet"
    summary = page.inner_text(".rundtisch-signup-confirmation")
    for expected in (TITLE, LOCATION, "18:00 bis 20:00 Uhr", "bestätigt"):
        assert expected in summary, expected
    assert "erika.tastatur@example.org" in summary
    # Values are shown as text, not as boxes that look editable.
    assert page.locator("#content-core input:not([type=hidden])").count() == 0
    assert summary.count("Datenschutz") == 0
    assert_no_violations(axe(page, "confirmation-desktop", impacts=None))

    # 2. The seat is taken: the next visitor is offered the waiting list.
    page = new_page("mobile")
    page.goto(one_seat_workshop)
    box = page.locator(".rundtisch-registration")
    assert box.get_by_role("link", name="Jetzt anmelden").count() == 0
    box.get_by_role("link", name="Auf die Warteliste setzen").click()
    page.wait_for_load_state()
    submit = page.locator("#form-buttons-submit")
    assert submit.get_attribute("value") == "Auf die Warteliste setzen"
    page.get_by_label("Vorname").fill("Max")
    page.get_by_label("Nachname").fill("Beispiel")
    page.get_by_label("E-Mail").fill("max.warteliste@example.org")
    page.get_by_label("Datenschutz").check()
    submit.click()
    page.wait_for_load_state()
    screenshot(page, "public-confirmation-waitlisted")
    assert page.inner_text("h1") == "Sie stehen auf der Warteliste"
    assert "Vielen Dank für Ihre Anmeldung" not in page.inner_text("body")
    summary = page.inner_text(".rundtisch-signup-confirmation")
    assert "Warteliste, Platz 1" in summary
    assert TITLE in summary
    assert_no_violations(axe(page, "confirmation-mobile", impacts=None))


def assert_no_violations(violations):
    assert violations == [], violations
