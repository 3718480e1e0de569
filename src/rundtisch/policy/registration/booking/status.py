"""The `IRegistrationStatus` of a workshop: sign-up status and seat counts."""

from plone.app.iterate.dexterity.utils import get_baseline
from plone.app.iterate.interfaces import IWorkingCopy
from rundtisch.policy.behaviors.registration import IRegistrationSettings
from rundtisch.policy.interfaces import IRegistrationStatus
from rundtisch.policy.interfaces import IWorkshopContent
from rundtisch.policy.registration.booking.availability import closed_reason
from rundtisch.policy.registration.booking.availability import is_full
from rundtisch.policy.registration.data.saved_data import registration_book
from rundtisch.policy.registration.data.saved_data import registration_form
from zope.component import adapter
from zope.interface import implementer


@implementer(IRegistrationStatus)
@adapter(IWorkshopContent)
class RegistrationStatus:
    """Read from the kept counters: O(1), no personal data."""

    def __init__(self, context):
        self.context = context

    def as_dict(self):
        workshop = self.context
        if IWorkingCopy.providedBy(workshop):
            # A working copy has no form of its own; it shows the original's
            # sign-up, which stays the one in use (docs/design.md §4).
            baseline = get_baseline(workshop)
            if IWorkshopContent.providedBy(baseline):
                return RegistrationStatus(baseline).as_dict()
        settings = IRegistrationSettings(workshop)
        capacity = settings.capacity or 0
        form = registration_form(workshop)
        book = registration_book(form) if form is not None else None
        confirmed = book.counter.confirmed if book is not None else 0
        waitlisted = book.counter.waitlisted if book is not None else 0
        status = self.status(closed_reason(workshop), form)
        return {
            "status": status,
            "capacity": capacity,
            "confirmed": confirmed,
            "waitlisted": waitlisted,
            "seats_left": max(capacity - confirmed, 0) if capacity else None,
            "form_url": form.absolute_url() if status in ("open", "waitlist") else None,
        }

    def attendance(self):
        """The count organisers entered on the workshop, else the book's
        count of check-ins (desk/attendance.py keeps it), which outlives the
        purge of the rows."""
        entered = getattr(self.context, "attendance_count", None)
        if entered is not None:
            return entered
        book = registration_book(registration_form(self.context))
        return (book is not None and book.attended) or None

    def status(self, reason, form):
        if reason == "disabled":
            return "disabled"
        if reason == "full":
            return "full"
        if reason is not None:
            return "closed"
        if is_full(self.context, form):
            return "waitlist"
        return "open"
