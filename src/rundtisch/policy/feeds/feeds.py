"""RSS 2.0 feeds of newly published workshops and results.

Plone 6.2's own feeds do not fit: a folder's `rss.xml` lists that folder's
children, but results live in /ergebnisse and inside workshops; and
`@@search_rss` lists the children of the site root whatever the query says.
So these are Plone's `FolderFeed` with our catalog query, rendered with
Plone's `rss.xml` template: the same item adapters, site settings
(ISiteSyndicationSettings: `allowed` switches them off, `max_items`) and
caching ruleset (`plone.content.feed`, caching/configure.zcml) as Plone's.

Published items only, newest publication first. `review_state` is asked for
explicitly, as ical/views.py does: a feed is a public document, the same for
an editor who opens it as for a feed reader.
"""

from plone import api
from plone.base.interfaces.syndication import IFeed
from plone.base.interfaces.syndication import ISiteSyndicationSettings
from Products.CMFPlone.browser.syndication import views
from Products.CMFPlone.browser.syndication.adapters import DexterityItem
from Products.CMFPlone.browser.syndication.adapters import FolderFeed
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from rundtisch.policy import _
from rundtisch.policy.dates import period
from rundtisch.policy.interfaces import IWorkshopContent
from zExceptions import NotFound
from zope.component import adapter
from zope.i18n import translate
from zope.i18nmessageid import Message

import os


WORKSHOPS_FEED = "rss-veranstaltungen"
RESULTS_FEED = "rss-ergebnisse"


def feeds_enabled():
    """Site administrators switch syndication off in Plone's control panel."""
    return api.portal.get_registry_record(
        "allowed", interface=ISiteSyndicationSettings, default=True
    )


def feed_url(name):
    return f"{api.portal.get().absolute_url()}/@@{name}"


class PublishedItemsFeed(FolderFeed):
    """The newest published items of `portal_type`, anywhere in the portal."""

    portal_type = None
    feed_title = None
    feed_description = None

    def _brains(self):
        catalog = api.portal.get_tool("portal_catalog")
        return catalog(
            portal_type=self.portal_type,
            review_state="published",
            sort_on="effective",
            sort_order="descending",
            sort_limit=self.limit,
        )[: self.limit]

    @property
    def title(self):
        # zope.i18n takes the mapping from the Message itself and ignores
        # translate()'s own mapping argument for Messages.
        title = Message(self.feed_title, mapping={"site": self.context.Title()})
        return translate(title, context=self.context.REQUEST)

    @property
    def description(self):
        return translate(self.feed_description, context=self.context.REQUEST)


class WorkshopsFeed(PublishedItemsFeed):
    portal_type = "Workshop"
    feed_title = _("feed_title_workshops", default="Neue Veranstaltungen – ${site}")
    feed_description = _(
        "feed_description_workshops",
        default="Neu angekündigte Runde Tische und Workshops, mit Termin und Ort.",
    )


class ResultsFeed(PublishedItemsFeed):
    portal_type = "Result"
    feed_title = _("feed_title_results", default="Neue Ergebnisse – ${site}")
    feed_description = _(
        "feed_description_results",
        default="Neu veröffentlichte Ergebnisse der Runden Tische und Workshops.",
    )


@adapter(IWorkshopContent, IFeed)
class WorkshopFeedItem(DexterityItem):
    """A workshop in a feed says when and where it takes place."""

    @property
    def description(self):
        workshop = self.context
        request = workshop.REQUEST
        parts = []
        if workshop.start:
            when = period(
                workshop.start, workshop.end, workshop.whole_day, workshop.open_end
            )
            time = translate(when["time"], context=request) if when["time"] else ""
            parts.append(", ".join(filter(None, (when["date"], time))))
        if workshop.location:
            parts.append(workshop.location)
        head = " · ".join(parts)
        text = workshop.Description()
        return " – ".join(filter(None, (head, text)))


class FeedView(views.FeedView):
    """An RSS 2.0 feed of `feed_class` on the site root."""

    feed_class = None
    index = ViewPageTemplateFile(
        os.path.join(os.path.dirname(views.__file__), "templates", "rss.xml.pt")
    )

    def feed(self):
        return self.feed_class(self.context)

    def __call__(self):
        if not feeds_enabled():
            raise NotFound
        self.request.response.setHeader(
            "Content-Type", "application/rss+xml; charset=utf-8"
        )
        return self.index()


class WorkshopsFeedView(FeedView):
    feed_class = WorkshopsFeed


class ResultsFeedView(FeedView):
    feed_class = ResultsFeed
