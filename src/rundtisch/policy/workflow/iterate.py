"""Changes to published content go through a working copy and both approvals.

plone.app.iterate lets whoever may modify the original check in. Here nobody
but administrators modifies published content, so the double approval of the
working copy takes the place of that permission: check-in is allowed when
the working copy is pending with both departments' approvals by two people.
"""

from AccessControl import getSecurityManager
from AccessControl import Unauthorized
from Acquisition import aq_inner
from plone import api
from plone.app.iterate.browser.control import Control
from plone.app.iterate.dexterity.copier import FolderishContentCopier
from plone.app.iterate.dexterity.policy import CheckinCheckoutPolicyAdapter
from plone.app.iterate.interfaces import CheckinException
from plone.app.iterate.interfaces import ICheckinCheckoutPolicy
from plone.app.iterate.interfaces import IWorkingCopy
from plone.app.iterate.permissions import CheckinPermission
from plone.app.iterate.permissions import CheckoutPermission
from plone.dexterity.utils import addContentToContainer
from plone.dexterity.utils import createContent
from rundtisch.policy.workflow.approvals import Approvals
from rundtisch.policy.workflow.approvals import current_round
from rundtisch.policy.workflow.approvals import WORKFLOW_ID
from zope.interface import alsoProvides


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


def refuse_unapproved_checkin(working_copy, event=None):
    """The same rule for every caller of the check-in policy, UI or not
    (subscriber of iterate's check-in event, and ReviewedCheckinPolicy)."""
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


class StaysWorkingCopyUntilMerged:
    """A working copy stays marked as one while iterate merges it.

    iterate takes the `IWorkingCopy` marker off at its check-in event, before
    the merge cuts the copy's photos and files to move them into the
    original. Cutting modifies the copy, and unmarked it is a workshop of its
    own to every subscriber: the sign-up subscriber made it a form, which
    was indexed and then deleted with the copy, leaving a catalog entry that
    broke every search that listed it (docs/design.md §3, §4).
    """

    def merge(self):
        alsoProvides(self.context, IWorkingCopy)
        return super().merge()


class WorkshopCopier(StaysWorkingCopyUntilMerged, FolderishContentCopier):
    """Working copies of workshops (photos and minutes move at check-in)."""


class OfficeCopier(StaysWorkingCopyUntilMerged, FolderishContentCopier):
    """Working copies of the one Koordinierungsstelle.

    iterate creates a working copy as if it were added anew, which needs the
    type's add permission and an add slot in the site root; the office has
    neither for anyone but Managers (there is exactly one, see
    content/subscribers.py). Its working copy is made for whoever may check
    the office out, as the workflow grants it, and is marked before it is
    added so the one-office rule knows it for what it is.
    """

    def _createWorkingCopyObject(self, container):
        if not getSecurityManager().checkPermission(CheckoutPermission, self.context):
            raise Unauthorized("You may not check out this item.")
        working_copy = createContent(
            self.context.portal_type, id=f"working_copy_of_{self.context.getId()}"
        )
        alsoProvides(working_copy, IWorkingCopy)
        return addContentToContainer(container, working_copy, checkConstraints=False)


class ReviewedCheckinPolicy(CheckinCheckoutPolicyAdapter):
    """Check-in of a working copy that both departments approved.

    iterate merges with the permissions of the person who checks in. Moving
    files and photos added in the working copy (minutes, slides) into the
    published original needs the right to add and remove them there, which
    only administrators have. As for the fields, the two approvals take the
    place of that right; nothing is merged without them.
    """

    def checkin(self, checkin_message):
        refuse_unapproved_checkin(self.context)
        with api.env.adopt_roles(["Manager"]):
            return super().checkin(checkin_message)
