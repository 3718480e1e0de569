"""A folder shown as the workshop overview: upcoming and past, each by date."""

from DateTime import DateTime
from plone import api
from rundtisch.policy.browser.base import PageView
from rundtisch.policy.browser.summaries import workshop_summary
from rundtisch.policy.content.upcoming import upcoming_workshops
from rundtisch.policy.content.working_copies import NOT_A_WORKING_COPY
from rundtisch.policy.feeds.feeds import feed_url
from rundtisch.policy.feeds.feeds import feeds_enabled
from rundtisch.policy.feeds.feeds import WORKSHOPS_FEED


class WorkshopListingView(PageView):
    def calendar_url(self):
        """The series as one iCal file (plone.app.event's folder feed)."""
        return f"{self.context.absolute_url()}/ics_view"

    def subscribe_url(self):
        """The same feed for calendar apps that follow it (webcal://)."""
        return "webcal://" + self.calendar_url().split("://", 1)[1]

    def feed_url(self):
        """The RSS feed of new workshops, unless syndication is switched off."""
        return feed_url(WORKSHOPS_FEED) if feeds_enabled() else None

    def _query(self, **query):
        return api.content.find(
            context=self.context,
            portal_type="Workshop",
            object_provides=NOT_A_WORKING_COPY,
            **query,
        )

    def upcoming(self):
        """Workshops that have not ended yet, the next one first."""
        brains = upcoming_workshops(context=self.context)
        return [workshop_summary(brain) for brain in brains]

    def past(self):
        """Workshops that are over, the most recent first."""
        now = DateTime()
        brains = self._query(
            end={"query": now, "range": "max"}, sort_on="start", sort_order="descending"
        )
        return [workshop_summary(brain) for brain in brains]
