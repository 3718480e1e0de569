"""Whether a workshop takes sign-ups now, and if not, why (German message)."""

from plone import api
from rundtisch.policy import _
from rundtisch.policy import dates
from rundtisch.policy.behaviors.registration import IRegistrationSettings
from rundtisch.policy.registration.data.saved_data import registration_book
from rundtisch.policy.registration.data.saved_data import registration_form
from zope.i18nmessageid import Message


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
