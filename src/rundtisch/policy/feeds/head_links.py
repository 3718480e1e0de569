"""The feeds a page's <head> advertises to feed readers (docs/design.md §5).

Plone's viewlet links the site's own `RSS`, `rss.xml` and `atom.xml`, which
list nothing here (feeds.py says why), under a title with a byte string in
it. Ours links the two feeds that carry the portal's news, with their real
titles, and none while site administrators have switched feeds off.
"""

from plone import api
from plone.app.layout.links.viewlets import RSSViewlet
from rundtisch.policy.feeds.feeds import feed_url
from rundtisch.policy.feeds.feeds import feeds_enabled
from rundtisch.policy.feeds.feeds import RESULTS_FEED
from rundtisch.policy.feeds.feeds import ResultsFeed
from rundtisch.policy.feeds.feeds import WORKSHOPS_FEED
from rundtisch.policy.feeds.feeds import WorkshopsFeed


class FeedLinks(RSSViewlet):
    def update(self):
        self.rsslinks = []
        if not feeds_enabled():
            return
        portal = api.portal.get()
        for name, feed_class in (
            (WORKSHOPS_FEED, WorkshopsFeed),
            (RESULTS_FEED, ResultsFeed),
        ):
            self.rsslinks.append(
                {"title": feed_class(portal).title, "url": feed_url(name)}
            )
