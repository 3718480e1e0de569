"""Fixed vocabularies: their tokens are part of the public REST contract."""

from rundtisch.policy import _
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary


def _vocabulary(*terms):
    return SimpleVocabulary([SimpleTerm(token, token, title) for token, title in terms])


FORMATS = _vocabulary(
    ("workshop", _("format_workshop", default="Workshop")),
    ("round_table", _("format_round_table", default="Runder Tisch")),
    ("kickoff", _("format_kickoff", default="Auftaktveranstaltung")),
    ("other", _("format_other", default="Sonstiges")),
)

DEPARTMENTS = _vocabulary(
    (
        "gb_soziales",
        _(
            "department_gb_soziales",
            default="Geschäftsbereich Arbeit, Soziales, Gesundheit und Wohnen",
        ),
    ),
    (
        "gb_stadtentwicklung",
        _(
            "department_gb_stadtentwicklung",
            default="Geschäftsbereich Stadtentwicklung, Bau, Verkehr und Liegenschaften",
        ),
    ),
)

RESULT_KINDS = _vocabulary(
    ("challenge", _("result_kind_challenge", default="Herausforderung")),
    ("requirement", _("result_kind_requirement", default="Anforderung")),
    ("recommendation", _("result_kind_recommendation", default="Empfehlung")),
    ("task", _("result_kind_task", default="Aufgabe")),
    ("open_question", _("result_kind_open_question", default="Offene Frage")),
)

RESULT_STATUSES = _vocabulary(
    ("identified", _("result_status_identified", default="Benannt")),
    ("agreed", _("result_status_agreed", default="Vereinbart")),
    ("in_progress", _("result_status_in_progress", default="In Umsetzung")),
    ("implemented", _("result_status_implemented", default="Umgesetzt")),
    ("dropped", _("result_status_dropped", default="Verworfen")),
)

IMPLEMENTATION_STATUSES = _vocabulary(
    ("concept", _("implementation_concept", default="Konzeption")),
    ("decision", _("implementation_decision", default="Beschlussfassung")),
    ("setup", _("implementation_setup", default="Aufbau")),
    ("operating", _("implementation_operating", default="In Betrieb")),
)


@provider(IVocabularyFactory)
def formats(context):
    return FORMATS


@provider(IVocabularyFactory)
def departments(context):
    return DEPARTMENTS


@provider(IVocabularyFactory)
def result_kinds(context):
    return RESULT_KINDS


@provider(IVocabularyFactory)
def result_statuses(context):
    return RESULT_STATUSES


@provider(IVocabularyFactory)
def implementation_statuses(context):
    return IMPLEMENTATION_STATUSES
