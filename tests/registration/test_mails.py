"""The German sign-up mails: confirmation with .ics and link, notices."""

from datetime import datetime
from datetime import timedelta
from datetime import UTC
from email import message_from_bytes
from email.policy import default
from icalendar import Calendar
from plone import api
from plone.protect.authenticator import createToken
from rundtisch.policy.registration.desk.messages import send_message
from rundtisch.policy.registration.mails.codes import checkin_url
from rundtisch.policy.registration.mails.codes import personal_code
from rundtisch.policy.registration.mails.codes import qr_png

import pytest
import pytz


BERLIN = pytz.timezone("Europe/Berlin")


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
    assert german_date_line(workshop.start, workshop.end) in body
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


WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag")
WEEKDAYS += ("Sonntag",)
MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August")
MONTHS += ("September", "Oktober", "November", "Dezember")


def german_date_line(start, end):
    """'Donnerstag, 14. Januar 2027, 18:00–20:00 Uhr', written out by hand."""
    return (
        f"{WEEKDAYS[start.weekday()]}, {start.day}. {MONTHS[start.month - 1]} "
        f"{start.year}, {start:%H:%M}–{end:%H:%M} Uhr"
    )


def test_every_mail_has_a_date_and_a_message_id(workshop, register, mailhost):
    before = datetime.now(UTC)
    register(workshop, "erika@example.org")
    for mail in mails_to(mailhost, "erika@example.org") + mails_to(
        mailhost, "kontakt@example.org"
    ):
        sent = mail["Date"].datetime
        assert sent.tzinfo is not None
        assert abs(sent - before) < timedelta(minutes=1)
        assert mail["Message-ID"].startswith("<") and "@" in mail["Message-ID"]
    ids = {mail["Message-ID"] for mail in mails_to(mailhost, "@")}
    assert len(ids) == 2, "confirmation and organiser notice: one id each"


def test_the_date_line_has_weekday_start_and_end_in_berlin_time(
    workshop_factory, register, mailhost
):
    start = datetime.now(BERLIN).replace(minute=0, second=0, microsecond=0)
    start = BERLIN.normalize(start.replace(hour=18) + timedelta(days=10))
    workshop = workshop_factory(start=start, end=start + timedelta(hours=2))
    register(workshop, "erika@example.org")
    (mail,) = mails_to(mailhost, "erika@example.org")
    body = mail.get_body(("plain",)).get_content()
    line = german_date_line(start, start + timedelta(hours=2))
    assert line.endswith("18:00–20:00 Uhr")
    assert f"Termin: {line}" in body.splitlines()


def test_the_ics_dtstamp_is_real_utc(workshop, register, mailhost):
    """plone.app.event stamped Berlin wall-clock time as UTC (1–2 h off)."""
    register(workshop, "erika@example.org")
    (mail,) = mails_to(mailhost, "erika@example.org")
    attachment = next(mail.iter_attachments())
    (event,) = Calendar.from_ical(attachment.get_content()).walk("VEVENT")
    assert event["DTSTAMP"].to_ical().endswith(b"Z")
    stamp = event.decoded("DTSTAMP")
    assert abs(stamp - datetime.now(UTC)) < timedelta(minutes=1)


def test_the_waiting_list_mail_tells_the_place(workshop_factory, register, mailhost):
    workshop = workshop_factory(capacity=1)
    for address in ("a@example.org", "b@example.org", "c@example.org"):
        register(workshop, address)
    for address, place in (("b@example.org", 1), ("c@example.org", 2)):
        (mail,) = mails_to(mailhost, address)
        body = mail.get_body(("plain",)).get_content()
        assert f"Sie stehen dort auf Platz {place}." in body


def test_who_cancels_with_the_personal_link_gets_a_confirmation(
    workshop, register, mailhost
):
    register(workshop, "erika@example.org")
    form = workshop["anmeldung"]
    token = form._rundtisch_registration_book.tokens.keys()[0]
    request = form.REQUEST
    request.method = "POST"
    request.form.update(token=token, _authenticator=createToken())
    page = form.restrictedTraverse("@@abmelden")()
    assert "Ihre Anmeldung ist storniert." in page
    assert "Eine Bestätigung ist unterwegs an Ihre E-Mail-Adresse." in page
    mail = mails_to(mailhost, "erika@example.org")[-1]
    assert mail["Subject"] == f"Abmeldung bestätigt: {workshop.Title()}"
    assert mail["Reply-To"] == "kontakt@example.org"
    body = mail.get_body(("plain",)).get_content()
    assert "Guten Tag Erika Mustermann" in body
    assert f"von »{workshop.Title()}« am " in body and "abgemeldet" in body
    assert workshop.absolute_url() in body and token not in body
    assert not list(mail.iter_attachments())


def test_replies_to_a_message_go_to_the_organiser_who_wrote_it(
    workshop, register, mailhost, organiser
):
    register(workshop, "erika@example.org")
    mailhost.reset()
    with api.env.adopt_user(username="orga"):
        assert send_message(workshop, "confirmed", "Raumänderung", "Saal 2.") == 1
    (mail,) = mails_to(mailhost, "erika@example.org")
    assert mail["Reply-To"].addresses[0].addr_spec == "orga@example.org"
    assert mail["Reply-To"].addresses[0].display_name == "Orga"
    assert mail["From"].addresses[0].addr_spec != "orga@example.org"
