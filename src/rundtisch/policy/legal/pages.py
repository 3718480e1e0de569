"""Create the legal pages as ordinary, editable Documents at the site root.

The install profile (and upgrade 1009) creates them as drafts with Dresden
placeholders marked "[Bitte ergänzen: …]". The editors complete the text and
submit it; like everything else they go public only after both departments
have approved them. The footer links each page as soon as visitors may see it.
"""

from plone import api
from plone.app.textfield.value import RichTextValue
from rundtisch.policy import _
from rundtisch.policy.german import german

import pathlib


TEXTS = pathlib.Path(__file__).parent / "texts"

# id, title (also the footer's link text), description; the text is
# texts/<id>.html. The order is the footer's.
LEGAL_PAGES = (
    (
        "impressum",
        _("legal_imprint", default="Impressum"),
        _(
            "legal_imprint_description",
            default="Wer dieses Portal herausgibt und für seinen Inhalt "
            "verantwortlich ist.",
        ),
    ),
    (
        "datenschutz",
        _("legal_privacy", default="Datenschutz"),
        _(
            "legal_privacy_description",
            default="Welche personenbezogenen Daten dieses Portal verarbeitet, "
            "wozu, wie lange, und welche Rechte Sie haben.",
        ),
    ),
    (
        "barrierefreiheit",
        _("legal_accessibility", default="Erklärung zur Barrierefreiheit"),
        _(
            "legal_accessibility_description",
            default="Wie barrierefrei dieses Portal ist, wo es noch Barrieren "
            "gibt und wie Sie uns diese melden können.",
        ),
    ),
    (
        "leichte-sprache",
        _("legal_easy_language", default="Leichte Sprache"),
        _(
            "legal_easy_language_description",
            default="Was Sie auf dieser Internet-Seite finden. In Leichter Sprache.",
        ),
    ),
)
PAGE_IDS = tuple(page_id for page_id, _title, _description in LEGAL_PAGES)


def ensure_legal_pages(portal=None):
    """Create the missing legal pages; existing ones are never touched."""
    portal = portal or api.portal.get()
    created = []
    for page_id, title, description in LEGAL_PAGES:
        if page_id in portal.objectIds():
            continue
        text = (TEXTS / f"{page_id}.html").read_text(encoding="utf-8")
        page = api.content.create(
            container=portal,
            type="Document",
            id=page_id,
            title=german(title),
            description=german(description),
            text=RichTextValue(text, "text/html", "text/x-html-safe"),
            # The footer links them; the main menu is for the sections.
            exclude_from_nav=True,
        )
        created.append(page)
    return created


def legal_pages(portal=None):
    """The legal pages that exist, in the footer's order."""
    portal = portal or api.portal.get()
    return [portal[page_id] for page_id in PAGE_IDS if page_id in portal.objectIds()]
