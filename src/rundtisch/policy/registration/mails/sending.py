"""The German sign-up mails, queued through `rundtisch.policy.mail.send_mail`."""

from plone import api
from plone.event.interfaces import IICalendar
from rundtisch.policy import _
from rundtisch.policy import dates
from rundtisch.policy.german import german
from rundtisch.policy.mail import send_mail
from rundtisch.policy.people import participant_name
from rundtisch.policy.registration.data import statuses
from rundtisch.policy.registration.data.rows import STATUS_COLUMN
from rundtisch.policy.registration.data.rows import TOKEN_KEY
from rundtisch.policy.registration.mails.codes import checkin_url
from rundtisch.policy.registration.mails.codes import personal_code
from rundtisch.policy.registration.mails.codes import qr_png


ORGANISER_GROUP = "veranstaltungsteam"

CONFIRMATION_SUBJECT = _(
    "mail_signup_confirmed_subject", default="Anmeldung bestätigt: ${title}"
)
PROMOTION_SUBJECT = _(
    "mail_signup_promoted_subject", default="Platz frei geworden: ${title}"
)
# The mail about a held seat, after sign-up or from the waiting list; only
# the opening differs.
SEAT_BODY = _(
    "mail_signup_seat_body",
    default="Guten Tag ${name},\n\n"
    "${opening}\n\n"
    "Veranstaltung: ${title}\n"
    "Termin: ${date}\n"
    "Ort: ${place}\n"
    "Details: ${url}\n\n"
    "Ihr persönlicher Code für den Einlass: ${code} (auch als QR-Code im "
    "Anhang, zum Vorzeigen am Eingang).\n\n"
    "Den Termin für Ihren Kalender finden Sie im Anhang.\n\n"
    "Falls Sie nicht teilnehmen können, geben Sie Ihren Platz bitte über "
    "diesen persönlichen Link frei:\n${cancel_url}\n\n"
    "Mit freundlichen Grüßen\nRunder Tisch Soziales Wohnen Dresden",
)
CONFIRMATION_OPENING = _(
    "mail_signup_confirmed_opening",
    default="vielen Dank für Ihre Anmeldung. Ihr Platz ist Ihnen sicher.",
)
PROMOTION_OPENING = _(
    "mail_signup_promoted_opening",
    default="ein Platz ist frei geworden: Sie sind von der Warteliste "
    "nachgerückt und nun fest angemeldet.",
)
WAITLIST_SUBJECT = _("mail_signup_waitlisted_subject", default="Warteliste: ${title}")
WAITLIST_BODY = _(
    "mail_signup_waitlisted_body",
    default="Guten Tag ${name},\n\n"
    "alle Plätze für »${title}« am ${date} sind vergeben. Wir haben Sie auf "
    "die Warteliste gesetzt: Sie stehen dort auf Platz ${position}. Wird ein "
    "Platz frei, rücken Sie in der Reihenfolge der Anmeldungen nach und "
    "bekommen sofort eine E-Mail.\n\n"
    "Wenn Sie nicht mehr teilnehmen möchten, tragen Sie sich hier aus:\n"
    "${cancel_url}\n\n"
    "Mit freundlichen Grüßen\nRunder Tisch Soziales Wohnen Dresden",
)
REMINDER_SUBJECT = _("mail_reminder_subject", default="Erinnerung: ${title} am ${date}")
REMINDER_BODY = _(
    "mail_reminder_body",
    default="Guten Tag ${name},\n\n"
    "wir freuen uns auf Sie! Zur Erinnerung:\n\n"
    "Veranstaltung: ${title}\n"
    "Termin: ${date}\n"
    "Ort: ${place}\n"
    "Details: ${url}\n"
    "Ihr Code für den Einlass: ${code}\n\n"
    "Den Termin für Ihren Kalender und den QR-Code finden Sie im Anhang.\n\n"
    "Falls Sie doch nicht teilnehmen können, geben Sie Ihren Platz bitte über "
    "diesen persönlichen Link frei, damit jemand von der Warteliste nachrücken "
    "kann:\n${cancel_url}\n\n"
    "Mit freundlichen Grüßen\nRunder Tisch Soziales Wohnen Dresden",
)
CANCELLATION_SUBJECT = _(
    "mail_signup_cancelled_subject", default="Abmeldung bestätigt: ${title}"
)
CANCELLATION_BODY = _(
    "mail_signup_cancelled_body",
    default="Guten Tag ${name},\n\n"
    "Sie haben sich von »${title}« am ${date} abgemeldet. Ihr Platz ist "
    "freigegeben; Ihr persönlicher Code gilt nicht mehr.\n\n"
    "Wenn Sie doch teilnehmen möchten, können Sie sich erneut anmelden, "
    "solange Plätze frei sind:\n${url}\n\n"
    "Mit freundlichen Grüßen\nRunder Tisch Soziales Wohnen Dresden",
)
CANCELLED_ON_BEHALF_SUBJECT = _(
    "mail_signup_cancelled_on_behalf_subject", default="Anmeldung storniert: ${title}"
)
CANCELLED_ON_BEHALF_BODY = _(
    "mail_signup_cancelled_on_behalf_body",
    default="Guten Tag ${name},\n\n"
    "das Organisationsteam hat Ihre Anmeldung für »${title}« am ${date} "
    "storniert, wie mit Ihnen besprochen. Ihr Platz ist freigegeben; Ihr "
    "persönlicher Code gilt nicht mehr.\n\n"
    "Wenn das ein Irrtum ist, antworten Sie einfach auf diese E-Mail, oder "
    "melden Sie sich erneut an, solange Plätze frei sind:\n${url}\n\n"
    "Mit freundlichen Grüßen\nRunder Tisch Soziales Wohnen Dresden",
)
ORGANISER_SUBJECT = _(
    "mail_signup_organiser_subject", default="Neue Anmeldung: ${title}"
)
ORGANISER_BODY = _(
    "mail_signup_organiser_body",
    default="Für »${title}« am ${date} ist eine neue Anmeldung eingegangen "
    "(${status}).\n\n"
    "Bestätigt: ${confirmed}, Warteliste: ${waitlisted}, Plätze: ${capacity}.\n\n"
    "Die Anmeldungen sehen Sie hier (nur für die Veranstaltungsorganisation):\n"
    "${data_url}",
)


