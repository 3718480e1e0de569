"""Mail server settings from the environment, applied by `make create-site`.

`make start` runs create-site before every start, so changed variables take
effect on the next start. They are written to the site (Plone's mail settings
in the registry, the MailHost's queue) rather than read per request: Plone's
mailer reads the registry, and the control panel keeps showing what is used.
Doing it in create-site, a single process, avoids several ZEO/RelStorage
clients writing the same records at once at start-up. Unset variables leave
the current settings alone, so the control panel stays usable.

    SMTP_HOST, SMTP_PORT, SMTP_USER, SMTP_PASSWORD   the SMTP server
    SMTP_FROM                                        the portal's sender address
    SMTP_QUEUE   a directory (e.g. instance/var/mailqueue): queue mails there
                 and send them from a background thread; "off" sends directly
"""

from pathlib import Path
from plone import api
from rundtisch.policy import logger
from zope.sendmail.maildir import Maildir


# environment variable -> (registry record, MailHost attribute, type)
SETTINGS = {
    "SMTP_HOST": ("plone.smtp_host", "smtp_host", str),
    "SMTP_PORT": ("plone.smtp_port", "smtp_port", int),
    "SMTP_USER": ("plone.smtp_userid", "smtp_uid", str),
    "SMTP_PASSWORD": ("plone.smtp_pass", "smtp_pwd", str),
    "SMTP_FROM": ("plone.email_from_address", None, str),
}
QUEUE_OFF = ("", "0", "off", "no", "false")


def configure_mail(environ):
    """Apply the SMTP_* variables in `environ` to the current site.

    Returns the names of the variables that were applied.
    """
    mailhost = api.portal.get_tool("MailHost")
    applied = []
    for variable, (record, attribute, type_) in SETTINGS.items():
        if variable not in environ:
            continue
        value = type_(environ[variable])
        api.portal.set_registry_record(record, value)
        if attribute:
            setattr(mailhost, attribute, value)
        applied.append(variable)
    if "SMTP_QUEUE" in environ:
        configure_queue(mailhost, environ["SMTP_QUEUE"])
        applied.append("SMTP_QUEUE")
    if applied:
        logger.info("Mail settings from the environment: %s", ", ".join(applied))
    return applied


def configure_queue(mailhost, directory):
    if directory.strip().lower() in QUEUE_OFF:
        mailhost.smtp_queue = False
        return
    path = Path(directory).resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    Maildir(str(path), create=True)
    mailhost.smtp_queue = True
    mailhost.smtp_queue_directory = str(path)
