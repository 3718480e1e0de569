"""The approval status box on the page, for logged-in staff."""

from plone import api
from plone.app.layout.viewlets.common import ViewletBase
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from rundtisch.policy.workflow.approvals import Approvals
from rundtisch.policy.workflow.approvals import DEPARTMENTS
from rundtisch.policy.workflow.approvals import WORKFLOW_ID


def approval_rows(approvals):
    """One row per department: title, and who approved when (or None)."""
    rows = []
    for department in DEPARTMENTS:
        entry = approvals.by_department[department.token]
        user = entry and api.user.get(userid=entry["actor"])
        rows.append(
            {
                "token": department.token,
                "title": department.title,
                "approved": bool(entry),
                "date": entry
                and api.portal.get_localized_time(entry["time"], long_format=True),
                "actor": entry
                and ((user and user.getProperty("fullname")) or entry["actor"]),
                "comment": entry and entry.get("comments"),
            }
        )
    return rows


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
