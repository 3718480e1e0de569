"""Plone's contact form ("Kontakt" in the footer) that never loses a message.

Plone sends the message when the request's transaction commits; a mail
server that is down then turns the page into "Es ist leider ein Fehler
aufgetreten" after the citizen was already told it was sent, and the text
is gone. Here the message is handed over at once: into the mail queue
(SMTP_QUEUE), the mail folder (no SMTP_HOST, operations/environment/mail_folder.py) or
to the server. If the server cannot take it, the form stays filled in and
says honestly that nothing was sent (docs/design.md §5).
"""

from plone import api
from Products.CMFPlone.browser.contact_info import ContactForm as PloneContactForm
from Products.statusmessages.interfaces import IStatusMessage
from rundtisch.policy import _
from rundtisch.policy import logger

import email


class ContactForm(PloneContactForm):
    not_sent = False
    _success = False

    @property
    def success(self):
        return self._success and not self.not_sent

    @success.setter
    def success(self, value):
        self._success = value

    def send_message(self, data):
        portal = api.portal.get()
        address = api.portal.get_registry_record("plone.email_from_address")
        data["url"] = portal.absolute_url()
        message = email.message_from_string(self.generate_mail(data))
        message["Reply-To"] = data["sender_from_address"]
        mailhost = api.portal.get_tool("MailHost")
        try:
            mailhost.send(
                message,
                address,
                address,
                subject=data.get("subject"),
                charset="utf-8",
                immediate=not mailhost.smtp_queue,
            )
        except Exception:
            logger.exception("Contact form: the mail server did not take the message")
            self.not_sent = True
            IStatusMessage(self.request).add(
                _(
                    "contact_not_sent",
                    default="Ihre Nachricht wurde nicht gesendet: Der Mailserver "
                    "ist gerade nicht erreichbar. Ihr Text steht unten noch im "
                    "Formular; bitte versuchen Sie es später noch einmal.",
                ),
                type="error",
            )

    def send_feedback(self):
        if not self.not_sent:
            super().send_feedback()
