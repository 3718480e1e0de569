"""A rate limit on subscriptions, against mail bombing through our form.

Each subscription sends a confirmation mail: a script could make the portal
send many to one victim, or flood the storage from one address. Counted
with the portal's one rate limit (operations/checks/rate_limit.py) in the
process: with several instances each counts its own share (the login
throttle's counts, unlike these, live in the ZODB).
"""

from rundtisch.policy.operations.checks.rate_limit import RateLimit


WINDOW = 60 * 60
MAX_PER_ADDRESS = 10
MAX_PER_EMAIL = 3

# RateLimit stays importable from here (registration's resend limit uses it).
__all__ = ["RateLimit", "allowed", "mailbox"]


BY_ADDRESS = RateLimit(MAX_PER_ADDRESS, WINDOW)
BY_EMAIL = RateLimit(MAX_PER_EMAIL, WINDOW)


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
