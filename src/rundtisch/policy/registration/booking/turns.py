"""One booking at a time per workshop within a process, on a fresh view.

Every sign-up writes the book of its form (seat counter, indexes) and a row
of easyform's saved data. ZODB lets concurrent transactions run and refuses
the later commit when they collide (`ConflictError`); Zope then waits a
random 0-1, 0-2, 0-4 ... s and publishes the whole request again. Sign-ups
for the waiting list always collide: each is told its place, so they must
commit one after the other (book.SeatCounter). Under a rush almost every
request was published several times, each time with the whole page, and the
random waits made the answers slow (issue 15).

`take_turn` makes the sign-ups of one workshop queue in this process instead:
the first takes the book's lock and holds it until its transaction has
committed or aborted; the next then starts its booking on a fresh view of
the database (a new ZODB transaction, possible because nothing was written
yet), so it sees the other's commit and does not conflict. Only the booking
waits; loading and checking the form run side by side.

The lock is an optimization, not what keeps the counts exact: that is still
ZODB's conflict detection (several instances on one ZEO server or database
do not share the lock and conflict as before; so does a request that waited
longer than `WAIT` seconds).
"""

import threading
import transaction


WAIT = 30  # seconds; then the sign-up goes ahead and may conflict
_locks = {}
_locks_guard = threading.Lock()


def _lock_for(obj):
    key = (obj._p_jar.db().database_name, obj._p_oid)
    with _locks_guard:
        return _locks.setdefault(key, threading.Lock())


def take_turn(obj):
    """Wait until no other transaction of this process books with the
    persistent `obj`, then start this one's booking on a fresh view of the
    database. Held until this transaction ends; safe to call again in it."""
    if obj._p_jar is None or obj._p_oid is None:
        return  # not stored yet: nobody else can book with it
    lock = _lock_for(obj)
    txn = transaction.get()
    try:
        txn.data(lock)
        return  # this transaction holds it already
    except KeyError:
        pass
    if not lock.acquire(timeout=WAIT):
        return
    txn = _fresh_view(txn)
    txn.set_data(lock, True)
    released = []

    def release(*args):
        if not released:
            released.append(True)
            lock.release()

    # After-commit hooks also run when the commit fails (a conflict with
    # another instance); the publisher then aborts, hence the guard.
    txn.addAfterCommitHook(release)
    txn.addAfterAbortHook(release)


def _fresh_view(txn):
    """A new transaction, if the current one has nothing to lose.

    ZODB shows a transaction the database as it was when the transaction
    began: a booking that waited for another's commit would still see the
    counts before it and conflict. With nothing written and no hooks yet,
    beginning anew loses nothing; the publisher commits the new transaction
    at the end of the request as it would have the old one.
    """
    untouched = (
        not getattr(txn, "_resources", True)
        and not any(txn.getBeforeCommitHooks())
        and not any(txn.getAfterCommitHooks())
        and not any(txn.getAfterAbortHooks())
        and not txn.isDoomed()
    )
    if not untouched:
        return txn
    user, description, extension = txn.user, txn.description, dict(txn.extension)
    manager = transaction.manager
    manager.abort()
    fresh = manager.begin()
    fresh.user = user
    fresh.description = description
    fresh.extension.update(extension)
    return fresh
