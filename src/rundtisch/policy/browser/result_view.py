"""The page of one result: what it is, how far it got, where it came from."""

from rundtisch.policy.browser.base import PageView
from rundtisch.policy.browser.relations import related_brains
from rundtisch.policy.browser.summaries import workshop_link
from rundtisch.policy.vocabularies.lookup import title
from rundtisch.policy.vocabularies.lookup import titles


class ResultView(PageView):
    def kind_title(self):
        return title("rundtisch.result_kinds", self.context.result_kind)

    def status_title(self):
        return title("rundtisch.result_statuses", self.context.status)

    def topic_titles(self):
        return titles("rundtisch.topics", self.context.topics)

    def workshops(self):
        return [
            workshop_link(brain)
            for brain in related_brains(
                self.context, "workshops", portal_type="Workshop", sort_on="start"
            )
        ]
