""" "Nachricht an die Teilnehmenden": the organiser writes to a workshop's
participants, e.g. about a change of room.

One mail per person (nobody sees the others' addresses), with their personal
cancellation link, through `send_mail` (after the commit, through the
MailHost's queue where one is configured). Each message is logged and kept
on the sign-up form (who, when, subject, how many; not the addresses), so
the organisers see what went out.
"""

from email.utils import formataddr
from persistent.list import PersistentList
from plone import api
from plone.z3cform.layout import wrap_form
from Products.statusmessages.interfaces import IStatusMessage
from rundtisch.policy import _
from rundtisch.policy import dates
from rundtisch.policy import logger
from rundtisch.policy.german import german
from rundtisch.policy.mail import send_mail
from rundtisch.policy.people import participant_name
from rundtisch.policy.people import user_name
from rundtisch.policy.registration.actions import cancel_url
from rundtisch.policy.registration.actions import registration_action
from rundtisch.policy.registration.actions import STATUS_COLUMN
from rundtisch.policy.registration.actions import TOKEN_KEY
from rundtisch.policy.registration.book import CONFIRMED
from rundtisch.policy.registration.lookup import registration_form
from rundtisch.policy.registration.mails import reply_to
from z3c.form import button
from z3c.form import field
from z3c.form import form
from z3c.form.browser.radio import RadioFieldWidget
from zope import schema
from zope.i18nmessageid import Message
from zope.interface import Interface
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary


LOG_ATTRIBUTE = "_rundtisch_messages"
AUDIENCES = SimpleVocabulary(
    [
        SimpleTerm(
            "confirmed",
            title=_("audience_confirmed", default="alle Bestätigten"),
        ),
        SimpleTerm(
            "all",
            title=_("audience_all", default="alle Bestätigten und die Warteliste"),
        ),
    ]
)
FOOTER = _(
    "mail_message_footer",
    default="Falls Sie nicht teilnehmen können, geben Sie Ihren Platz bitte über "
    "diesen persönlichen Link frei:\n${cancel_url}\n\n"
    "Mit freundlichen Grüßen\n${sender}\nRunder Tisch Soziales Wohnen Dresden",
)
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


def recipients(workshop, audience):
    form_ = registration_form(workshop)
    action = registration_action(form_) if form_ is not None else None
    if action is None:
        return []
    statuses = {CONFIRMED} if audience == "confirmed" else {CONFIRMED, "waitlisted"}
    return [
        row for row in action._storage.values() if row.get(STATUS_COLUMN) in statuses
    ]


def sent_messages(workshop):
    """What went out, newest first, with the time as people read it."""
    form_ = registration_form(workshop)
    return [
        dict(entry, time=dates.date_and_time(dates.from_iso(entry["time"])))
        for entry in reversed(getattr(form_, LOG_ATTRIBUTE, None) or [])
    ]


def send_message(workshop, audience, subject, text):
    """Mail every recipient; record and log the message; return the count."""
    form_ = registration_form(workshop)
    sender = api.user.get_current()
    sender_name = user_name(sender.getId())
    # Replies go to the organiser who signs the message, not to the portal's
    # address; without an address in their profile, to the workshop's contact.
    sender_email = sender.getProperty("email", None)
    answer_to = (
        formataddr((sender_name, sender_email)) if sender_email else reply_to(workshop)
    )
    rows = recipients(workshop, audience)
    for row in rows:
        footer = german(
            FOOTER,
            cancel_url=cancel_url(form_, row[TOKEN_KEY]),
            sender=sender_name,
        )
        send_mail(
            [row["email"]],
            subject,
            f"Guten Tag {participant_name(row)},\n\n{text.strip()}\n\n{footer}",
            reply_to=answer_to,
        )
    if getattr(form_, LOG_ATTRIBUTE, None) is None:
        setattr(form_, LOG_ATTRIBUTE, PersistentList())
    getattr(form_, LOG_ATTRIBUTE).append(
        {
            "time": dates.now().isoformat(timespec="seconds"),
            "sender": sender_name,
            "subject": subject,
            "audience": audience,
            "count": len(rows),
        }
    )
    logger.info(
        "%s sent %r to %d participant(s) of %s",
        sender.getId(),
        subject,
        len(rows),
        "/".join(workshop.getPhysicalPath()),
    )
    return len(rows)


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
