"""What Plone's full-text search finds in our types (docs/design.md §5).

The types carry Plone's `plone.textindexer` behaviour: it indexes the fields
that a schema marks with `searchable(...)` (our plain and rich text fields).
Rows (datagrid), lists, choices and relations need the words a visitor reads
on the page: the cells of each row, the vocabulary titles ("Inklusion", not
`inklusion`) and the titles of related items. plone.app.event's place and
contact are not marked searchable by plone.app.event. A text extender, the
behaviour's hook for this, adds all of them.
"""

from plone import api
from plone.app.dexterity.textindexer.interfaces import IDynamicTextIndexExtender
from plone.app.event.dx.behaviors import IEventContact
from plone.app.event.dx.behaviors import IEventLocation
from rundtisch.policy.behaviors.coordination_office import ICoordinationOffice
from rundtisch.policy.behaviors.result import IResult
from rundtisch.policy.behaviors.topics import ITopics
from rundtisch.policy.behaviors.workshop import IWorkshop
from z3c.relationfield.interfaces import IRelationValue
from zope.component import queryUtility
from zope.i18n import translate
from zope.interface import implementer
from zope.schema.interfaces import IChoice
from zope.schema.interfaces import IContextSourceBinder
from zope.schema.interfaces import ISource
from zope.schema.interfaces import IVocabularyFactory


def choice_title(context, field, value):
    """The title a visitor reads for the stored token `value` of `field`."""
    vocabulary = field.vocabulary
    if vocabulary is None and field.vocabularyName:
        factory = queryUtility(IVocabularyFactory, field.vocabularyName)
        vocabulary = factory(context) if factory is not None else None
    elif IContextSourceBinder.providedBy(vocabulary):
        vocabulary = vocabulary(context)
    if ISource.providedBy(vocabulary):
        try:
            term = vocabulary.getTerm(value)
        except LookupError:
            return ""
        title = getattr(term, "title", None) or term.value
        # Titles may be msgids; the index holds the words of the site's language.
        return translate(title, target_language=api.portal.get_default_language())
    return str(value)


def words_of(context, field, value):
    """The text of one stored value of `field` (a row, a token, a relation)."""
    if value is None:
        return []
    if IRelationValue.providedBy(value):
        related = value.to_object
        return [related.Title()] if related is not None else []
    if isinstance(value, dict):
        row_fields = getattr(field, "schema", None)
        words = []
        for name, cell in value.items():
            cell_field = row_fields.get(name) if row_fields is not None else None
            if cell_field is not None and IChoice.providedBy(cell_field):
                words.append(choice_title(context, cell_field, cell))
            elif isinstance(cell, str):
                words.append(cell)
        return words
    if IChoice.providedBy(field):
        return [choice_title(context, field, value)]
    if isinstance(value, str):
        return [value]
    return []


# The fields whose words the extender below adds, by behaviour. Plain text
# fields are marked `searchable(...)` in their schema instead.
WORDS_OF_FIELDS = (
    (IWorkshop, ("event_format", "speakers", "hosts", "departments")),
    (ITopics, ("topics",)),
    (IResult, ("result_kind", "status", "workshops")),
    (
        ICoordinationOffice,
        (
            "tasks",
            "professional_requirements",
            "personal_requirements",
            "implementation_status",
            "milestones",
            "based_on",
            "reference_models",
        ),
    ),
    (IEventLocation, ("location",)),
    (IEventContact, ("contact_name",)),
)


@implementer(IDynamicTextIndexExtender)
class FieldWords:
    """The words of rows, lists, choices and relations as the page shows them.

    Not a field converter: plone.app.dexterity builds each marked field's
    display widget before it converts, and a datagrid's rows have no widget
    outside their form.
    """

    def __init__(self, context):
        self.context = context

    def __call__(self):
        words = []
        for schema, names in WORDS_OF_FIELDS:
            behaviour = schema(self.context, None)
            if behaviour is None:
                continue
            for name in names:
                field = schema[name]
                value = getattr(behaviour, name, None)
                entries = value if isinstance(value, (list, tuple)) else [value]
                value_field = getattr(field, "value_type", None) or field
                for entry in entries:
                    words.extend(words_of(self.context, value_field, entry))
        return " ".join(word for word in words if word)
