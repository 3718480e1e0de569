"""The questions of a sign-up form and the answers to them.

Editors add and remove questions in easyform's form editor (docs/design.md
§4); the organiser's list, the Einlass and the exports show every answer
under its question's label, in the form's order. A question removed from
the form keeps its answers under the label it had: the book remembers the
label of every question the form ever had (`remember_questions`).
"""

from collective.easyform.api import get_schema
from rundtisch.policy import _
from rundtisch.policy.registration.data.rows import OWN_KEYS
from rundtisch.policy.registration.data.saved_data import registration_book
from zope.schema import getFieldsInOrder


def current_questions(schema):
    """(name, label) of the fields of an easyform schema, in its order."""
    return [(name, str(field.title)) for name, field in getFieldsInOrder(schema)]


def remember_questions(form, schema=None):
    """Note the labels of the form's questions in its book."""
    book = registration_book(form)
    if book is not None:
        book.remember_questions(current_questions(schema or get_schema(form)))


def questions(form, rows=()):
    """(name, label) of every question with answers to show: the form's, in
    its order, then those removed from it that `rows` still answer."""
    asked = current_questions(get_schema(form))
    names = {name for name, _label in asked}
    answered = {key for row in rows for key in row} - OWN_KEYS - names
    book = registration_book(form)
    remembered = (book.question_labels if book is not None else None) or {}
    removed = sorted(
        ((name, remembered.get(name, name)) for name in answered),
        key=lambda question: question[1].lower(),
    )
    return asked + removed


def questions_changed(fields_context, event):
    """Subscriber: easyform's form editor changed the questions."""
    remember_questions(fields_context.aq_parent, fields_context.schema)


YES = _("yes", default="Ja")
NO = _("no", default="Nein")


def answer_text(value):
    """An answer as text: lists joined, yes/no (message ids), files by name."""
    if isinstance(value, bool):
        return YES if value else NO
    if value is None:
        return ""
    if isinstance(value, (list, tuple, set, frozenset)):
        return ", ".join(sorted(str(item) for item in value))
    filename = getattr(value, "filename", None)
    if filename is not None:
        return filename
    raw = getattr(value, "raw", None)  # a rich-text answer
    return str(raw if raw is not None else value)
