"""The demo's legal pages: finished-looking texts, clearly marked as examples.

A real install creates the legal pages as drafts with "[Bitte ergänzen: …]"
placeholders for what only the city can say (legal/pages.py). The demo
publishes them, so visitors of a demo would read the placeholders as
unfinished work; here each placeholder gets an invented example value (a
reserved `.example` domain, a number that is not assigned) and the page a
notice that it is an example (docs/design.md §6).
"""

from plone import api
from plone.app.textfield.value import RichTextValue

import datetime


EXAMPLE_NOTICE = (
    '<p class="alert alert-info"><strong>Beispieltext:</strong> Dieses Portal '
    "ist eine Demonstration. Namen, Adressen und Nummern auf dieser Seite sind "
    "erfundene Beispiele; die Stadt ersetzt sie vor dem Start.</p>"
)
MAILBOX = "runder-tisch-wohnen@dresden.example"
EXAMPLES = {
    "[Bitte ergänzen: Name, Amt, Abteilung]": (
        "Geschäftsstelle Runder Tisch Soziales Wohnen, Sozialamt, Abteilung Wohnen"
    ),
    "[Bitte ergänzen: Telefonnummer]": "0351 488-0000",
    "[Bitte ergänzen: Funktionspostfach]": MAILBOX,
    "[Bitte ergänzen: Amt]": "Sozialamt",
    "[Bitte ergänzen: Anschrift und E-Mail]": (
        "Dr.-Külz-Ring 19, 01067 Dresden, datenschutz@dresden.example"
    ),
    "[Bitte ergänzen: Anzahl]": "7",
    "[Bitte ergänzen: Datum]": "",  # filled with today's date below
    "[Bitte ergänzen: geplanter Termin für das Video]": (
        "Ein Video in Gebärdensprache ist für das nächste Jahr geplant."
    ),
    "[Bitte ergänzen: Anschrift, E-Mail und Telefon der Durchsetzungsstelle]": (
        "Durchsetzungsstelle für digitale Barrierefreiheit, "
        "durchsetzung@sachsen.example, 0351 000-0000"
    ),
    "[Bitte ergänzen]": "DE 000 000 000",
}


def with_examples(html, today=None):
    """`html` of a legal page with example values and the example notice."""
    today = today or datetime.date.today()
    for placeholder, example in EXAMPLES.items():
        html = html.replace(placeholder, example or today.strftime("%d.%m.%Y"))
    return EXAMPLE_NOTICE + html


def fill_with_examples(page):
    """Give a legal page that still has placeholders its example values."""
    text = page.text.raw if page.text else ""
    if "[Bitte ergänzen" not in text or api.content.get_state(page) != "private":
        return  # filled in already, or reviewed: changes go through review
    page.text = RichTextValue(with_examples(text), "text/html", "text/x-html-safe")
    page.reindexObject()
