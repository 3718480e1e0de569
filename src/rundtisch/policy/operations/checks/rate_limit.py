"""The one sliding-window rate limit of the portal (docs/design.md §7).

A key (a login name, a client address, a mailbox) may have `limit` hits
within `window` seconds; a hit older than that no longer counts. The counts
are a mapping of key to the tuple of its recent hit times (the newest last,
at most `limit` of them), and the functions here read and write any such
mapping. Where the mapping lives decides who shares the counts:

- `RateLimit` keeps it in a dict in the process. The forms' limits use it
  (subscriptions to notices, notices/throttle.py; resent sign-up
  confirmations, registration/): each instance of a ZEO or RelStorage
  set-up counts its own share, and a restart forgets them. That is enough
  against mail bombing, which these limits are for.
- The login throttle (login_throttle.py) keeps it in an OOBTree in the ZODB,
  on the Zope root's PAS plugin: all instances and all sites share those
  counts and they survive a restart, so nobody guesses passwords faster by
  spreading the guesses over instances.

Our own, because the rule is a few lines and the two stores differ: the
rate-limit packages on PyPI (limits, slowapi) keep counts in their own
backends (memory, Redis, Memcached), none of them in the ZODB.
"""

from itertools import islice

import threading
import time


def recent(times, now, window):
    """The hit times that still count at `now`."""
    return tuple(moment for moment in times or () if moment > now - window)


def wait(counts, key, limit, now, window):
    """Seconds until `key` may have a hit again, 0 when it may now."""
    times = recent(counts.get(key), now, window)
    if len(times) < limit:
        return 0
    return times[-limit] + window - now


def add_hit(counts, key, limit, now, window):
    """Count a hit for `key` at `now` (keeping the last `limit` times)."""
    counts[key] = (*recent(counts.get(key), now, window), now)[-limit:]


def forget_expired(counts, now, window, batch=None):
    """Drop keys without a hit that still counts (at most `batch` of the
    first keys looked at), so the counts cannot grow forever."""
    expired = [
        key
        for key, times in islice(counts.items(), batch)
        if not recent(times, now, window)
    ]
    for key in expired:
        del counts[key]


class RateLimit:
    """At most `limit` hits per key within `window` seconds, counted in the
    process (see the module docstring)."""

    def __init__(self, limit, window=60 * 60, clock=time.monotonic):
        self.limit = limit
        self.window = window
        self.clock = clock
        self.hits = {}
        self.lock = threading.Lock()

    def hit(self, key):
        """Count a hit for `key`; False (and not counted) when over the limit."""
        now = self.clock()
        with self.lock:
            if wait(self.hits, key, self.limit, now, self.window):
                return False
            add_hit(self.hits, key, self.limit, now, self.window)
            return True

    def forget_old(self):
        """Drop keys without recent hits, so the table cannot grow forever."""
        with self.lock:
            forget_expired(self.hits, self.clock(), self.window)
