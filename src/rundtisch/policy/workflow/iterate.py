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
from plone.app.iterate.browser.cancel import Cancel
from plone.app.iterate.browser.control import Control
from plone.app.iterate.browser.info import CheckoutInfoViewlet
from plone.app.iterate.dexterity.copier import FolderishContentCopier
from plone.app.iterate.dexterity.policy import CheckinCheckoutPolicyAdapter
from plone.app.iterate.interfaces import CheckinException
from plone.app.iterate.interfaces import ICheckinCheckoutPolicy
from plone.app.iterate.interfaces import IWorkingCopy
from plone.app.iterate.permissions import CheckinPermission
from plone.app.iterate.permissions import CheckoutPermission
from plone.dexterity.utils import addContentToContainer
from plone.dexterity.utils import createContent
from plone.indexer import indexer
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from rundtisch.policy import _
from rundtisch.policy.workflow.approvals import Approvals
from rundtisch.policy.workflow.approvals import current_round
from rundtisch.policy.workflow.approvals import WORKFLOW_ID
from rundtisch.policy.workflow.locks import current_lock
from rundtisch.policy.workflow.locks import may_release
from zope.interface import alsoProvides

import os
import plone.app.iterate.browser


# Who may see the approvals may see that an item is a working copy.
VIEW_APPROVALS = "rundtisch.policy: View approvals"

COPY_LOCKED = _(
    "working_copy_locked_cancel_refused",
    default="Die Arbeitskopie wird gerade bearbeitet (Sperre von ${fullname} "
    "seit ${since}). Nur die Redaktion kann die Sperre aufheben; danach "
    "lässt sich die Arbeitskopie verwerfen.",
)


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

    def cancel_allowed(self):
        """Also while an edit form left the copy locked, for whoever may
        release that lock: discarding the copy releases it (CancelCheckout).
        Before, the menu entry vanished and the form's URL gave an error page
        (docs/design.md §3)."""
        if super().cancel_allowed():
            return True
        context = aq_inner(self.context)
        policy = ICheckinCheckoutPolicy(context, None)
        return (
            policy is not None
            and policy.getBaseline() is not None
            and current_lock(context) is not None
            and may_release(context)
        )


class CancelCheckout(Cancel):
    """``@@content-cancel-checkout`` that never ends on an error page.

    iterate answers a refused cancel with an exception. Who may release an
    edit lock may discard a locked copy (ReviewedCheckinControl); anyone
    else is told who holds the lock and sent to the copy, whose lock notice
    names the holder (docs/design.md §3).
    """

    index = ViewPageTemplateFile(
        os.path.join(os.path.dirname(plone.app.iterate.browser.__file__), "cancel.pt")
    )

    def __call__(self):
        context = aq_inner(self.context)
        held = current_lock(context)
        if (
            "form.button.Cancel" in self.request.form
            and held
            and not may_release(context)
        ):
            api.portal.show_message(
                _(
                    COPY_LOCKED,
                    mapping={"fullname": held["fullname"], "since": held["since"]},
                ),
                request=self.request,
                type="warning",
            )
            self.request.response.redirect(context.absolute_url())
            return ""
        return super().__call__()


class ReviewersSeeWorkingCopyInfo(CheckoutInfoViewlet):
    """iterate's notice "Dies ist eine Arbeitskopie von …" also for reviewers.

    iterate shows it to who may modify the copy or check out the original;
    reviewers may neither, yet what they review is a change of a published
    page, and they need the notice and its "Änderungen ansehen" link
    (docs/design.md §3).
    """

    def render(self):
        if self.baseline() is not None and getSecurityManager().checkPermission(
            VIEW_APPROVALS, self.context
        ):
            return self.index()
        return super().render()


@indexer(IWorkingCopy)
def working_copy_not_in_navigation(working_copy):
    """A working copy sits beside its original (the office's in the site
    root): it is never a navigation entry of its own. The field keeps the
    original's value, so check-in keeps the original's setting
    (docs/design.md §3)."""
    return True


def index_working_copy_out_of_navigation(event):
    """iterate marks the copy (a subscriber registered before ours) after
    the copy was indexed; index it again, also its marker, by which listings
    leave copies out (content/working_copies.py)."""
    if IWorkingCopy.providedBy(event.working_copy):
        event.working_copy.reindexObject(idxs=["exclude_from_nav", "object_provides"])


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
