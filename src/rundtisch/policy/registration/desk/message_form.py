"""The organisers' form "Nachricht an die Teilnehmenden" (desk/messages.py
sends and logs the mails)."""

from plone.z3cform.layout import wrap_form
from Products.statusmessages.interfaces import IStatusMessage
from rundtisch.policy import _
from rundtisch.policy.registration.desk.messages import AUDIENCES
from rundtisch.policy.registration.desk.messages import send_message
from z3c.form import button
from z3c.form import field
from z3c.form import form
from z3c.form.browser.radio import RadioFieldWidget
from zope import schema
from zope.i18nmessageid import Message
from zope.interface import Interface


SENT = _(
    "status_message_sent",
    default="Die Nachricht geht an ${count} Personen.",
)


class IParticipantMessage(Interface):
    audience = schema.Choice(
        title=_("label_audience", default="An"),
        vocabulary=AUDIENCES,
        default="confirmed",
    )
    subject = schema.TextLine(
        title=_("label_message_subject", default="Betreff"), max_length=200
    )
    text = schema.Text(
        title=_("label_message_text", default="Nachricht"),
        description=_(
            "help_message_text",
            default="Anrede, persönlicher Abmeldelink und Gruß werden ergänzt.",
        ),
        max_length=5000,
    )


class ParticipantMessageForm(form.Form):
    fields = field.Fields(IParticipantMessage)
    fields["audience"].widgetFactory = RadioFieldWidget
    ignoreContext = True
    label = _("heading_message", default="Nachricht an die Teilnehmenden")

    def updateWidgets(self):
        super().updateWidgets()
        self.widgets["text"].rows = 10

    @button.buttonAndHandler(_("button_send_message", default="Senden"))
    def handle_send(self, action):
        data, errors = self.extractData()
        if errors:
            self.status = self.formErrorsMessage
            return
        count = send_message(
            self.context, data["audience"], data["subject"], data["text"]
        )
        IStatusMessage(self.request).add(Message(SENT, mapping={"count": count}))
        self.request.response.redirect(f"{self.context.absolute_url()}/@@anmeldungen")

    @button.buttonAndHandler(_("button_cancel", default="Abbrechen"))
    def handle_cancel(self, action):
        self.request.response.redirect(f"{self.context.absolute_url()}/@@anmeldungen")


ParticipantMessageView = wrap_form(ParticipantMessageForm)
