"""Who was there: check-in at the door and the attendance count.

Attendance is the time of check-in in the sign-up's row. People who come
without a sign-up are added as walk-ins: counted as present, not as booked
seats, so the counters and the waiting list stay as they were. The count is
kept in the book, read in O(1) by the workshop page and REST through
`IRegistrationStatus.attendance` (booking/status.py), and outlives the purge
of the rows (jobs/purge.py).
"""

from rundtisch.policy import dates
from rundtisch.policy.registration.data.rows import ATTENDED_KEY
from rundtisch.policy.registration.data.rows import REGISTERED_COLUMN
from rundtisch.policy.registration.data.rows import STATUS_COLUMN
from rundtisch.policy.registration.data.saved_data import saved_signups
from rundtisch.policy.registration.data.statuses import EXPECTED
from rundtisch.policy.registration.data.statuses import WALK_IN


def attendees(workshop):
    """(row id, row) of everyone expected or present: confirmed and walk-ins."""
    signups = saved_signups(workshop)
    return signups.with_status(*EXPECTED) if signups is not None else []


def mark_attended(signups, row_id):
    """Check in the sign-up `row_id`; return its row, or None if unknown."""
    row = signups.get(row_id)
    if row is not None and not row.get(ATTENDED_KEY):
        moment = dates.now().isoformat(timespec="seconds")
        signups.update(row_id, **{ATTENDED_KEY: moment})
        signups.action.book.attended += 1
    return row


def unmark_attended(signups, row_id):
    """Undo a check-in ("doch nicht anwesend"); return the row, or None."""
    row = signups.get(row_id)
    if row is not None and row.get(ATTENDED_KEY):
        signups.drop_keys(row_id, ATTENDED_KEY)
        book = signups.action.book
        book.attended = max(book.attended - 1, 0)
    return row


def add_walk_in(signups, first, last, organisation):
    """Someone who came without a sign-up: present, no booked seat."""
    now = dates.now().isoformat(timespec="seconds")
    row = signups.add(
        {
            "vorname": first,
            "nachname": last,
            "organisation": organisation,
            STATUS_COLUMN: WALK_IN,
            REGISTERED_COLUMN: now,
            ATTENDED_KEY: now,
        }
    )
    signups.action.book.attended += 1
    return row
