""" "Meine Prüfaufträge": what still waits for the current reviewer's department."""

from plone import api
from Products.Five.browser import BrowserView
from rundtisch.policy.workflow.approvals import DEPARTMENT_BY_TOKEN
from rundtisch.policy.workflow.approvals import DEPARTMENT_TOKEN_FOR_ROLE
from zope.i18n import translate


def departments_of_current_user():
    """Department tokens the current user reviews for (by role)."""
    roles = api.user.get_roles()
    return [token for role, token in DEPARTMENT_TOKEN_FOR_ROLE.items() if role in roles]


def queue_query(departments):
    """The catalog query of a queue; `@search` takes the same parameters."""
    return {
        "review_state": "pending",
        "pending_departments": departments,
        "sort_on": "modified",
    }


class ReviewQueueView(BrowserView):
    def departments(self):
        return [DEPARTMENT_BY_TOKEN[t] for t in departments_of_current_user()]

    def items(self):
        departments = departments_of_current_user()
        if not departments:
            return []
        brains = api.content.find(**queue_query(departments))
        return [
            {
                "brain": brain,
                "missing": ", ".join(
                    translate(DEPARTMENT_BY_TOKEN[token].title, context=self.request)
                    for token in brain.pending_departments or ()
                ),
            }
            for brain in brains
        ]
