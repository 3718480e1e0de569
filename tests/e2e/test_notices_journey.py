"""A citizen orders e-mail notices in the browser (issue 17): the footer link,
the form, the confirmation mail's link and button, the notice when a new
workshop is published through both departments, and the one-click
unsubscribe link. Mails come from the SMTP sink; the workshop is set up over
REST (its review in the browser has its own tests)."""

import pytest
import re
import requests


pytestmark = pytest.mark.e2e

DEMO_PASSWORD = "demo1234"
JSON = {"Accept": "application/json", "Content-Type": "application/json"}
ADDRESS = "nachbarin@example.org"
TITLE = "Workshop 12: Wohnen im Alter"
URL = re.compile(r"https?://\S+")


def link_in(message, path):
    body = message.get_body(("plain",)).get_content()
    return next(link for link in URL.findall(body) if path in link)


def to(address, subject_part):
    return lambda m: address in m["To"] and subject_part in m["Subject"]


def rest(url, user, **kwargs):
    response = requests.post(
        url, headers=JSON, auth=(user, DEMO_PASSWORD), timeout=60, **kwargs
    )
    assert response.ok, response.text[:300]
    return response


def publish_workshop(portal_url):
    workshop = {
        "@type": "Workshop",
        "title": TITLE,
        "start": "2031-03-04T17:00:00+01:00",
        "end": "2031-03-04T19:00:00+01:00",
        "topics": ["inklusion"],
    }
    url = rest(f"{portal_url}/veranstaltungen", "redaktion", json=workshop).json()[
        "@id"
    ]
    rest(f"{url}/@workflow/submit", "redaktion")
    rest(f"{url}/@workflow/approve_social", "pruefung-soziales")
    rest(f"{url}/@workflow/approve_urban", "pruefung-stadtentwicklung")
    return url


def test_order_confirm_receive_and_unsubscribe(
    portal_url, new_page, screenshot, axe, mail_sink
):
    sink, _port = mail_sink
    page = new_page("mobile")
    page.goto(portal_url)
    page.locator("#portal-footer-wrapper").get_by_role(
        "link", name="E-Mail-Benachrichtigungen"
    ).click()
    page.wait_for_load_state()
    page.get_by_label("E-Mail-Adresse").fill(ADDRESS)
    page.get_by_label("Neue Veranstaltungen").check()
    screenshot(page, "notices-01-form")
    assert axe(page, "notices-form", impacts=None) == []
    page.get_by_role("button", name="Benachrichtigungen bestellen").click()
    page.wait_for_load_state()
    screenshot(page, "notices-02-ordered")
    assert "E-Mail" in page.inner_text("#content-core")

    # The confirmation link only asks; the button confirms.
    confirmation = sink.wait_for(to(ADDRESS, "Bitte bestätigen"))
    page.goto(link_in(confirmation, "benachrichtigungen-bestaetigen"))
    screenshot(page, "notices-03-confirm")
    page.get_by_role("button", name="Bestellung bestätigen").click()
    page.wait_for_load_state()
    screenshot(page, "notices-04-confirmed")

    # A new workshop, published by both departments, is announced once.
    mails_before = len(sink.messages)
    workshop_url = publish_workshop(portal_url)
    notice = sink.wait_for(to(ADDRESS, TITLE), since=mails_before)
    assert notice["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert workshop_url in notice.get_body(("plain",)).get_content()

    # The unsubscribe link works once.
    unsubscribe = link_in(notice, "benachrichtigungen-abbestellen")
    page.goto(unsubscribe)
    page.get_by_role("button", name="Abbestellen").click()
    page.wait_for_load_state()
    screenshot(page, "notices-05-unsubscribed")
    page.goto(unsubscribe)
    assert "nicht mehr gültig" in page.inner_text("#content-core")
