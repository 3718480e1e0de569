"""The results overview (/ergebnisse): every result, filterable by topic and kind.

Filters are GET parameters (``?topic=inklusion&kind=requirement``) so a
filtered list can be bookmarked and shared; the counts beside each option say
how many results the option would show with the other filter kept.
"""

from collections import Counter
from plone import api
from rundtisch.policy.browser.base import PageView
from rundtisch.policy.browser.summaries import result_summaries
from rundtisch.policy.content.working_copies import NOT_A_WORKING_COPY
from rundtisch.policy.feeds.feeds import feed_url
from rundtisch.policy.feeds.feeds import feeds_enabled
from rundtisch.policy.feeds.feeds import RESULTS_FEED
from rundtisch.policy.vocabularies.lookup import terms
from zope.i18n import translate


class ResultsOverviewView(PageView):
    def __call__(self):
        self.topic = self._choice("topic", "rundtisch.topics")
        self.kind = self._choice("kind", "rundtisch.result_kinds")
        return super().__call__()

    def _choice(self, parameter, vocabulary_name):
        """The requested token if the vocabulary knows it, else no filter
        (also for a repeated parameter, which arrives as a list)."""
        value = self.request.form.get(parameter)
        if not isinstance(value, str):
            return None
        tokens = {token for token, _title in terms(vocabulary_name, self.context)}
        return value if value in tokens else None

    def _find(self, topic=None, kind=None):
        query = {
            "portal_type": "Result",
            "sort_on": "sortable_title",
            "object_provides": NOT_A_WORKING_COPY,
        }
        if topic:
            query["topics"] = topic
        if kind:
            query["result_kind"] = kind
        # All results of the portal: those kept here and those inside workshops.
        return api.content.find(context=api.portal.get(), **query)

    def results(self):
        return result_summaries(self._find(self.topic, self.kind))

    def topic_options(self):
        counts = Counter(
            token
            for brain in self._find(kind=self.kind)
            for token in brain.topics or ()
        )
        return self._options("rundtisch.topics", counts, self.topic)

    def kind_options(self):
        counts = Counter(brain.result_kind for brain in self._find(topic=self.topic))
        return self._options("rundtisch.result_kinds", counts, self.kind)

    def _options(self, vocabulary_name, counts, selected):
        # Translated here: the template joins title and count in a string.
        return [
            {
                "token": token,
                "title": translate(title, context=self.request),
                "count": counts.get(token, 0),
                "selected": token == selected,
            }
            for token, title in terms(vocabulary_name, self.context)
        ]

    def feed_url(self):
        """The RSS feed of new results, unless syndication is switched off."""
        return feed_url(RESULTS_FEED) if feeds_enabled() else None

    def is_filtered(self):
        return bool(self.topic or self.kind)
