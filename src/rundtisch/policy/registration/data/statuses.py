"""The statuses of a sign-up and their German labels (docs/design.md §4).

A row's status is one of these strings, stored in its `rows.STATUS_COLUMN`;
every page, mail and export that names a status takes its label from here.
"""

from rundtisch.policy import _


CONFIRMED = "confirmed"
WAITLISTED = "waitlisted"
# Came to the door without a sign-up: present, holding no booked seat.
WALK_IN = "walk_in"
CANCELLED = "cancelled"

# Statuses that hold a seat or a waiting-list place, so they can be cancelled.
BOOKED = (CONFIRMED, WAITLISTED)
# Statuses of the people expected at the door.
EXPECTED = (CONFIRMED, WALK_IN)

LABELS = {
    CONFIRMED: _("signup_status_confirmed", default="bestätigt"),
    WAITLISTED: _("signup_status_waitlisted", default="Warteliste"),
    WALK_IN: _("signup_status_walk_in", default="ohne Anmeldung"),
    CANCELLED: _("signup_status_cancelled", default="storniert"),
}


def label(status):
    """The German label (a message id) of `status`; unknown ones as they are."""
    return LABELS.get(status, status)
