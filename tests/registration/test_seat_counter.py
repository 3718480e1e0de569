"""ZODB conflict resolution of the seat counter: merge unless it overbooks."""

from rundtisch.policy.registration.data.book import SeatCounter
from ZODB.POSException import ConflictError

import pytest


def state(capacity, confirmed, waitlisted=0):
    return {"capacity": capacity, "confirmed": confirmed, "waitlisted": waitlisted}


def resolve(old, committed, new):
    return SeatCounter()._p_resolveConflict(old, committed, new)


def test_two_sign_ups_away_from_the_last_seat_merge():
    assert resolve(state(10, 3), state(10, 4), state(10, 4)) == state(10, 5)


def test_two_sign_ups_for_the_last_seat_are_a_real_conflict():
    with pytest.raises(ConflictError):
        resolve(state(10, 9), state(10, 10), state(10, 10))


def test_waiting_while_a_seat_was_freed_is_a_real_conflict():
    """One cancels (no one waiting), the other waitlists on the stale count."""
    with pytest.raises(ConflictError):
        resolve(state(2, 2), state(2, 1), state(2, 2, 1))


def test_two_entering_the_waiting_list_at_once_are_a_real_conflict():
    """Each is told their place; merged, both would hold the one they were told."""
    with pytest.raises(ConflictError):
        resolve(state(2, 2, 1), state(2, 2, 2), state(2, 2, 2))


def test_concurrent_capacity_change_is_a_real_conflict():
    with pytest.raises(ConflictError):
        resolve(state(2, 1), state(3, 1), state(2, 2))


def test_unlimited_capacity_merges():
    assert resolve(state(0, 7), state(0, 8), state(0, 8)) == state(0, 9)
