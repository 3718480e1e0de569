"""Seats, waiting list, one sign-up per address, cancellation and promotion."""

from collective.easyform.config import FORM_ERROR_MARKER
from datetime import datetime
from datetime import timedelta
from rundtisch.policy.interfaces import IRegistrationStatus
from rundtisch.policy.registration.booking.availability import closed_reason
from rundtisch.policy.registration.data.saved_data import registration_action
from rundtisch.policy.registration.mails import sending as mails
from zope.i18n import translate

import pytest
import pytz


def status(workshop):
    return IRegistrationStatus(workshop).as_dict()


def rows(workshop):
    return registration_action(workshop["anmeldung"]).getSavedFormInput()


def row_of(workshop, email):
    (row,) = [row for row in rows(workshop) if row["email"] == email]
    return row


def test_sign_up_takes_a_seat_and_is_saved_as_easyform_data(workshop, register):
    assert register(workshop, "erika@example.org") is None
    (row,) = rows(workshop)
    assert row["vorname"] == "Erika"
    assert row["registration_status"] == "confirmed"
    assert status(workshop)["confirmed"] == 1
    assert status(workshop)["seats_left"] == 1


def test_when_full_the_next_goes_to_the_waiting_list(workshop, register):
    for email in ("a@example.org", "b@example.org", "c@example.org"):
        assert register(workshop, email) is None
    assert row_of(workshop, "c@example.org")["registration_status"] == "waitlisted"
    assert status(workshop) == {
        "status": "waitlist",
        "capacity": 2,
        "confirmed": 2,
        "waitlisted": 1,
        "seats_left": 0,
        "form_url": workshop["anmeldung"].absolute_url(),
    }


def test_when_full_without_waiting_list_it_is_ausgebucht(workshop_factory, register):
    workshop = workshop_factory(waitlist_enabled=False)
    register(workshop, "a@example.org")
    register(workshop, "b@example.org")
    errors = register(workshop, "c@example.org")
    assert translate(errors[FORM_ERROR_MARKER]) == "Die Veranstaltung ist ausgebucht."
    assert len(rows(workshop)) == 2
    assert status(workshop)["status"] == "full"
    assert status(workshop)["form_url"] is None


def test_unlimited_capacity_never_fills(workshop_factory, register):
    workshop = workshop_factory(capacity=0)
    for number in range(5):
        register(workshop, f"p{number}@example.org")
    assert status(workshop)["status"] == "open"
    assert status(workshop)["confirmed"] == 5
    assert status(workshop)["seats_left"] is None


def test_one_registration_per_email_case_insensitive(workshop, register):
    register(workshop, "Erika@Example.org")
    # No error that would tell a stranger the address signed up: the
    # confirmation goes to the address again (test_signup_http.py).
    assert register(workshop, " erika@example.ORG ") is None
    assert len(rows(workshop)) == 1
    assert status(workshop)["confirmed"] == 1


def test_cancellation_frees_the_seat_and_promotes_the_first_waiting(
    workshop, register, monkeypatch
):
    for email in ("a@example.org", "b@example.org", "c@example.org", "d@example.org"):
        register(workshop, email)
    action = registration_action(workshop["anmeldung"])
    token = row_of(workshop, "a@example.org")["token"]
    row_id, _row = action.row_by_token(token)
    sent = []
    monkeypatch.setattr(
        mails, "send_mail", lambda to, subject, *args, **kw: sent.append((to, subject))
    )
    action.cancel(row_id)
    # Kept for the organisers' list as "storniert", without its token.
    assert row_of(workshop, "a@example.org")["registration_status"] == "cancelled"
    assert "token" not in row_of(workshop, "a@example.org")
    assert row_of(workshop, "c@example.org")["registration_status"] == "confirmed"
    assert row_of(workshop, "d@example.org")["registration_status"] == "waitlisted"
    assert status(workshop)["confirmed"] == 2
    assert status(workshop)["waitlisted"] == 1
    assert sent == [(["c@example.org"], f"Platz frei geworden: {workshop.Title()}")]


def test_cancelled_address_may_sign_up_again(workshop, register):
    register(workshop, "a@example.org")
    action = registration_action(workshop["anmeldung"])
    action.cancel(action.row_by_token(row_of(workshop, "a@example.org")["token"])[0])
    assert register(workshop, "a@example.org") is None


