"""Whether a workshop takes sign-ups now, and its `IRegistrationStatus`."""

from plone import api
from rundtisch.policy import _
from rundtisch.policy import dates
from rundtisch.policy.behaviors.registration import IRegistrationSettings
from rundtisch.policy.interfaces import IRegistrationStatus
from rundtisch.policy.interfaces import IWorkshopContent
from rundtisch.policy.registration.interfaces import IRegistrationForm
from zope.component import adapter
from zope.i18nmessageid import Message
from zope.interface import implementer


FORM_ID = "anmeldung"
BOOK_ATTRIBUTE = "_rundtisch_registration_book"

CLOSED_MESSAGES = {
    "disabled": _(
        "registration_disabled",
        default="Für diese Veranstaltung ist keine Anmeldung vorgesehen.",
    ),
    "unpublished": _(
        "registration_unpublished",
        default="Die Anmeldung ist noch nicht freigeschaltet.",
    ),
    "not_yet_open": _(
        "registration_not_yet_open",
        default="Die Anmeldung ist noch nicht geöffnet. Sie beginnt am ${start}.",
    ),
    "closed": _(
        "registration_closed",
        default="Die Anmeldung ist geschlossen.",
    ),
    "full": _(
        "registration_full",
        default="Die Veranstaltung ist ausgebucht.",
    ),
}


def registration_form(workshop):
    form = workshop.get(FORM_ID) if IWorkshopContent.providedBy(workshop) else None
    return form if IRegistrationForm.providedBy(form) else None


def registration_book(form):
    return getattr(form, BOOK_ATTRIBUTE, None)


def registration_window(workshop):
    """(start, end) of the window, aware; None means open on that side."""
    settings = IRegistrationSettings(workshop)
    end = settings.registration_end or getattr(workshop, "start", None)
    return dates.local(settings.registration_start), dates.local(end)


def closed_reason(workshop, now=None):
    """Why nobody can sign up now (a key of CLOSED_MESSAGES), or None."""
    form = registration_form(workshop)
    if not IRegistrationSettings(workshop).registration_enabled or form is None:
        return "disabled"
    if api.content.get_state(workshop, default=None) != "published":
        return "unpublished"
    now = now or dates.now()
    start, end = registration_window(workshop)
    if start and now < start:
        return "not_yet_open"
    if end and now >= end:
        return "closed"
    if is_full(workshop, form) and not IRegistrationSettings(workshop).waitlist_enabled:
        return "full"
    return None


def closed_message(workshop, now=None):
    """The German message for a closed form, or None when it is open."""
    reason = closed_reason(workshop, now)
    if reason is None:
        return None
    message = CLOSED_MESSAGES[reason]
    if reason == "not_yet_open":
        start, _end = registration_window(workshop)
        message = Message(message, mapping={"start": dates.date_and_time(start)})
    return message


def is_full(workshop, form):
    capacity = IRegistrationSettings(workshop).capacity or 0
    book = registration_book(form)
    return bool(capacity) and book is not None and book.counter.confirmed >= capacity


@implementer(IRegistrationStatus)
@adapter(IWorkshopContent)
class RegistrationStatus:
    """Read from the kept counters: O(1), no personal data."""

    def __init__(self, context):
        self.context = context

    def as_dict(self):
        workshop = self.context
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
