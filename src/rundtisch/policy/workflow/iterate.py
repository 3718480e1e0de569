"""Changes to published content go through a working copy and both approvals.

plone.app.iterate lets whoever may modify the original check in. Here nobody
but administrators modifies published content, so the double approval of the
working copy takes the place of that permission: check-in is allowed when
the working copy is pending with both departments' approvals by two people.
"""

from AccessControl import getSecurityManager
from Acquisition import aq_inner
from plone.app.iterate.browser.control import Control
from plone.app.iterate.interfaces import CheckinException
from plone.app.iterate.interfaces import ICheckinCheckoutPolicy
from plone.app.iterate.interfaces import IWorkingCopy
from plone.app.iterate.permissions import CheckinPermission
from rundtisch.policy.workflow.approvals import Approvals
from rundtisch.policy.workflow.approvals import current_round
from rundtisch.policy.workflow.approvals import WORKFLOW_ID


class ReviewedCheckinControl(Control):
    """``iterate_control`` (used by the check-in action, form and REST)."""

    def checkin_allowed(self):
        context = aq_inner(self.context)
        if not IWorkingCopy.providedBy(context) or not self._can_lock():
            return False
        policy = ICheckinCheckoutPolicy(context, None)
        if policy is None or policy.getBaseline() is None:
            return False
        if not getSecurityManager().checkPermission(CheckinPermission, context):
            return False
        return Approvals(context).ready_to_check_in


def refuse_unapproved_checkin(working_copy, event):
    """The same rule for every caller of the check-in policy, UI or not."""
    if not Approvals(working_copy).ready_to_check_in:
        raise CheckinException(
            "The working copy needs both departments' approvals before check-in."
        )


def keep_approvals_of_checked_in_change(working_copy, event):
    """Record the working copy's review round in the original's history.

    The working copy and its history are deleted by the check-in; its
    submit and approvals stay as the audit trail of the published version.
    The entries keep who, when and comment; their state is the original's.
    """
    baseline = event.baseline
    history = baseline.workflow_history.get(WORKFLOW_ID, ())
    if not history:
        return
    state = history[-1]["review_state"]
    history_of_copy = working_copy.workflow_history[WORKFLOW_ID]
    submit = [e for e in history_of_copy if e["action"] == "submit"][-1]
    carried = [
        dict(entry, review_state=state)
        for entry in (submit, *current_round(working_copy))
    ]
    baseline.workflow_history[WORKFLOW_ID] = tuple(history) + tuple(carried)
