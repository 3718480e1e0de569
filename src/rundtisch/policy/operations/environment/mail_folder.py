"""Without a mail server, every mail of the portal lands in the mail folder.

`make start` without SMTP_HOST sets MAIL_FOLDER (instance/var/mail) in
zope.conf. Our own mails (`rundtisch.policy.mail`) write their `.eml` files
there; Plone's contact form and password reset call the MailHost directly,
which would try a server on localhost:25 and lose the citizen's message
(docs/design.md §7). The MailHost builds its mailer in `_makeMailer`, for
immediate and for transactional delivery alike; with MAIL_FOLDER set it gets
a mailer that writes files instead. Patched with collective.monkeypatcher
(configure.zcml): Products.MailHost offers no other hook for its mailer.
"""

from email import message_from_bytes
from email import policy
from email.utils import formatdate
from pathlib import Path
from rundtisch.policy import logger
from zope.interface import implementer
from zope.sendmail.interfaces import IMailer

import os
import time
import uuid


MAIL_FOLDER = "MAIL_FOLDER"


def mail_folder():
    folder = os.environ.get(MAIL_FOLDER)
    return Path(folder) if folder else None


def write_eml(folder, message_bytes):
    """Write one mail as an `.eml` file into `folder`; return its path."""
    folder.mkdir(parents=True, exist_ok=True)
    name = f"{time.strftime('%Y%m%d-%H%M%S')}-{uuid.uuid4().hex[:8]}.eml"
    path = folder / name
    path.write_bytes(message_bytes)
    return path


@implementer(IMailer)
class FolderMailer:
    """zope.sendmail's mailer interface, delivering into the mail folder."""

    def __init__(self, folder):
        self.folder = folder

    def send(self, fromaddr, toaddrs, message):
        if isinstance(message, str):
            message = message.encode("utf-8")
        mail = message_from_bytes(message, policy=policy.SMTP)
        if "Date" not in mail:
            # A mail program sorts by it; the MailHost's own mails have none.
            mail["Date"] = formatdate(localtime=True)
            message = bytes(mail)
        path = write_eml(self.folder, message)
        logger.info("Mail %r to %s written to %s", mail["Subject"], toaddrs, path)

    def abort(self):
        pass

    def vote(self, fromaddr, toaddrs, message):
        pass


def _makeMailer(self):
    folder = mail_folder()
    if folder is not None:
        return FolderMailer(folder)
    return self._old__makeMailer()
