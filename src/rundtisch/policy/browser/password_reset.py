"""Plone's "Passwort vergessen" that says so when the mail could not go out.

Plone hands the reset mail to the MailHost for delivery at commit; a mail
server that is down then ends in "Es ist leider ein Fehler aufgetreten".
Here it goes into the queue (SMTP_QUEUE), the mail folder (no SMTP_HOST,
operations/environment/mail_folder.py) or to the server at once, and a server that
cannot take it is named in a clear message on the form (docs/design.md §5).
"""

from plone import api
from Products.CMFPlone.browser.login.mail_password import MailPasswordView
from Products.statusmessages.interfaces import IStatusMessage
from rundtisch.policy import _
from rundtisch.policy import logger

import smtplib


class MailPassword(MailPasswordView):
    def __call__(self):
        mailhost = api.portal.get_tool("MailHost")
        registration = api.portal.get_tool("portal_registration")
        try:
            return registration.mailPassword(
                self.request.form.get("userid", ""),
                self.request,
                immediate=not mailhost.smtp_queue,
            )
        except ValueError:
            # Plone's own messages ("user not found" stays unspoken to
            # strangers); its view handles them.
            return super().__call__()
        except (smtplib.SMTPException, OSError):
            logger.exception("Password reset: the mail server did not take the mail")
            IStatusMessage(self.request).add(
                _(
                    "password_mail_not_sent",
                    default="Die E-Mail zum Zurücksetzen des Passworts wurde nicht "
                    "gesendet: Der Mailserver ist gerade nicht erreichbar. Bitte "
                    "versuchen Sie es später noch einmal.",
                ),
                type="error",
            )
            self.request.response.redirect(
                f"{self.context.absolute_url()}/mail_password_form"
            )
