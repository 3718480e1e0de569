"""Compose and queue the portal's e-mails (workflow notices, sign-up mails).

Mails are sent only once the transaction has committed, and a mail server
that is down is logged, never raised, so it cannot block or roll back what
the user did. With ``SMTP_QUEUE`` (see docs/operations.md) the MailHost keeps
unsent mail in a queue directory and retries.

Without an SMTP server (``SMTP_HOST`` unset when the instance configuration
was written, see instance/write_config.py) the mails are written as `.eml`
files into ``MAIL_FOLDER`` (instance/var/mail) instead: a developer's
`make start` shows them there rather than logging refused connections.
"""

from email import policy
from email.message import EmailMessage
from email.utils import formataddr
from email.utils import formatdate
from email.utils import make_msgid
from pathlib import Path
from plone import api
from rundtisch.policy import logger
from rundtisch.policy.operations.environment.mail_folder import MAIL_FOLDER
from rundtisch.policy.operations.environment.mail_folder import write_eml

import os
import transaction


# `headers` of send_mail go into the mail as they are ("raw"): folded, the
# long URL of a List-Unsubscribe header would become RFC 2047 encoded words,
# which mail programs do not read as a link. Other headers fold as before.
SMTP = policy.SMTP.clone(refold_source="none")


def send_mail(recipients, subject, body, attachments=(), reply_to=None, headers=None):
    """Queue a plain-text mail to `recipients`; return True when it was queued.

    `attachments` are ``(filename, maintype, subtype, bytes)`` tuples, e.g.
    ``("workshop.ics", "text", "calendar", data)``; `headers` maps further
    header names to ASCII values, e.g. ``List-Unsubscribe`` (RFC 8058).
    """
    recipients = [address for address in recipients if address]
    if not recipients:
        return False
    from_address = api.portal.get_registry_record("plone.email_from_address")
    from_name = api.portal.get_registry_record("plone.email_from_name")
    # SMTP lines end in CRLF (RFC 5321). With bare LF a strict server (aiosmtpd,
    # Postfix's smtpd_forbid_bare_newline) reads the mail as one overlong line
    # and refuses it: smtplib sends a bytes message as it is.
    message = EmailMessage(policy=SMTP)
    message["Subject"] = subject
    message["From"] = formataddr((from_name or "", from_address))
    message["To"] = ", ".join(recipients)
    # Every mail says when it was written and carries its own id (docs/design.md
    # §4): also the .eml files, which no MailHost or mail server completes.
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain=from_address.rpartition("@")[2] or None)
    if reply_to:
        message["Reply-To"] = reply_to
    for name, value in (headers or {}).items():
        message.set_raw(name, value)
    message.set_content(body)
    for filename, maintype, subtype, data in attachments:
        message.add_attachment(
            data, maintype=maintype, subtype=subtype, filename=filename
        )
    folder = os.environ.get(MAIL_FOLDER)
    if folder:
        transaction.get().addAfterCommitHook(
            _write_after_commit, args=(Path(folder), message)
        )
        return True
    mailhost = api.portal.get_tool("MailHost")
    try:
        if getattr(mailhost, "smtp_queue", False):
            # Written to the queue directory on commit; the MailHost's queue
            # thread sends it and retries.
            mailhost.send(message, immediate=False)
        else:
            # The MailHost's direct delivery (immediate=False) connects to the
            # SMTP server while the transaction votes: a server that is down
            # would roll back what the user did. Send after the commit.
            transaction.get().addAfterCommitHook(
                _send_after_commit, args=(mailhost, message)
            )
    except Exception:
        # Composing or queueing failed (bad address, misconfigured host):
        # log it and let the user's action go through.
        logger.exception("Could not queue the mail %r to %s", subject, recipients)
        return False
    return True


def _send_after_commit(committed, mailhost, message):
    if not committed:
        return
    try:
        mailhost.send(message, immediate=True)
    except Exception:
        logger.exception(
            "Could not send the mail %r to %s", message["Subject"], message["To"]
        )


def _write_after_commit(committed, folder, message):
    if not committed:
        return
    try:
        path = write_eml(folder, bytes(message))
        logger.info(
            "Mail %r to %s written to %s", message["Subject"], message["To"], path
        )
    except OSError:
        logger.exception(
            "Could not write the mail %r to %s", message["Subject"], folder
        )
