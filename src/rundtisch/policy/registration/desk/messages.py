""" "Nachricht an die Teilnehmenden": one mail per person (nobody sees the
others' addresses), with their personal cancellation link, through
`send_mail` (after the commit, through the MailHost's queue where one is
configured). Each message is logged and kept on the sign-up form (who,
when, subject, how many; not the addresses), so the organisers see what
went out. The organisers' form is message_form.py.
"""

from email.utils import formataddr
from persistent.list import PersistentList
from plone import api
from rundtisch.policy import _
from rundtisch.policy import dates
from rundtisch.policy import logger
from rundtisch.policy.german import german
from rundtisch.policy.mail import send_mail
from rundtisch.policy.people import participant_name
from rundtisch.policy.people import user_name
from rundtisch.policy.registration.booking.action import cancel_url
from rundtisch.policy.registration.data.rows import TOKEN_KEY
from rundtisch.policy.registration.data.saved_data import registration_form
from rundtisch.policy.registration.data.saved_data import saved_signups
from rundtisch.policy.registration.data.statuses import BOOKED
from rundtisch.policy.registration.data.statuses import CONFIRMED
from rundtisch.policy.registration.mails.sending import reply_to
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
# The whole mail: greeting, the organiser's text, the personal link, and
# the organiser's name under it.
MESSAGE_BODY = _(
    "mail_message_body",
    default="Guten Tag ${name},\n\n${text}\n\n"
    "Falls Sie nicht teilnehmen können, geben Sie Ihren Platz bitte über "
    "diesen persönlichen Link frei:\n${cancel_url}\n\n"
    "Mit freundlichen Grüßen\n${sender}\nRunder Tisch Soziales Wohnen Dresden",
)


def recipients(workshop, audience):
    """The rows of everyone `audience` (a term of AUDIENCES) means."""
    signups = saved_signups(workshop)
    if signups is None:
        return []
    wanted = (CONFIRMED,) if audience == "confirmed" else BOOKED
    return [row for _row_id, row in signups.with_status(*wanted)]


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
        body = german(
            MESSAGE_BODY,
            name=participant_name(row),
            text=text.strip(),
            cancel_url=cancel_url(form_, row[TOKEN_KEY]),
            sender=sender_name,
        )
        send_mail([row["email"]], subject, body, reply_to=answer_to)
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