def test_raising_the_capacity_promotes_from_the_waiting_list(workshop, register):
    from zope.event import notify
    from zope.lifecycleevent import ObjectModifiedEvent

    for email in ("a@example.org", "b@example.org", "c@example.org"):
        register(workshop, email)
    workshop.capacity = 3
    notify(ObjectModifiedEvent(workshop))
    assert row_of(workshop, "c@example.org")["registration_status"] == "confirmed"
    assert status(workshop)["waitlisted"] == 0


def test_deleting_a_row_in_easyforms_data_view_is_a_cancellation(workshop, register):
    for email in ("a@example.org", "b@example.org", "c@example.org"):
        register(workshop, email)
    action = registration_action(workshop["anmeldung"])
    action.delDataRow(row_of(workshop, "a@example.org")["id"])
    assert status(workshop)["confirmed"] == 2
    assert status(workshop)["waitlisted"] == 0


def test_tokens_are_personal_and_unguessable(workshop, register):
    register(workshop, "a@example.org")
    register(workshop, "b@example.org")
    first = row_of(workshop, "a@example.org")["token"]
    second = row_of(workshop, "b@example.org")["token"]
    assert first != second
    assert len(first) >= 43
    action = registration_action(workshop["anmeldung"])
    assert action.row_by_token(first[:-1] + "x") == (None, None)


BERLIN = pytz.timezone("Europe/Berlin")


@pytest.mark.parametrize(
    "offset_hours,expected",
    [(-1, "not_yet_open"), (1, None), (25, "closed")],
)
def test_window_opens_and_closes_on_time(workshop_factory, offset_hours, expected):
    opens = datetime.now(BERLIN) + timedelta(days=1)
    workshop = workshop_factory(
        registration_start=opens, registration_end=opens + timedelta(days=1)
    )
    now = opens + timedelta(hours=offset_hours)
    assert closed_reason(workshop, now=now) == expected


def test_window_ends_at_the_workshop_start_by_default(workshop):
    start = workshop.start
    assert closed_reason(workshop, now=start - timedelta(minutes=1)) is None
    assert closed_reason(workshop, now=start) == "closed"


def test_closed_window_refuses_sign_ups_with_a_message(workshop_factory, register):
    workshop = workshop_factory(
        registration_end=datetime.now(BERLIN) - timedelta(minutes=1)
    )
    errors = register(workshop, "a@example.org")
    assert translate(errors[FORM_ERROR_MARKER]) == "Die Anmeldung ist geschlossen."
    assert rows(workshop) == []
    assert status(workshop)["status"] == "closed"


def test_not_yet_open_says_when_it_opens(workshop_factory, register):
    opens = datetime(2030, 5, 4, 9, 0)
    workshop = workshop_factory(registration_start=opens)
    errors = register(workshop, "a@example.org")
    assert translate(errors[FORM_ERROR_MARKER]) == (
        "Die Anmeldung ist noch nicht geöffnet. Sie beginnt am 04.05.2030, 09:00 Uhr."
    )


def test_unpublished_workshop_refuses_sign_ups(workshop_factory, register):
    workshop = workshop_factory(published=False)
    assert FORM_ERROR_MARKER in register(workshop, "a@example.org")
    assert status(workshop)["status"] == "closed"


def test_status_is_disabled_without_registration(workshop_factory):
    workshop = workshop_factory(registration_enabled=False)
    assert status(workshop)["status"] == "disabled"
    assert status(workshop)["form_url"] is None


def test_an_edited_row_keeps_what_was_booked(workshop, register):
    """easyform's saved-data editor and its REST deserializer (Managers)
    may correct answers, not the status, address or token, and add no row
    past the form and its counters."""
    from zExceptions import BadRequest

    register(workshop, "erika@example.org")
    action = registration_action(workshop["anmeldung"])
    ((row_id, row),) = action.signups.items()
    action.setDataRow(
        row_id,
        dict(
            row,
            nachname="Musterfrau",
            email="jemand@example.org",
            registration_status="cancelled",
            token="erfunden",
        ),
    )
    edited = action.signups.get(row_id)
    assert edited["nachname"] == "Musterfrau"
    assert (edited["email"], edited["registration_status"], edited["token"]) == (
        row["email"],
        row["registration_status"],
        row["token"],
    )
    with pytest.raises(BadRequest):
        action.setDataRow(999, {"email": "neu@example.org", "vorname": "Neu"})
    assert len(action.signups) == 1
