"""Checks of a submission, for every text field, also those editors add.

z3c.form checks types and the ``max_length`` of the default fields first;
these rules run in the sign-up action, so they cover fields added later in
the form editor too and give German messages next to the field. The e-mail
and consent checks are easyform's own; only the messages are ours, because
easyform's read "Ungültige E-Mail-Adresse" and "Erforderliche Eingabe fehlt."
Text, HTML, formula and control-character checks have no easyform counterpart.
"""

from collective.easyform.validators import isChecked
from collective.easyform.validators import isValidEmail
from Products.CMFPlone.RegistrationTool import EmailAddressInvalid
from rundtisch.policy import _

import re
import unicodedata


MAX_TEXT_LENGTH = 2000
# Spreadsheet programs execute cells that start with these (CSV injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
HTML_TAG = re.compile(r"<\s*[a-zA-Z/!?]|&#?[a-zA-Z0-9]+;")
# Control characters (NUL, BEL, ...) except line breaks and tabs, and the
# bidirectional overrides that make a name read differently than it sorts.
LINE_BREAKS_AND_TABS = "\n\r\t"
BIDI_CONTROLS = set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e") | set(
    "\u2066\u2067\u2068\u2069"
)

TOO_LONG = _(
    "error_value_too_long",
    default="Der Text ist zu lang (höchstens ${max} Zeichen).",
    mapping={"max": MAX_TEXT_LENGTH},
)
NO_HTML = _(
    "error_value_html",
    default="Bitte geben Sie keinen HTML-Code ein (keine spitzen Klammern).",
)
NO_FORMULA = _(
    "error_value_formula",
    default="Der Text darf nicht mit =, +, -, @ oder einem Tabulator beginnen.",
)
NO_CONTROL = _(
    "error_value_control",
    default="Der Text enthält unsichtbare Steuerzeichen. Bitte tippen Sie ihn "
    "neu ein, statt ihn einzufügen.",
)
BAD_EMAIL = _(
    "error_email_invalid",
    default="Bitte geben Sie eine gültige E-Mail-Adresse an, z. B. name@beispiel.de.",
)
NO_CONSENT = _(
    "error_consent_missing",
    default="Bitte stimmen Sie der Verarbeitung Ihrer Daten zu, sonst können "
    "wir Sie nicht anmelden.",
)


def has_control_characters(value):
    return any(
        character in BIDI_CONTROLS
        or (
            unicodedata.category(character) == "Cc"
            and character not in LINE_BREAKS_AND_TABS
        )
        for character in value
    )


def starts_like_a_formula(value):
    """Also behind look-alikes: NFKC turns a fullwidth ＝ into =."""
    return unicodedata.normalize("NFKC", value).lstrip(" ").startswith(FORMULA_PREFIXES)


def text_error(value):
    """The message for a text value we refuse, or None."""
    if len(value) > MAX_TEXT_LENGTH:
        return TOO_LONG
    if has_control_characters(value):
        return NO_CONTROL
    if HTML_TAG.search(unicodedata.normalize("NFKC", value)):
        return NO_HTML
    if starts_like_a_formula(value):
        return NO_FORMULA
    return None


def texts(value):
    if isinstance(value, str):
        return [value]
    if isinstance(value, (list, tuple, set, frozenset)):
        return [item for item in value if isinstance(item, str)]
    return []


def submission_errors(fields, email_field="email", consent_field="datenschutz"):
    """Map field names to messages; empty when the submission is acceptable."""
    errors = {}
    for name, value in fields.items():
        for text in texts(value):
            message = text_error(text)
            if message is not None:
                errors[name] = message
                break
    if email_field not in errors:
        try:
            isValidEmail((fields.get(email_field) or "").strip())
        except EmailAddressInvalid:
            errors[email_field] = BAD_EMAIL
    if consent_field in fields and isChecked(fields[consent_field]) is not None:
        errors[consent_field] = NO_CONSENT
    return errors


def neutralize_formula(value):
    """Make a cell value inert for spreadsheet programs (CSV/XLSX export)."""
    if isinstance(value, str) and starts_like_a_formula(value):
        return "'" + value
    return value
