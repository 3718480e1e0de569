"""``ics_view`` of folders and the site root: published events only.

plone.app.event's folder calendar asks the catalog for every event the
current user may view. For an anonymous subscriber that is the published
ones, but an editor exporting the workshop folder would also get drafts,
events in review and plone.app.iterate working copies (which repeat the
original's UID). A calendar feed is a public document, so ours adds
``review_state=published`` to the same query and renders it with
plone.app.event's own exporter (VTIMEZONE blocks included).
"""

from plone.app.event.base import get_events
from plone.app.event.base import RET_MODE_BRAINS
from plone.app.event.ical.exporter import construct_icalendar
from plone.app.event.ical.exporter import EventsICal


class PublishedEventsICal(EventsICal):
    def get_ical_string(self):
        events = get_events(
            self.context,
            ret_mode=RET_MODE_BRAINS,
            expand=False,
            path="/".join(self.context.getPhysicalPath()),
            review_state="published",
        )
        return construct_icalendar(self.context, events).to_ical()
