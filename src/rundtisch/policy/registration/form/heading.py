"""What the sign-up form says about its workshop above the fields.

On a phone the form is often opened from a link or a mail, away from the
workshop page: its heading names the workshop, date, place and the seats
left, or the waiting-list place to expect (docs/design.md §5). The figures
are the O(1) counters of `IRegistrationStatus`, as on the workshop page.
"""

from rundtisch.policy.dates import period
from rundtisch.policy.interfaces import IRegistrationStatus


def signup_heading(workshop):
    """Title, link, date, place and seats of the workshop a form belongs to."""
    figures = IRegistrationStatus(workshop).as_dict()
    start = getattr(workshop, "start", None)
    waitlist = figures["status"] == "waitlist"
    return {
        "title": workshop.Title(),
        "url": workshop.absolute_url(),
        "when": (
            period(start, workshop.end, workshop.whole_day, workshop.open_end)
            if start
            else None
        ),
        "location": workshop.location,
        "capacity": figures["capacity"],
        "seats_left": None if waitlist else figures["seats_left"],
        # Who signs up now gets the place after the last one waiting.
        "waitlist_place": figures["waitlisted"] + 1 if waitlist else None,
    }
