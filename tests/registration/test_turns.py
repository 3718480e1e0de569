"""Bookings of one workshop take turns in a process, each on a fresh view."""

from rundtisch.policy.registration.booking.turns import _lock_for
from rundtisch.policy.registration.booking.turns import take_turn
from rundtisch.policy.registration.data.saved_data import registration_action

import pytest
import threading
import transaction


@pytest.fixture
def portal(functional_portal):
    """The workshop fixtures of conftest.py on the functional layer: these
    tests commit, as requests do."""
    return functional_portal


@pytest.fixture
def book(workshop_factory):
    workshop = workshop_factory(capacity=10)
    transaction.commit()
    return registration_action(workshop["anmeldung"]).book


def test_second_booking_waits_and_sees_the_first_without_conflict(book):
    """Both load the counter before either writes: without turns the later
    commit would conflict (two changes of the waiting list never merge)."""
    db, oid = book._p_jar.db(), book._p_oid
    loaded, outcome = threading.Event(), {}

    def other_request():
        connection = db.open()
        try:
            transaction.begin()
            other = connection.get(oid)
            outcome["before"] = other.counter.waitlisted  # the old view
            loaded.set()
            take_turn(other)  # waits for the first to commit
            outcome["after_turn"] = other.counter.waitlisted
            other.counter.add("waitlisted", 1)
            transaction.commit()
            outcome["committed"] = True
        except Exception as error:  # pragma: no cover - reported below
            outcome["error"] = error
            transaction.abort()
        finally:
            connection.close()

    transaction.begin()
    take_turn(book)
    thread = threading.Thread(target=other_request)
    thread.start()
    assert loaded.wait(30)
    book.counter.add("waitlisted", 1)
    transaction.commit()
    thread.join(60)

    assert outcome == {"before": 0, "after_turn": 1, "committed": True}
    transaction.begin()
    assert book.counter.waitlisted == 2
    assert _lock_for(book).acquire(blocking=False)
    _lock_for(book).release()


def test_turn_is_held_once_per_transaction_and_released_on_abort(book):
    transaction.begin()
    take_turn(book)
    take_turn(book)  # again in the same transaction: no deadlock
    assert not _lock_for(book).acquire(blocking=False)
    transaction.abort()
    assert _lock_for(book).acquire(blocking=False)
    _lock_for(book).release()


def test_no_fresh_view_once_something_was_written(book):
    """What the transaction wrote before the turn must not be lost."""
    transaction.begin()
    book.attended = 7
    take_turn(book)
    assert book.attended == 7
    transaction.abort()
