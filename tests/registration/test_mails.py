"""The German sign-up mails: confirmation with .ics and link, notices."""

from email import message_from_bytes
from email.policy import default
from icalendar import Calendar
from plone import api
from rundtisch.policy.registration.codes import checkin_url
from rundtisch.policy.registration.codes import personal_code
from rundtisch.policy.registration.codes import qr_png

import pytest


@pytest.fixture
def organiser(portal):
    api.user.create(
        email="orga@example.org", username="orga", properties={"fullname": "Orga"}
    )
    api.group.add_user(groupname="veranstaltungsteam", username="orga")


def mails_to(mailhost, address):
    parsed = [message_from_bytes(raw, policy=default) for raw in mailhost.messages]
    return [mail for mail in parsed if address in mail["To"]]


def test_confirmation_has_date_place_ics_and_cancel_link(workshop, register, mailhost):
    register(workshop, "erika@example.org")
    (mail,) = mails_to(mailhost, "erika@example.org")
    assert mail["Subject"] == f"Anmeldung bestätigt: {workshop.Title()}"
    body = mail.get_body(("plain",)).get_content()
    assert "Guten Tag Erika Mustermann" in body
    assert workshop.start.strftime("%d.%m.%Y, %H:%M Uhr") in body
    assert "Rathaus Dresden, Festsaal" in body
    token = workshop["anmeldung"]._rundtisch_registration_book.tokens.keys()[0]
    assert f"{workshop['anmeldung'].absolute_url()}/@@abmelden?token={token}" in body
    attachment, qr_image = list(mail.iter_attachments())
    code = personal_code(token)
    assert f"Ihr persönlicher Code für den Einlass: {code}" in body
    assert qr_image.get_filename() == "einlass-code.png"
    assert qr_image.get_content() == qr_png(checkin_url(workshop, code))
    assert attachment.get_content_type() == "text/calendar"
    calendar = Calendar.from_ical(attachment.get_content())
    (event,) = calendar.walk("VEVENT")
    assert event["DTSTART"].params["TZID"] == "Europe/Berlin"
    assert event.decoded("DTSTART") == workshop.start
    assert str(event["LOCATION"]) == "Rathaus Dresden, Festsaal"
    assert calendar.walk("VTIMEZONE")


def test_the_ics_is_the_workshops_ics_view_event(workshop, register, mailhost):
    """Same UID as the feed: a calendar that has both shows the workshop once."""
    register(workshop, "erika@example.org")
    (mail,) = mails_to(mailhost, "erika@example.org")
    attachment = next(mail.iter_attachments())
    (mailed,) = Calendar.from_ical(attachment.get_content()).walk("VEVENT")
    feed = workshop.restrictedTraverse("@@ics_view").get_ical_string()
    (served,) = Calendar.from_ical(feed).walk("VEVENT")
    assert str(mailed["UID"]).startswith(workshop.UID())
    assert mailed["UID"] == served["UID"]
    assert {**mailed, "DTSTAMP": None} == {**served, "DTSTAMP": None}


def test_waitlisted_get_a_waiting_list_notice_without_ics(
    workshop_factory, register, mailhost
):
    workshop = workshop_factory(capacity=1)
    register(workshop, "a@example.org")
    register(workshop, "b@example.org")
    (mail,) = mails_to(mailhost, "b@example.org")
    assert mail["Subject"].startswith("Warteliste:")
    assert "Warteliste gesetzt" in mail.get_body(("plain",)).get_content()
    assert "@@abmelden?token=" in mail.get_body(("plain",)).get_content()
    assert not list(mail.iter_attachments())


def test_organisers_get_a_notice_without_personal_data(
    workshop, register, mailhost, organiser
):
    register(workshop, "erika@example.org")
    (mail,) = mails_to(mailhost, "orga@example.org")
    assert "kontakt@example.org" in mail["To"]
    body = mail.get_body(("plain",)).get_content()
    assert "Bestätigt: 1, Warteliste: 0, Plätze: 2" in body
    assert f"{workshop.absolute_url()}/@@anmeldungen" in body
    assert "Mustermann" not in body
    assert "erika@example.org" not in body
