"""Every date and time a person sees, in the portal's time zone.

The one time policy of the portal: values are
converted with plone.app.event's `default_timezone` (the site setting,
Europe/Berlin), whether they come as aware datetimes, naive datetimes from
z3c.form widgets (which mean portal time), or Zope DateTimes from the catalog
and the workflow history (stored in UTC). Plone's toLocalizedTime formats
without converting, which showed UTC times beside Berlin ones.

The weekday and month names come from Plone's own translations (plonelocales).
"""

from plone import api
from plone.app.event.base import default_timezone
from plone.base.i18nl10n import monthname_english
from plone.base.i18nl10n import monthname_msgid
from plone.base.i18nl10n import weekdayname_english
from plone.base.i18nl10n import weekdayname_msgid
from rundtisch.policy import _
from zope.i18n import translate

import datetime


def portal_timezone():
    return default_timezone(as_tzinfo=True)


def now():
    """The current time, aware, in the portal's time zone."""
    return datetime.datetime.now(portal_timezone())


def local(value, tz=None):
    """`value` (a datetime, aware or naive, a Zope DateTime from catalog
    metadata, or a date) in the portal's time zone (or `tz`)."""
    if hasattr(value, "asdatetime"):
        value = value.asdatetime()
    if not isinstance(value, datetime.datetime):
        return value
    tz = tz or portal_timezone()
    if value.tzinfo is None:
        return value.replace(tzinfo=tz)
    return value.astimezone(tz)


def _plonelocales(msgid, default):
    return translate(
        msgid,
        domain="plonelocales",
        default=default,
        target_language=api.portal.get_current_language(),
    )


def long_date(value):
    """'Montag, 29. April 2024' of a local datetime."""
    # DateTime numbers weekdays from Sunday = 0, like isoweekday() % 7.
    weekday_number = value.isoweekday() % 7
    weekday = _plonelocales(
        weekdayname_msgid(weekday_number), weekdayname_english(weekday_number)
    )
    return f"{weekday}, {short_date_with_month(value)}"


def short_date_with_month(value):
    """'29. April 2024' of a local datetime or a date."""
    month = _plonelocales(monthname_msgid(value.month), monthname_english(value.month))
    return f"{value.day}. {month} {value.year}"


def clock(value):
    """'15:00' of an already local datetime."""
    return value.strftime("%H:%M")


def from_iso(text):
    """A moment stored as ISO text (sign-up rows), as an aware datetime."""
    return datetime.datetime.fromisoformat(text)


def date_and_time(value):
    """'28.03.2027, 10:00 Uhr': a moment in a table, a status box or a mail."""
    if value is None:
        return ""
    # The portal speaks German only; the numeric form needs no catalogue.
    return local(value).strftime("%d.%m.%Y, %H:%M Uhr")


def period(start, end=None, whole_day=False, open_end=False):
    """Date and time of an event as German text and ISO values for <time>."""
    tz = portal_timezone()  # a registry read: once per call
    start = local(start, tz)
    end = local(end, tz) if end else None
    same_day = end is None or end.date() == start.date()
    info = {
        "start_iso": start.isoformat(),
        "end_iso": end.isoformat() if end else None,
        "date": long_date(start),
        "end_date": None if same_day else long_date(end),
        "time": None,
    }
    if whole_day:
        return info
    if open_end or end is None or not same_day:
        info["time"] = _(
            "time_from", default="${start} Uhr", mapping={"start": clock(start)}
        )
    else:
        info["time"] = _(
            "time_range",
            default="${start} bis ${end} Uhr",
            mapping={"start": clock(start), "end": clock(end)},
        )
    return info


def date_line(start, end=None, whole_day=False, open_end=False):
    """An event's date as one line of text, in Berlin time, e.g.
    'Donnerstag, 14. Januar 2027, 18:00–20:00 Uhr' (mails, docs/design.md §4).

    Over several days: 'Freitag, 15. Januar 2027, 18:00 Uhr bis Samstag,
    16. Januar 2027, 14:00 Uhr'; a whole day: 'Donnerstag, 14. Januar 2027';
    an open end: 'Donnerstag, 14. Januar 2027, ab 18:00 Uhr'.
    """
    if start is None:
        return ""
    tz = portal_timezone()
    start = local(start, tz)
    end = local(end, tz) if end else None
    same_day = end is None or end.date() == start.date()
    if whole_day:
        if same_day:
            return long_date(start)
        return f"{long_date(start)} bis {long_date(end)}"
    if open_end or end is None:
        return f"{long_date(start)}, ab {clock(start)} Uhr"
    if same_day:
        return f"{long_date(start)}, {clock(start)}–{clock(end)} Uhr"
    return (
        f"{long_date(start)}, {clock(start)} Uhr bis {long_date(end)}, {clock(end)} Uhr"
    )


def event_date_line(event):
    """`date_line` of an event's fields (a Workshop, plone.app.event's Event)."""
    return date_line(
        getattr(event, "start", None),
        getattr(event, "end", None),
        whole_day=bool(getattr(event, "whole_day", False)),
        open_end=bool(getattr(event, "open_end", False)),
    )