def workshop_facts(workshop, row, cancel_url):
    return {
        "name": participant_name(row),
        "title": workshop.Title(),
        "date": dates.event_date_line(workshop),
        "place": getattr(workshop, "location", None) or "",
        "url": workshop.absolute_url(),
        "cancel_url": cancel_url,
        "code": personal_code(row[TOKEN_KEY]) if row.get(TOKEN_KEY) else "",
    }


def ics_attachment(workshop):
    """plone.app.event's calendar of the workshop, as its ``ics_view`` serves
    it: the same UID, so a calendar that has both shows the workshop once."""
    calendar = IICalendar(workshop)
    calendar.add("method", "PUBLISH")  # a mailed event to add, no invitation
    return (f"{workshop.getId()}.ics", "text", "calendar", calendar.to_ical())


def code_attachment(workshop, row):
    """The QR code for the door: the Einlass URL with the person's code
    (codes.py), which an organiser's phone camera opens."""
    url = checkin_url(workshop, personal_code(row[TOKEN_KEY]))
    return ("einlass-code.png", "image", "png", qr_png(url))


def reply_to(workshop):
    return getattr(workshop, "contact_email", None) or None


def send_participant_mail(workshop, row, cancel_url, position=None):
    """Confirmation (with .ics and code) or waiting-list notice, by the row's
    status; `position` is the place held on the waiting list."""
    if row[STATUS_COLUMN] == statuses.CONFIRMED:
        send_seat_mail(
            workshop,
            row,
            cancel_url,
            CONFIRMATION_SUBJECT,
            SEAT_BODY,
            opening=CONFIRMATION_OPENING,
        )
        return
    facts = workshop_facts(workshop, row, cancel_url)
    facts["position"] = position
    send_mail(
        [row["email"]],
        german(WAITLIST_SUBJECT, **facts),
        german(WAITLIST_BODY, **facts),
        reply_to=reply_to(workshop),
    )


def send_seat_mail(workshop, row, cancel_url, subject, body, opening=None):
    """A mail about a held seat: with the `.ics` and the check-in QR code."""
    facts = workshop_facts(workshop, row, cancel_url)
    if opening is not None:
        facts["opening"] = german(opening)
    send_mail(
        [row["email"]],
        german(subject, **facts),
        german(body, **facts),
        attachments=[ics_attachment(workshop), code_attachment(workshop, row)],
        reply_to=reply_to(workshop),
    )


def send_promotion_mail(workshop, row, cancel_url):
    send_seat_mail(
        workshop,
        row,
        cancel_url,
        PROMOTION_SUBJECT,
        SEAT_BODY,
        opening=PROMOTION_OPENING,
    )


def send_reminder_mail(workshop, row, cancel_url):
    send_seat_mail(workshop, row, cancel_url, REMINDER_SUBJECT, REMINDER_BODY)


def send_cancellation_mail(workshop, row, on_behalf=False):
    """The short confirmation of a cancellation: by the participant's own
    link, or by an organiser on their behalf."""
    facts = workshop_facts(workshop, row, "")
    subject, body = (
        (CANCELLED_ON_BEHALF_SUBJECT, CANCELLED_ON_BEHALF_BODY)
        if on_behalf
        else (CANCELLATION_SUBJECT, CANCELLATION_BODY)
    )
    send_mail(
        [row["email"]],
        german(subject, **facts),
        german(body, **facts),
        reply_to=reply_to(workshop),
    )


def organiser_addresses(workshop):
    addresses = {getattr(workshop, "contact_email", None)}
    for member in api.user.get_users(groupname=ORGANISER_GROUP):
        addresses.add(member.getProperty("email", None))
    return sorted(address for address in addresses if address)


def send_organiser_notice(workshop, row, counter):
    """No personal data in the mail: organisers read it behind the login."""
    facts = {
        "title": workshop.Title(),
        "date": dates.event_date_line(workshop),
        "status": german(statuses.label(row[STATUS_COLUMN])),
        "confirmed": counter.confirmed,
        "waitlisted": counter.waitlisted,
        "capacity": counter.capacity or "∞",
        "data_url": f"{workshop.absolute_url()}/@@anmeldungen",
    }
    send_mail(
        organiser_addresses(workshop),
        german(ORGANISER_SUBJECT, **facts),
        german(ORGANISER_BODY, **facts),
    )
