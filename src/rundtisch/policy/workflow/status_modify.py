"""content_status_modify for the two-department review.

Plone's view lets a WorkflowException through as an error page and says
only "Status des Inhalts geändert." after a transition. Here a refused
transition (reject without a reason) leads to the form that asks for one,
and each step says who acts next.
"""

from plone.app.content.browser.content_status_modify import ContentStatusModifyView
from Products.CMFCore.WorkflowCore import WorkflowException
from Products.statusmessages import STATUSMESSAGEKEY
from Products.statusmessages.interfaces import IStatusMessage
from rundtisch.policy import _
from rundtisch.policy.workflow.approvals import Approvals
from rundtisch.policy.workflow.departments import DEPARTMENT_BY_TOKEN
from rundtisch.policy.workflow.landing import landing_url
from rundtisch.policy.workflow.landing import may_view
from zope.annotation.interfaces import IAnnotations
from zope.i18n import translate
from zope.i18nmessageid import Message

import transaction


SUBMITTED = _(
    "status_submitted",
    default="Zur Prüfung eingereicht. Jetzt sind GB Soziales und GB "
    "Stadtentwicklung am Zug; beide wurden per E-Mail benachrichtigt. Bis zu "
    "ihrer Entscheidung ist der Inhalt gesperrt.",
)
APPROVED_WAITING = _(
    "status_approved_waiting",
    default="Freigegeben. Es fehlt noch die Freigabe von ${departments}.",
)
APPROVED_PUBLISHED = _(
    "status_approved_published",
    default="Freigegeben. Beide Freigaben liegen vor: der Inhalt ist jetzt "
    "veröffentlicht.",
)
APPROVED_CHECK_IN = _(
    "status_approved_replace_original",
    default="Freigegeben. Beide Freigaben liegen vor: die Redaktion kann jetzt "
    "das Original durch die Arbeitskopie ersetzen.",
)


def next_step_message(obj, action, request):
    """What the person who just acted should read, or None for Plone's own."""
    if action == "submit":
        return SUBMITTED
    if not action.startswith("approve_"):
        return None
    approvals = Approvals(obj)
    if approvals.state == "published":
        return APPROVED_PUBLISHED
    if approvals.ready_to_check_in:
        return APPROVED_CHECK_IN
    missing = ", ".join(
        translate(DEPARTMENT_BY_TOKEN[token].title, context=request)
        for token in approvals.missing
    )
    return Message(APPROVED_WAITING, mapping={"departments": missing})


class ExplainingContentStatusModifyView(ContentStatusModifyView):
    def __call__(self, workflow_action=None, comment="", **kwargs):
        messages = IStatusMessage(self.request)
        pending_messages = IAnnotations(self.request).get(
            STATUSMESSAGEKEY, self.request.cookies.get(STATUSMESSAGEKEY)
        )
        try:
            result = super().__call__(workflow_action, comment, **kwargs)
        except WorkflowException as error:
            # Undo what the view changed before the refusal.
            transaction.doom()
            messages.add(str(error), type="error")
            return self.request.response.redirect(
                f"{self.context.absolute_url()}/@@transition-reason"
                f"?workflow_action={workflow_action}"
            )
        message = workflow_action and next_step_message(
            self.context, workflow_action, self.request
        )
        if message is not None:
            # Instead of Plone's "Status des Inhalts geändert." (statusmessages
            # offers no way to take back one message on a redirect).
            IAnnotations(self.request)[STATUSMESSAGEKEY] = pending_messages
            messages.add(message)
        if not may_view(self.context):
            return self.request.response.redirect(landing_url(self.context))
        return result
