"""The ``.ics`` attachment of the confirmation mail (icalendar, Europe/Berlin)."""

from datetime import timedelta
from icalendar import Calendar
from icalendar import Event
from rundtisch.policy import dates


def workshop_ics(workshop):
    """RFC 5545 bytes with one VEVENT for `workshop`, times in Europe/Berlin."""
    start = dates.local(workshop.start)
    end = dates.local(getattr(workshop, "end", None) or start + timedelta(hours=2))
    calendar = Calendar()
    calendar.add(
        "prodid", "-//Runder Tisch Soziales Wohnen Dresden//rundtisch.policy//DE"
    )
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    event = Event()
    event.add("uid", f"{workshop.UID()}@rundtisch.policy")
    event.add("dtstamp", dates.now())
    event.add("dtstart", start)
    event.add("dtend", end)
    event.add("summary", workshop.Title())
    if getattr(workshop, "location", None):
        event.add("location", workshop.location)
    event.add("url", workshop.absolute_url())
    calendar.add_component(event)
    # Only the VTIMEZONE rules around the event, not 1970 to 2038.
    calendar.add_missing_timezones(
        first_date=start.date() - timedelta(days=366),
        last_date=start.date() + timedelta(days=366),
    )
    return calendar.to_ical()
