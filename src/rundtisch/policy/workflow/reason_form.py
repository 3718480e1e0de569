"""Reject and retract in the Classic UI: a small form that asks for the reason.

Plone's own comment form (content_status_history) needs "Modify portal
content", which reviewers do not have on content in review.
"""

from plone import api
from plone.z3cform.layout import wrap_form
from Products.CMFCore.WorkflowCore import WorkflowException
from Products.statusmessages.interfaces import IStatusMessage
from rundtisch.policy import _
from rundtisch.policy.workflow.landing import landing_url
from rundtisch.policy.workflow.reason_required import REASON_MISSING
from z3c.form import button
from z3c.form import field
from z3c.form import form
from zope import schema
from zope.interface import Interface


class IReason(Interface):
    comment = schema.Text(
        title=_("label_reason", default="Begründung"),
        description=_(
            "help_reason",
            default="Die Begründung steht in der Workflow-Historie und geht per "
            "E-Mail an die Autorin oder den Autor.",
        ),
        required=True,
    )


TITLES = {
    "reject": _("title_reject_form", default="Zurückweisen"),
    "retract": _("title_retract_form", default="Zurückziehen"),
}
DONE = {
    "reject": _(
        "status_rejected",
        default="Zurückgewiesen: der Inhalt ist wieder ein Entwurf. Die Redaktion "
        "erhält die Begründung per E-Mail.",
    ),
    "retract": _(
        "status_retracted",
        default="Zurückgezogen: der Inhalt ist wieder ein Entwurf und kann "
        "bearbeitet werden.",
    ),
}


class ReasonForm(form.Form):
    fields = field.Fields(IReason)
    ignoreContext = True

    @property
    def transition(self):
        transition = self.request.form.get("workflow_action")
        # A repeated parameter arrives as a list: no transition of ours.
        return (
            transition if isinstance(transition, str) and transition in TITLES else None
        )

    @property
    def action(self):
        # z3c.form posts to the bare URL; the transition must survive the post.
        return f"{self.request.getURL()}?workflow_action={self.transition}"

    @property
    def label(self):
        return TITLES.get(self.transition)

    def updateWidgets(self):
        super().updateWidgets()
        self.widgets["comment"].rows = 5

    def render(self):
        if self.transition is None:
            return self.request.response.redirect(self.context.absolute_url())
        return super().render()

    @button.buttonAndHandler(_("button_confirm_transition", default="Ausführen"))
    def handle_apply(self, action):
        data, errors = self.extractData()
        if errors or not (data.get("comment") or "").strip():
            self.status = REASON_MISSING
            return
        messages = IStatusMessage(self.request)
        try:
            api.portal.get_tool("portal_workflow").doActionFor(
                self.context, self.transition, comment=data["comment"]
            )
        except WorkflowException as error:
            messages.add(str(error), type="error")
        else:
            messages.add(DONE[self.transition])
        self.request.response.redirect(landing_url(self.context))

    @button.buttonAndHandler(_("button_cancel", default="Abbrechen"))
    def handle_cancel(self, action):
        self.request.response.redirect(self.context.absolute_url())


ReasonFormView = wrap_form(ReasonForm)
