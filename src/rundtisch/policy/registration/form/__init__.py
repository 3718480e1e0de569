"""The sign-up form participants fill in: created with its workshop, shown
and protected, with the personal cancellation page."""
