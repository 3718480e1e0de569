"""The page of one result: what it is, how far it got, where it came from."""

from rundtisch.policy.browser import results
from rundtisch.policy.browser.base import PageView
from rundtisch.policy.browser.vocabularies import title
from rundtisch.policy.browser.vocabularies import titles
from rundtisch.policy.dates import local
from rundtisch.policy.dates import short_date_with_month


class ResultView(PageView):
    def kind_title(self):
        return title("rundtisch.result_kinds", self.context.result_kind)

    def status_title(self):
        return title("rundtisch.result_statuses", self.context.status)

    def topic_titles(self):
        return titles("rundtisch.topics", self.context.topics)

    def workshops(self):
        return [
            {
                "title": brain.Title,
                "url": brain.getURL(),
                "date": short_date_with_month(local(brain.start))
                if brain.start
                else None,
                "date_iso": local(brain.start).isoformat() if brain.start else None,
            }
            for brain in results.by_uid(
                results.related_uids(self.context, "workshops"),
                portal_type="Workshop",
                sort_on="start",
            )
        ]
