"""The pages of the notices, on the site root.

``@@benachrichtigungen`` (subscribe), ``@@benachrichtigungen-bestaetigen``
(double opt-in) and ``@@benachrichtigungen-abbestellen`` (unsubscribe) are
public and know a subscription only by its secret token; ``@@abonnements``
lists the subscribers for organisers and administrators.
"""

from collective.honeypot.utils import deny
from collective.honeypot.utils import found_honeypot
from plone import api
from plone.protect import CheckAuthenticator
from plone.protect.interfaces import IDisableCSRFProtection
from Products.Five import BrowserView
from rundtisch.policy import _
from rundtisch.policy import dates
from rundtisch.policy.notices import storage
from rundtisch.policy.notices import throttle
from rundtisch.policy.notices.mails import LISTS
from rundtisch.policy.notices.mails import send_confirmation
from rundtisch.policy.notices.mails import topic_titles
from rundtisch.policy.registration.data.validators import BAD_EMAIL
from rundtisch.policy.registration.data.validators import text_error
from rundtisch.policy.vocabularies.lookup import vocabulary
from zope.i18n import translate
from zope.interface import alsoProvides


MAX_EMAIL_LENGTH = 254  # RFC 5321
NO_LIST = _(
    "error_notices_no_list",
    default="Bitte wählen Sie mindestens eine Benachrichtigung aus.",
)
TOO_MANY = _(
    "error_notices_rate_limit",
    default="Zu viele Bestellungen in kurzer Zeit. Bitte versuchen Sie es in "
    "einer Stunde erneut.",
)
SENT = _(
    "notices_confirmation_sent",
    default="Fast geschafft: Wir haben Ihnen eine E-Mail geschickt. Bitte "
    "bestätigen Sie die Bestellung über den Link darin. Ohne Bestätigung "
    "löschen wir Ihre Adresse nach ${days} Tagen.",
    mapping={"days": storage.EXPIRY.days},
)
INVALID_LINK = _(
    "notices_link_invalid",
    default="Dieser Link ist nicht mehr gültig. Vielleicht haben Sie die "
    "Benachrichtigungen schon abbestellt, oder die Bestellung wurde nicht "
    "rechtzeitig bestätigt.",
)


def text_of(form, name):
    """A form value as text; "" for a missing one or a crafted list."""
    value = form.get(name, "")
    return value.strip() if isinstance(value, str) else ""


def list_titles(names, request):
    return ", ".join(translate(LISTS[name], context=request) for name in names)


class SubscribeView(BrowserView):
    """The public form: e-mail address, lists, optional topics."""

    def __call__(self):
        self.errors = {}
        self.sent = False
        self.email = (
            text_of(self.request.form, "email") if self.request.method == "POST" else ""
        )
        self.lists = self.chosen("lists", LISTS)
        self.topics = self.chosen(
            "topics", vocabulary("rundtisch.topics", self.context)
        )
        if self.request.method == "POST":
            self.submit()
        return self.index()

    def chosen(self, name, allowed):
        values = self.request.form.get(name, [])
        if not isinstance(values, list):
            values = [values]
        return [
            value for value in values if isinstance(value, str) and value in allowed
        ]

    def submit(self):
        CheckAuthenticator(self.request)
        # collective.honeypot refuses a filled honeypot for every POST; here
        # the (empty) field must also be present, as on the sign-up form.
        if found_honeypot(self.request.form, required=True):
            deny()
        registration = api.portal.get_tool("portal_registration")
        if (
            len(self.email) > MAX_EMAIL_LENGTH
            or text_error(self.email)
            or not registration.isValidEmail(self.email)
        ):
            self.errors["email"] = BAD_EMAIL
        if not self.lists:
            self.errors["lists"] = NO_LIST
        if self.errors:
            return
        if not throttle.allowed(self.request.getClientAddr() or "", self.email):
            self.errors["form"] = TOO_MANY
            self.request.response.setStatus(429)
            self.request.response.setHeader("Retry-After", str(throttle.WINDOW))
            return
        token = storage.add(self.email, self.lists, self.topics)
        send_confirmation(
            self.email, self.lists, self.topics, token, storage.EXPIRY.days
        )
        # The same answer whether the address was known: the page tells
        # nobody who subscribes.
        self.sent = True

    def list_options(self):
        return [
            {"value": name, "title": title, "checked": name in self.lists}
            for name, title in LISTS.items()
        ]

    def topic_options(self):
        return [
            {
                "value": term.token,
                "title": term.title,
                "checked": term.token in self.topics,
            }
            for term in vocabulary("rundtisch.topics", self.context)
        ]

    def message(self):
        return SENT if self.sent else None


class TokenView(BrowserView):
    """A page behind a personal link: GET asks, the POST acts.

    A mail scanner that follows links must neither confirm nor unsubscribe.
    """

    def __call__(self):
        self.token = text_of(self.request.form, "token")
        self.subscription = storage.get(self.token)
        self.done = False
        if self.subscription is not None and self.request.method == "POST":
            self.check_post()
            self.act()
            self.done = True
        return self.index()

    def check_post(self):
        CheckAuthenticator(self.request)

    def lists(self):
        return list_titles(self.subscription["lists"], self.request)

    def topics(self):
        return ", ".join(topic_titles(self.subscription["topics"]))

    def message(self):
        if self.done:
            return self.done_message
        if self.subscription is None:
            return INVALID_LINK
        return self.pending_message()

    def pending_message(self):
        """The message for a valid link before the POST."""
        return None


class ConfirmView(TokenView):
    done_message = _(
        "notices_confirmed",
        default="Vielen Dank! Ihre Bestellung ist bestätigt. Sie "
        "erhalten ab jetzt die gewählten Benachrichtigungen.",
    )

    def act(self):
        storage.confirm(self.token)

    def pending_message(self):
        if self.subscription["confirmed"]:
            return _(
                "notices_already_confirmed",
                default="Ihre Bestellung ist bereits bestätigt.",
            )
        return None


class UnsubscribeView(TokenView):
    done_message = _(
        "notices_unsubscribed",
        default="Sie sind abgemeldet. Wir haben Ihre E-Mail-Adresse "
        "und Ihre Auswahl gelöscht.",
    )

    def check_post(self):
        # RFC 8058: the mail program posts "List-Unsubscribe=One-Click" to
        # the link of the List-Unsubscribe header, without our CSRF token;
        # the secret token in the link is what protects it.
        if self.request.form.get("List-Unsubscribe") == "One-Click":
            alsoProvides(self.request, IDisableCSRFProtection)
        else:
            super().check_post()

    def act(self):
        storage.remove(self.token)


class SubscribersView(BrowserView):
    """``@@abonnements``: who receives the notices (confirmed only)."""

    def subscriptions(self):
        rows = [
            {
                "email": subscription["email"],
                "lists": list_titles(subscription["lists"], self.request),
                "topics": ", ".join(topic_titles(subscription["topics"])),
                "confirmed": dates.date_and_time(subscription["confirmed"]),
            }
            for _token, subscription in storage.confirmed()
        ]
        return sorted(rows, key=lambda row: row["email"].lower())
