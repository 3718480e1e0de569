"""Counters and small indexes of a workshop's sign-ups.

The personal data of a sign-up is a row of easyform's saved data (see
`booking/action.Registration`). The book, stored on the ``anmeldung`` form, holds
what makes sign-up fast and safe under concurrency:

- `SeatCounter`: confirmed/waitlisted counts, read in O(1) for the status;
- ``emails``: keyed e-mail digests -> row id, one registration per address;
- ``tokens``: cancellation token -> row id;
- ``waiting``: row ids of the waiting list, in submission order (FIFO).

Two concurrent transactions touch different keys of the BTrees, which
resolve such conflicts themselves; the same e-mail, token or row in both is
a real conflict and the publisher retries the request, which then sees the
other's result. Within one process, sign-ups of a workshop do not even get
there: they book one after the other, each on a fresh view (booking/turns.py).
"""

from BTrees.LLBTree import LLTreeSet
from BTrees.OOBTree import OOBTree
from persistent import Persistent
from rundtisch.policy.registration.data.statuses import CONFIRMED
from rundtisch.policy.registration.data.statuses import WAITLISTED
from ZODB.POSException import ConflictError

import hashlib
import hmac
import secrets


COUNTS = (CONFIRMED, WAITLISTED)


def is_consistent(capacity, confirmed, waitlisted):
    """No seat above capacity, and nobody waits while a seat is free."""
    if confirmed < 0 or waitlisted < 0:
        return False
    if not capacity:
        return waitlisted == 0
    return confirmed <= capacity and (waitlisted == 0 or confirmed >= capacity)


class SeatCounter(Persistent):
    """Seat counts with conflict resolution that refuses to overbook.

    A counter that merged concurrent changes by adding them up would let two
    sign-ups that both saw one free seat take it. Here concurrent changes are
    merged only when the merged counts are still consistent; otherwise the
    conflict stands, the publisher retries the later request, and the retry
    sees the seat taken. Away from the last seat concurrent sign-ups commit
    without a retry.

    Concurrent changes of the waiting list never merge: a participant is told
    their place (the count after their own entry), and two people entering
    at once would both be told the same one. The retry tells the next place.
    """

    capacity = 0
    confirmed = 0
    waitlisted = 0

    def _p_resolveConflict(self, old, committed, new):
        if committed.get("capacity", 0) != new.get("capacity", 0):
            raise ConflictError("capacity changed concurrently")
        waiting_before = old.get("waitlisted", 0)
        if (
            committed.get("waitlisted", 0) != waiting_before
            and new.get("waitlisted", 0) != waiting_before
        ):
            raise ConflictError("concurrent changes of the waiting list")
        resolved = dict(new)
        for name in COUNTS:
            resolved[name] = (
                committed.get(name, 0) + new.get(name, 0) - old.get(name, 0)
            )
        if not is_consistent(
            resolved.get("capacity", 0), resolved["confirmed"], resolved["waitlisted"]
        ):
            raise ConflictError("concurrent sign-ups would overbook")
        return resolved

    def add(self, status, delta):
        setattr(self, status, getattr(self, status) + delta)


class RegistrationBook(Persistent):
    """Counters and indexes of one form; see the module docstring."""

    # How many were checked in at the door (desk/attendance.py), walk-ins
    # included: read in O(1) by the workshop page and REST, kept through the
    # purge.
    attended = 0
    # Label of every question the form ever had, by field name
    # (data/answers.py); None in books made before it was kept.
    question_labels = None

    def __init__(self):
        self.counter = SeatCounter()
        # Keys the e-mail digests, so the index is no second copy of the
        # addresses (they stay in the saved data only).
        self.salt = secrets.token_bytes(16)
        self.emails = OOBTree()
        self.tokens = OOBTree()
        self.waiting = LLTreeSet()
        self.question_labels = OOBTree()

    def email_key(self, email):
        normalized = email.strip().lower().encode("utf-8")
        return hmac.new(self.salt, normalized, hashlib.sha256).hexdigest()

    def is_registered(self, email):
        return self.email_key(email) in self.emails

    def registered_row(self, email):
        """The row id of the sign-up of `email`, or None."""
        return self.emails.get(self.email_key(email))

    def place(self, capacity, waitlist_enabled):
        """Return the status a new sign-up gets, or None when it is full."""
        counter = self.counter
        if counter.capacity != capacity:
            counter.capacity = capacity
        if not capacity or counter.confirmed < capacity:
            return CONFIRMED
        if waitlist_enabled:
            return WAITLISTED
        return None

    def new_token(self):
        """An unguessable cancellation token (256 random bits)."""
        return secrets.token_urlsafe(32)

    def record(self, row_id, email, token, status):
        """Book row `row_id` with `status` and its cancellation `token`."""
        self.emails[self.email_key(email)] = row_id
        self.tokens[token] = row_id
        if status == WAITLISTED:
            self.waiting.insert(row_id)
        self.counter.add(status, 1)

    def release(self, row_id, email, token, status):
        """Forget the sign-up of row `row_id`; its seat or place is free."""
        self.emails.pop(self.email_key(email), None)
        self.tokens.pop(token, None)
        if status == WAITLISTED:
            self.waiting.remove(row_id)
        self.counter.add(status, -1)

    def next_waiting(self):
        """The row id of the first on the waiting list, or None."""
        return self.waiting.minKey() if self.waiting else None

    def promote(self, row_id):
        self.waiting.remove(row_id)
        self.counter.add(WAITLISTED, -1)
        self.counter.add(CONFIRMED, 1)

    def forget_personal_data(self):
        """Drop the indexes (the purge); the counts stay."""
        self.emails.clear()
        self.tokens.clear()
        self.waiting.clear()

    def remember_questions(self, questions):
        """Keep the label of each (name, label); labels are never forgotten."""
        if self.question_labels is None:
            self.question_labels = OOBTree()
        for name, label in questions:
            if self.question_labels.get(name) != label:
                self.question_labels[name] = label
