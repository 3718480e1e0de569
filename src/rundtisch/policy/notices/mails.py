"""The German mails of the notices: the double opt-in and the notice itself."""

from plone import api
from rundtisch.policy import _
from rundtisch.policy import dates
from rundtisch.policy.german import german
from rundtisch.policy.mail import send_mail
from rundtisch.policy.vocabularies.lookup import titles


# The lists one can subscribe to, and the type whose first publication
# each announces.
LISTS = {
    "veranstaltungen": _("notices_list_events", default="Neue Veranstaltungen"),
    "ergebnisse": _("notices_list_results", default="Neue Ergebnisse"),
}
LIST_OF_TYPE = {"Workshop": "veranstaltungen", "Result": "ergebnisse"}

CONFIRM_VIEW = "benachrichtigungen-bestaetigen"
UNSUBSCRIBE_VIEW = "benachrichtigungen-abbestellen"

CONFIRM_SUBJECT = _(
    "mail_notices_confirm_subject",
    default="Bitte bestätigen: E-Mail-Benachrichtigungen des Runden Tisches",
)
CONFIRM_BODY = _(
    "mail_notices_confirm_body",
    default="Guten Tag,\n\n"
    "für diese E-Mail-Adresse wurden Benachrichtigungen des Runden Tisches "
    "Soziales Wohnen Dresden bestellt:\n\n"
    "${lists}\n"
    "Themen: ${topics}\n\n"
    "Bitte bestätigen Sie die Bestellung über diesen Link:\n${confirm_url}\n\n"
    "Haben Sie nichts bestellt, brauchen Sie nichts zu tun: Ohne Bestätigung "
    "löschen wir die Adresse nach ${days} Tagen.\n\n"
    "Mit freundlichen Grüßen\nRunder Tisch Soziales Wohnen Dresden",
)
ALL_TOPICS = _("notices_all_topics", default="alle")
# What the workshop's link offers: the sign-up only where there is one.
LINK_WITH_SIGNUP = _("notice_link_signup", default="Details und Anmeldung")
LINK_DETAILS = _("notice_link_details", default="Details")

NOTICES = {
    "veranstaltungen": (
        _("mail_notice_event_subject", default="Neue Veranstaltung: ${title}"),
        _(
            "mail_notice_event_body",
            default="Guten Tag,\n\n"
            "der Runde Tisch Soziales Wohnen Dresden lädt zu einer neuen "
            "Veranstaltung ein:\n\n"
            "${title}\n"
            "Termin: ${date}\n"
            "Ort: ${place}\n"
            "${description}\n\n"
            "${link_label}: ${url}\n\n"
            "Sie erhalten diese E-Mail, weil Sie »${list}« abonniert haben. "
            "Abbestellen mit einem Klick:\n${unsubscribe_url}\n\n"
            "Mit freundlichen Grüßen\nRunder Tisch Soziales Wohnen Dresden",
        ),
    ),
    "ergebnisse": (
        _("mail_notice_result_subject", default="Neues Ergebnis: ${title}"),
        _(
            "mail_notice_result_body",
            default="Guten Tag,\n\n"
            "der Runde Tisch Soziales Wohnen Dresden hat ein neues Ergebnis "
            "veröffentlicht:\n\n"
            "${title}\n"
            "${description}\n\n"
            "Zum Ergebnis: ${url}\n\n"
            "Sie erhalten diese E-Mail, weil Sie »${list}« abonniert haben. "
            "Abbestellen mit einem Klick:\n${unsubscribe_url}\n\n"
            "Mit freundlichen Grüßen\nRunder Tisch Soziales Wohnen Dresden",
        ),
    ),
}


def link(view, token):
    return f"{api.portal.get().absolute_url()}/@@{view}?token={token}"


def topic_titles(tokens):
    return titles("rundtisch.topics", tokens)


def send_confirmation(email, lists, topics, token, days):
    facts = {
        "lists": "\n".join(german(LISTS[name]) for name in lists),
        "topics": ", ".join(topic_titles(topics)) or german(ALL_TOPICS),
        "confirm_url": link(CONFIRM_VIEW, token),
        "days": days,
    }
    send_mail([email], german(CONFIRM_SUBJECT), german(CONFIRM_BODY, **facts))


def send_notice(obj, list_name, token, subscription):
    """One notice to one subscriber, with the personal one-click unsubscribe
    link in the text and in the headers of RFC 8058."""
    unsubscribe_url = link(UNSUBSCRIBE_VIEW, token)
    start = getattr(obj, "start", None)
    facts = {
        "title": obj.Title(),
        "description": obj.Description(),
        "date": dates.event_date_line(obj) if start else "",
        "place": getattr(obj, "location", None) or "",
        "url": obj.absolute_url(),
        "link_label": german(
            LINK_WITH_SIGNUP
            if getattr(obj, "registration_enabled", False)
            else LINK_DETAILS
        ),
        "list": german(LISTS[list_name]),
        "unsubscribe_url": unsubscribe_url,
    }
    subject, body = NOTICES[list_name]
    send_mail(
        [subscription["email"]],
        german(subject, **facts),
        german(body, **facts),
        headers={
            "List-Unsubscribe": f"<{unsubscribe_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
