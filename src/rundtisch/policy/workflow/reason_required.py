"""Reject and retract need a reason: the comment of the transition."""

from Products.CMFCore.WorkflowCore import WorkflowException
from rundtisch.policy import _
from rundtisch.policy.workflow.approvals import WORKFLOW_ID
from zope.globalrequest import getRequest
from zope.i18n import translate


TRANSITIONS_NEEDING_A_REASON = ("reject", "retract")

REASON_MISSING = _(
    "reason_missing",
    default="Bitte geben Sie eine Begründung an: Zurückweisen und Zurückziehen "
    "sind nur mit Begründung möglich.",
)


def require_reason(obj, event):
    """Refuse the transition before anything changes (DCWorkflow guards only
    see the comment while executing, not while listing the transitions, so a
    guard would hide the transition instead of explaining it)."""
    if event.workflow.getId() != WORKFLOW_ID or event.transition is None:
        return
    if event.transition.getId() not in TRANSITIONS_NEEDING_A_REASON:
        return
    if not (event.kwargs or {}).get("comment", "").strip():
        # plone.restapi's @workflow answers 400 with str(exception).
        raise WorkflowException(translate(REASON_MISSING, context=getRequest()))
