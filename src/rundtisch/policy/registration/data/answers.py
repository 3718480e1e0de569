"""The questions of a sign-up form and the answers to them.

Editors add and remove questions in easyform's form editor (docs/design.md
§4); the organiser's list, the Einlass and the exports show every answer
under its question's label, in the form's order. A question removed from
the form keeps its answers under the label it had: the book remembers the
label of every question the form ever had (`remember_questions`).
"""

from collective.easyform.api import get_schema
from collective.easyform.api import set_fields
from plone.schemaeditor.interfaces import IEditableSchema
from plone.schemaeditor.utils import FieldAddedEvent
from rundtisch.policy import _
from rundtisch.policy.registration.data.rows import OWN_KEYS
from rundtisch.policy.registration.data.saved_data import registration_book
from zope.schema import getFieldsInOrder


# The data-protection consent closes the form: it agrees to what is asked
# above it.
CONSENT_FIELD = "datenschutz"


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
    """Subscriber: easyform's form editor changed the questions.

    plone.schemaeditor appends a new question at the end, after the consent;
    it moves before the consent, and easyform's `set_fields` stores the
    order (easyform's own subscriber stored it already, before this one).
    """
    form, schema = fields_context.aq_parent, fields_context.schema
    if isinstance(event, FieldAddedEvent) and consent_moved_last(schema):
        set_fields(form, schema)
    remember_questions(form, schema)


def consent_moved_last(schema):
    """Move the consent to the end of the schema; False if it is there."""
    names = [name for name, _field in getFieldsInOrder(schema)]
    if CONSENT_FIELD not in names or names[-1] == CONSENT_FIELD:
        return False
    IEditableSchema(schema).moveField(CONSENT_FIELD, len(names) - 1)
    return True


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
