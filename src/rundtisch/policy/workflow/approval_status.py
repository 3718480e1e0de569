"""The approval status box on the page, for logged-in staff.

It says where the item stands, who has approved, what is locked and why,
and who acts next; after a rejection or retraction it shows the reason.
"""

from Acquisition import aq_inner
from Acquisition import aq_parent
from plone import api
from plone.app.iterate.interfaces import IWorkingCopy
from plone.app.layout.viewlets.common import ViewletBase
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from rundtisch.policy import dates
from rundtisch.policy.people import user_name
from rundtisch.policy.workflow.approvals import Approvals
from rundtisch.policy.workflow.approvals import review_history
from rundtisch.policy.workflow.approvals import WORKFLOW_ID
from rundtisch.policy.workflow.departments import DEPARTMENTS
from rundtisch.policy.workflow.guards import in_public_container
from rundtisch.policy.workflow.reason_required import TRANSITIONS_NEEDING_A_REASON


def approval_rows(approvals):
    """One row per department: title, and who approved when (or None)."""
    rows = []
    for department in DEPARTMENTS:
        entry = approvals.by_department[department.token]
        rows.append(
            {
                "token": department.token,
                "title": department.title,
                "approved": bool(entry),
                "date": entry and dates.date_and_time(entry["time"]),
                "actor": entry and user_name(entry["actor"]),
                "comment": entry and entry.get("comments"),
            }
        )
    return rows


def returned_with_reason(obj):
    """The reject or retract that made the item a draft again, or None."""
    history = review_history(obj)
    if not history or history[-1].get("action") not in TRANSITIONS_NEEDING_A_REASON:
        return None
    entry = history[-1]
    return {
        "action": entry["action"],
        "actor": user_name(entry.get("actor")),
        "date": dates.date_and_time(entry.get("time")),
        "reason": entry.get("comments", ""),
    }


class ApprovalStatusViewlet(ViewletBase):
    """ "GB Soziales: freigegeben am … von …; GB Stadtentwicklung: ausstehend"."""

    index = ViewPageTemplateFile("templates/approval_status.pt")

    def update(self):
        super().update()
        workflow_tool = api.portal.get_tool("portal_workflow")
        chain = workflow_tool.getChainFor(self.context)
        self.available = WORKFLOW_ID in chain
        if self.available:
            self.approvals = Approvals(self.context)
            self.rows = approval_rows(self.approvals)
            self.returned = returned_with_reason(self.context)
            self.is_working_copy = IWorkingCopy.providedBy(self.context)
            # Public only inside public content (docs/design.md §3): say
            # why submit and approval are not offered, or why a published
            # item is not visible.
            self.unpublished_container = (
                None
                if in_public_container(self.context)
                else aq_parent(aq_inner(self.context)).Title()
            )
