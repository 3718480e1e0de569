"""@@fuer-partnerseiten: how partner sites show our next workshops.

A plain GET form (topic, count) writes the iframe snippet for
@@naechste-veranstaltungen into a read-only text field and shows it as a
preview; no script, so nothing needs copying help beyond selecting the text.
"""

from plone import api
from Products.Five import BrowserView
from rundtisch.policy import _
from rundtisch.policy.feeds.feeds import feed_url
from rundtisch.policy.feeds.feeds import feeds_enabled
from rundtisch.policy.feeds.feeds import RESULTS_FEED
from rundtisch.policy.feeds.feeds import WORKSHOPS_FEED
from rundtisch.policy.partners.embed import DEFAULT_COUNT
from rundtisch.policy.partners.embed import MAX_COUNT
from rundtisch.policy.partners.embed import requested_count
from rundtisch.policy.partners.embed import requested_topic
from rundtisch.policy.partners.embed import VIEW_NAME
from rundtisch.policy.vocabularies.lookup import terms
from urllib.parse import urlencode
from xml.sax.saxutils import quoteattr
from zope.i18n import translate


REST_DOCS_URL = "https://plonerestapi.readthedocs.io/"
# The frame cannot grow with its content without a script on the partner's
# page; this fits the heading, the link below the list and the usual
# workshop on a phone (two-line title and address).
FRAME_BASE_HEIGHT = 130
FRAME_HEIGHT_PER_WORKSHOP = 210


class PartnerPageView(BrowserView):
    default_count = DEFAULT_COUNT
    max_count = MAX_COUNT

    def __call__(self):
        form = self.request.form
        self.count = requested_count(form.get("anzahl"))
        self.topic = requested_topic(form.get("thema"), self.context)
        return super().__call__()

    def topic_options(self):
        return [
            {"token": token, "title": title, "selected": token == self.topic}
            for token, title in terms("rundtisch.topics", self.context)
        ]

    def embed_url(self):
        parameters = {"anzahl": self.count}
        if self.topic:
            parameters["thema"] = self.topic
        portal_url = api.portal.get().absolute_url()
        return f"{portal_url}/@@{VIEW_NAME}?{urlencode(parameters)}"

    def frame(self):
        """The iframe's attributes, for the snippet and the preview."""
        return {
            "src": self.embed_url(),
            "title": translate(
                _(
                    "embed_frame_title",
                    default="Nächste Veranstaltungen – ${site}",
                    mapping={"site": api.portal.get().Title()},
                ),
                context=self.request,
            ),
            "height": str(FRAME_BASE_HEIGHT + FRAME_HEIGHT_PER_WORKSHOP * self.count),
        }

    def snippet(self):
        frame = self.frame()
        return (
            f"<iframe src={quoteattr(frame['src'])} title={quoteattr(frame['title'])}"
            f' loading="lazy" style="width:100%;border:0"'
            f" height={quoteattr(frame['height'])}></iframe>"
        )

    def feeds(self):
        if not feeds_enabled():
            return None
        return {
            "workshops": feed_url(WORKSHOPS_FEED),
            "results": feed_url(RESULTS_FEED),
        }

    def rest_docs_url(self):
        return REST_DOCS_URL
