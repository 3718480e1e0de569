"""The page of the Koordinierungsstelle: its design and where it comes from.

The chain task -> results -> workshops: the office's tasks rest on the
results it is `based_on`, and each result names the workshops it came from.
"""

from rundtisch.policy.browser.base import PageView
from rundtisch.policy.browser.relations import related_brains
from rundtisch.policy.browser.summaries import result_summary
from rundtisch.policy.browser.summaries import workshop_link
from rundtisch.policy.dates import short_date_with_month
from rundtisch.policy.vocabularies.lookup import terms
from rundtisch.policy.vocabularies.lookup import title


class OfficeView(PageView):
    def status_steps(self):
        """The stages of the implementation: done, current, still to come."""
        current = self.context.implementation_status
        steps = terms("rundtisch.implementation_statuses")
        tokens = [token for token, _title in steps]
        reached = tokens.index(current) if current in tokens else -1
        return [
            {
                "title": step_title,
                "current": index == reached,
                "css_class": "active"
                if index == reached
                else ("list-group-item-secondary" if index < reached else ""),
            }
            for index, (_token, step_title) in enumerate(steps)
        ]

    def status_title(self):
        return title(
            "rundtisch.implementation_statuses", self.context.implementation_status
        )

    def milestones(self):
        rows = sorted(
            self.context.milestones or (),
            key=lambda row: (row.get("date") is None, row.get("date")),
        )
        return [
            {
                "title": row.get("title"),
                "done": bool(row.get("done")),
                "date_iso": row["date"].isoformat() if row.get("date") else None,
                "date": short_date_with_month(row["date"]) if row.get("date") else None,
            }
            for row in rows
        ]

    def foundations(self):
        """Each result the office is based on, with the workshops it came from."""
        chain = []
        for brain in related_brains(self.context, "based_on", portal_type="Result"):
            summary = result_summary(brain)
            summary["workshops"] = [
                workshop_link(workshop)
                for workshop in related_brains(
                    brain.getObject(),
                    "workshops",
                    portal_type="Workshop",
                    sort_on="start",
                )
            ]
            chain.append(summary)
        return chain
