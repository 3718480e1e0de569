"""The front page of the site root: intro, next workshops, latest results, office."""

from plone import api
from rundtisch.policy import _
from rundtisch.policy.browser.base import PageView
from rundtisch.policy.browser.summaries import teaser
from rundtisch.policy.browser.summaries import when
from rundtisch.policy.content.upcoming import upcoming_workshops
from rundtisch.policy.content.working_copies import NOT_A_WORKING_COPY


TEASER_COUNT = 3
# Staff also see what is not public yet; it is marked so nobody takes it for
# published (visitors' searches hold published items only).
NOT_PUBLIC = {
    "pending": _("state_mark_pending", default="in Prüfung"),
    "private": _("state_mark_private", default="Entwurf"),
}


def marked_teaser(brain):
    return {**teaser(brain), "not_public": NOT_PUBLIC.get(brain.review_state)}


class FrontPageView(PageView):
    """Everything comes from the catalog, so visitors see only what they may
    see and the page works on a site without demo content."""

    def _portal_path(self):
        return "/".join(self.context.getPhysicalPath())

    def upcoming_workshops(self):
        """Workshops that have not ended yet, the next one first."""
        return [
            {**marked_teaser(brain), "when": when(brain)}
            for brain in upcoming_workshops(limit=TEASER_COUNT)
        ]

    def latest_results(self):
        brains = api.content.find(
            portal_type="Result",
            object_provides=NOT_A_WORKING_COPY,
            sort_on="modified",
            sort_order="descending",
            sort_limit=TEASER_COUNT,
        )
        return [marked_teaser(brain) for brain in brains[:TEASER_COUNT]]

    def office(self):
        brains = api.content.find(portal_type="CoordinationOffice", sort_on="created")
        return teaser(brains[0]) if brains else None

    def section_url(self, section_id):
        """URL of a top-level section (`veranstaltungen`, `ergebnisse`) if visible."""
        brains = api.content.find(
            path={"query": f"{self._portal_path()}/{section_id}", "depth": 0}
        )
        return brains[0].getURL() if brains else None
