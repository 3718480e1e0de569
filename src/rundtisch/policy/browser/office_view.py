"""The page of the Koordinierungsstelle: its design and where it comes from.

The chain task -> results -> workshops: the office's tasks rest on the
results it is `based_on`, and each result names the workshops it came from.
"""

from plone.memoize.view import memoize
from rundtisch.policy import _
from rundtisch.policy.browser.base import PageView
from rundtisch.policy.browser.relations import related_brains
from rundtisch.policy.browser.summaries import result_summary
from rundtisch.policy.browser.summaries import workshop_link
from rundtisch.policy.dates import short_date_with_month
from rundtisch.policy.vocabularies.lookup import terms
from rundtisch.policy.vocabularies.lookup import title


# The short table of contents at the top (docs/design.md §5): on a phone
# the page is several screens long. Section id (the heading's id in
# templates/office_view.pt), title, and whether the page shows the section.
CONTENTS = (
    (
        "office-status",
        _("heading_implementation_status", default="Stand der Umsetzung"),
        lambda view: True,
    ),
    (
        "office-mandate",
        _("heading_mandate", default="Auftrag"),
        lambda view: view.context.mandate,
    ),
    (
        "office-tasks",
        _("heading_tasks", default="Aufgaben"),
        lambda view: view.context.tasks,
    ),
    (
        "office-foundations",
        _("heading_office_foundations", default="Worauf die Aufgaben beruhen"),
        lambda view: view.foundations(),
    ),
    (
        "office-professional",
        _("toc_office_requirements", default="Anforderungen an die Stelle"),
        lambda view: view.context.professional_requirements,
    ),
    (
        "office-personal",
        _("toc_office_requirements", default="Anforderungen an die Stelle"),
        lambda view: (
            view.context.personal_requirements
            and not view.context.professional_requirements
        ),
    ),
    (
        "office-milestones",
        _("heading_milestones", default="Meilensteine"),
        lambda view: view.milestones(),
    ),
    (
        "office-references",
        _("heading_reference_models", default="Vorbilder"),
        lambda view: view.context.reference_models,
    ),
    (
        "office-contact",
        _("label_contact", default="Kontakt"),
        lambda view: view.has_contact(),
    ),
)


class OfficeView(PageView):
    def contents(self):
        """The sections the page shows, for its table of contents."""
        return [
            {"id": section_id, "title": title}
            for section_id, title, shown in CONTENTS
            if shown(self)
        ]

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

    def has_contact(self):
        context = self.context
        return bool(
            getattr(context, "contact_name", None)
            or getattr(context, "contact_email", None)
        )

    @memoize
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

    @memoize
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
