"""Reminder mails before a workshop (issue 13): `reminder_days` before the
start, once per confirmed participant, never for the waiting list, past or
unpublished workshops, and never twice, also when two runs overlap."""

from datetime import datetime
from datetime import timedelta
from email import message_from_bytes
from email import policy
from rundtisch.policy.registration.data.saved_data import registration_action
from rundtisch.policy.registration.jobs.reminders import send_reminders
from ZODB.POSException import ConflictError

import pytest
import pytz
import transaction


BERLIN = pytz.timezone("Europe/Berlin")


@pytest.fixture
def portal(functional_portal):
    """Reminders commit per workshop: the functional layer isolates that."""
    return functional_portal


def in_days(days):
    return datetime.now(BERLIN).replace(second=0, microsecond=0) + timedelta(days=days)


def reminders(mailhost):
    messages = [message_from_bytes(m, policy=policy.default) for m in mailhost.messages]
    return sorted(
        m["To"] for m in messages if m["Subject"].strip().startswith("Erinnerung")
    )


@pytest.fixture
def soon(workshop_factory, register, mailhost):
    """Starts in one day (reminder_days 2), capacity 1: one confirmed, one waiting."""
    start = in_days(1)
    workshop = workshop_factory(start=start, end=start + timedelta(hours=2), capacity=1)
    register(workshop, "bestaetigt@example.org")
    register(workshop, "wartend@example.org")
    transaction.commit()
    mailhost.reset()
    return workshop


def test_confirmed_participants_are_reminded_once(soon, mailhost):
    assert send_reminders() == 1
    assert reminders(mailhost) == ["bestaetigt@example.org"]
    message = message_from_bytes(mailhost.messages[-1], policy=policy.default)
    body = message.get_body(("plain",)).get_content()
    assert "Rathaus Dresden, Festsaal" in body and "@@abmelden?token=" in body
    assert [part.get_filename() for part in message.iter_attachments()] == [
        "workshop.ics",
        "einlass-code.png",
    ]
    assert send_reminders() == 0
    assert reminders(mailhost) == ["bestaetigt@example.org"]


def test_a_participant_who_moves_up_later_is_reminded_then(soon, mailhost, register):
    send_reminders()
    action = registration_action(soon["anmeldung"])
    confirmed = next(
        row_id
        for row_id, row in action.signups.items()
        if row["email"] == "bestaetigt@example.org"
    )
    action.cancel(confirmed)
    transaction.commit()
    assert send_reminders() == 1
    assert reminders(mailhost) == ["bestaetigt@example.org", "wartend@example.org"]


def test_not_too_early(workshop_factory, register, mailhost):
    start = in_days(5)
    workshop = workshop_factory(start=start, end=start + timedelta(hours=2))
    register(workshop, "frueh@example.org")
    transaction.commit()
    assert send_reminders() == 0


@pytest.mark.parametrize(
    "settings",
    [
        {"days": -1},  # over
        {"days": 1, "reminder_days": 0},  # switched off
        {"days": 1, "published": False},  # a draft, or retracted
    ],
)
def test_none_for_past_unpublished_or_switched_off(
    workshop_factory, register, mailhost, settings
):
    start = in_days(settings.pop("days"))
    workshop = workshop_factory(start=start, end=start + timedelta(hours=2), **settings)
    register(workshop, "niemand@example.org")
    transaction.commit()
    mailhost.reset()
    assert send_reminders() == 0
    assert reminders(mailhost) == []


def test_a_run_that_conflicts_sends_nothing_and_marks_nothing(
    soon, monkeypatch, tmp_path
):
    """Two runs at once write the same rows: the one whose commit conflicts
    is rolled back with its mails (they leave only after a commit), so the
    other one's reminder is the only one."""
    monkeypatch.setenv("MAIL_FOLDER", str(tmp_path))
    real_commit = transaction.commit

    def conflicting_commit():
        transaction.abort()
        raise ConflictError("another run committed first")

    monkeypatch.setattr(transaction, "commit", conflicting_commit)
    send_reminders()
    assert list(tmp_path.glob("*.eml")) == []
    monkeypatch.setattr(transaction, "commit", real_commit)
    assert send_reminders() == 1
    assert len(list(tmp_path.glob("*.eml"))) == 1
