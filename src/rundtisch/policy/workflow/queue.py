""" "Meine Prüfaufträge": what still waits for the current reviewer's departments.

A reviewer sees an item when one of the departments whose role they hold on
that item (through the department group or a local role from the sharing
page, see departments.py) has not approved it yet. Working copies are
marked as changes of published content and link to their diff.
"""

from plone import api
from plone.app.iterate.interfaces import IWorkingCopy
from Products.Five.browser import BrowserView
from rundtisch.policy import dates
from rundtisch.policy.people import user_name
from rundtisch.policy.workflow.approvals import review_history
from rundtisch.policy.workflow.departments import DEPARTMENTS
from rundtisch.policy.workflow.departments import departments_of
from zope.i18n import translate


def queue_query(departments):
    """The catalog query of a queue; `@search` takes the same parameters."""
    return {
        "review_state": "pending",
        "pending_departments": departments,
        "sort_on": "modified",
    }


def last_submit(obj):
    """The history entry of the submit that opened the current round."""
    submits = [e for e in review_history(obj) if e.get("action") == "submit"]
    return submits[-1] if submits else None


def earlier_rejections(obj):
    """Who rejected `obj` before, when and why: a resubmitted item shows the
    reviewer what was asked for last time."""
    return [
        {
            "actor": user_name(entry.get("actor")),
            "time": dates.date_and_time(entry.get("time")),
            "reason": entry.get("comments") or "",
        }
        for entry in review_history(obj)
        if entry.get("action") == "reject"
    ]


class ReviewQueueView(BrowserView):
    def __call__(self):
        self.items = self._items()
        return self.index()

    def _items(self):
        user = api.user.get_current()
        tokens = [department.token for department in DEPARTMENTS]
        items = []
        for brain in api.content.find(**queue_query(tokens)):
            obj = brain.getObject()
            waiting = [
                department
                for department in departments_of(user, obj)
                if department.token in (brain.pending_departments or ())
            ]
            if not waiting:
                continue
            submit = last_submit(obj) or {}
            items.append(
                {
                    "title": brain.Title,
                    "url": brain.getURL(),
                    "type": translate(brain.Type, domain="plone", context=self.request),
                    "is_change": IWorkingCopy.providedBy(obj),
                    "rejections": earlier_rejections(obj),
                    "submitted_by": user_name(submit.get("actor")),
                    "submitted_at": dates.date_and_time(submit.get("time")),
                    "waiting_for": [department.token for department in waiting],
                    "waiting_for_titles": ", ".join(
                        translate(department.title, context=self.request)
                        for department in waiting
                    ),
                }
            )
        return items

    def counts(self):
        """Per department of this reviewer: how many items wait for it."""
        return [
            {
                "title": department.title,
                "count": sum(
                    department.token in item["waiting_for"] for item in self.items
                ),
            }
            for department in DEPARTMENTS
            if department.token in self._my_departments()
        ]

    def _my_departments(self):
        tokens = {
            department.token
            for department in departments_of(api.user.get_current(), self.context)
        }
        for item in self.items:
            tokens.update(item["waiting_for"])
        return tokens
