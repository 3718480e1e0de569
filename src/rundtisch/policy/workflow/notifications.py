"""German e-mails of the review: submit, reject, publish, ready for check-in.

Sent through rundtisch.policy.mail.send_mail: queued until the transaction
commits and never raising, so a mail server that is down never blocks or
rolls back a transition.
"""

from plone import api
from rundtisch.policy import _
from rundtisch.policy.mail import send_mail
from rundtisch.policy.people import user_name
from rundtisch.policy.workflow.approvals import Approvals
from rundtisch.policy.workflow.approvals import WORKFLOW_ID
from rundtisch.policy.workflow.departments import DEPARTMENTS
from rundtisch.policy.workflow.departments import reviewers
from zope.globalrequest import getRequest
from zope.i18n import translate
from zope.i18nmessageid import Message


GREETING = _("mail_greeting", default="Guten Tag,")
SIGNATURE = _(
    "mail_signature",
    default="Mit freundlichen Grüßen\nRunder Tisch Soziales Wohnen Dresden",
)

SUBMITTED = (
    _("mail_submit_subject", default="Zur Prüfung: ${title}"),
    _(
        "mail_submit_body",
        default="„${title}“ wurde von ${actor} zur Prüfung eingereicht und "
        "wartet auf die Freigabe Ihres Geschäftsbereichs.\n\n"
        "Zum Inhalt: ${url}\nIhre Prüfaufträge: ${queue_url}",
    ),
)
REJECTED = (
    _("mail_reject_subject", default="Zurückgewiesen: ${title}"),
    _(
        "mail_reject_body",
        default="„${title}“ wurde von ${actor} zurückgewiesen und ist wieder "
        "ein Entwurf.\n\nBegründung:\n${reason}\n\nZum Inhalt: ${url}",
    ),
)
PUBLISHED = (
    _("mail_publish_subject", default="Veröffentlicht: ${title}"),
    _(
        "mail_publish_body",
        default="„${title}“ wurde von beiden Geschäftsbereichen freigegeben "
        "und ist jetzt veröffentlicht: ${url}",
    ),
)
READY_TO_CHECK_IN = (
    # The words of the menu entry the Redaktion then clicks (iterate's
    # "check in", in German "Original durch Arbeitskopie ersetzen").
    _(
        "mail_replace_original_subject",
        default="Freigegeben: Original durch Arbeitskopie ersetzen – ${title}",
    ),
    _(
        "mail_replace_original_body",
        default="Die Arbeitskopie „${title}“ wurde von beiden "
        "Geschäftsbereichen freigegeben. Öffnen Sie sie und wählen Sie "
        "„Aktionen → Original durch Arbeitskopie ersetzen“: ${url}",
    ),
)


def department_reviewers(obj):
    """Everyone who may approve `obj` for either department (departments.py)."""
    users = {}
    for department in DEPARTMENTS:
        users.update((user.getId(), user) for user in reviewers(department, obj))
    return list(users.values())


def authors(obj):
    users = (api.user.get(userid=creator) for creator in obj.listCreators())
    return [user for user in users if user is not None]


def _send(users, template, mapping):
    def text(message):
        return translate(Message(message, mapping=mapping), context=getRequest())

    subject, body = template
    addresses = sorted({user.getProperty("email") for user in users} - {None, ""})
    message = "\n\n".join([text(GREETING), text(body), text(SIGNATURE)])
    send_mail(addresses, text(subject), message)


def _notice_for(obj, action):
    """(recipients, template) for the mail `action` calls for, or None."""
    if action == "submit":
        return department_reviewers(obj), SUBMITTED
    if action == "reject":
        return authors(obj), REJECTED
    if action == "publish":
        return authors(obj), PUBLISHED
    if action.startswith("approve_") and Approvals(obj).ready_to_check_in:
        return authors(obj), READY_TO_CHECK_IN
    return None


def on_transition(obj, event):
    """Queue the mail that belongs to a transition of our workflow."""
    if event.workflow.getId() != WORKFLOW_ID or event.transition is None:
        return
    notice = _notice_for(obj, event.transition.getId())
    if notice is None:
        return
    users, template = notice
    _send(
        users,
        template,
        {
            "title": obj.Title(),
            "url": obj.absolute_url(),
            "actor": user_name(api.user.get_current().getId()),
            "reason": (event.kwargs or {}).get("comment", ""),
            "queue_url": f"{api.portal.get().absolute_url()}/@@meine-pruefauftraege",
        },
    )
