"""A rate limit on subscriptions, against mail bombing through our form.

Each subscription sends a confirmation mail: a script could make the portal
send many to one victim, or flood the storage from one address. Like the
login throttle (operations/login_throttle.py) the counts live in the
process: with several instances each counts its own share.
"""

from collections import defaultdict
from collections import deque

import threading
import time


WINDOW = 60 * 60
MAX_PER_ADDRESS = 10
MAX_PER_EMAIL = 3


class RateLimit:
    """At most `limit` hits per key within `window` seconds."""

    def __init__(self, limit, window=WINDOW, clock=time.monotonic):
        self.limit = limit
        self.window = window
        self.clock = clock
        self.hits = defaultdict(deque)
        self.lock = threading.Lock()

    def hit(self, key):
        """Count a hit for `key`; False (and not counted) when over the limit."""
        now = self.clock()
        with self.lock:
            times = self.hits[key]
            while times and times[0] <= now - self.window:
                times.popleft()
            if len(times) >= self.limit:
                return False
            times.append(now)
            return True

    def forget_old(self):
        """Drop keys without recent hits, so the table cannot grow forever."""
        now = self.clock()
        with self.lock:
            for key in [k for k, t in self.hits.items() if t[-1] <= now - self.window]:
                del self.hits[key]


BY_ADDRESS = RateLimit(MAX_PER_ADDRESS)
BY_EMAIL = RateLimit(MAX_PER_EMAIL)


def mailbox(email):
    """The mailbox an address delivers to, as far as we can tell: lower case,
    without a ``+tag`` in the local part (``Opfer+1@x`` reaches ``opfer@x``).

    Only for counting (docs/design.md §5): the address is stored as given.
    Providers' other aliases (dots at Gmail) are left alone; they are not a
    rule of the address format.
    """
    local, at, domain = email.strip().lower().rpartition("@")
    if not at:
        return domain
    return f"{local.split('+', 1)[0] or local}@{domain}"


def allowed(address, email):
    """Count one subscription from `address` for `email`; False when either
    has reached its limit. Aliases of one mailbox count together."""
    BY_ADDRESS.forget_old()
    BY_EMAIL.forget_old()
    return BY_ADDRESS.hit(address) and BY_EMAIL.hit(mailbox(email))
