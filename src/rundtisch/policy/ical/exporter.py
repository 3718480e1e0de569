"""plone.app.event's iCalendar event component with a true UTC DTSTAMP.

plone.app.event stamps each VEVENT with ``utc(datetime.now())``: the
process's local wall-clock time (Berlin, TZ=Europe/Berlin) marked as UTC, so
DTSTAMP was one or two hours ahead (docs/design.md §4, §5). Everything else
is plone.app.event's; only the stamp is taken from an aware clock.
"""

from datetime import datetime
from datetime import UTC
from plone.app.event.ical.exporter import ICalendarEventComponent


class UTCStampedEventComponent(ICalendarEventComponent):
    @property
    def dtstamp(self):
        return {"value": datetime.now(UTC)}
