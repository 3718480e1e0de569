"""Fixed vocabularies: their tokens are part of the public REST contract."""

from rundtisch.policy import _
from rundtisch.policy.workflow.departments import DEPARTMENTS
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary


def _fixed(*terms):
    """A vocabulary factory that gives every context the same (token, title) terms."""
    vocabulary = SimpleVocabulary(
        [SimpleTerm(token, token, title) for token, title in terms]
    )

    @provider(IVocabularyFactory)
    def factory(context):
        return vocabulary

    return factory


formats = _fixed(
    ("workshop", _("format_workshop", default="Workshop")),
    ("round_table", _("format_round_table", default="Runder Tisch")),
    ("kickoff", _("format_kickoff", default="Auftaktveranstaltung")),
    ("other", _("format_other", default="Sonstiges")),
)

# The reviewing departments' table is the one source (workflow/departments.py).
departments = _fixed(
    *((department.token, department.long_title) for department in DEPARTMENTS)
)

result_kinds = _fixed(
    ("challenge", _("result_kind_challenge", default="Herausforderung")),
    ("requirement", _("result_kind_requirement", default="Anforderung")),
    ("recommendation", _("result_kind_recommendation", default="Empfehlung")),
    ("task", _("result_kind_task", default="Aufgabe")),
    ("open_question", _("result_kind_open_question", default="Offene Frage")),
)

result_statuses = _fixed(
    ("identified", _("result_status_identified", default="Benannt")),
    ("agreed", _("result_status_agreed", default="Vereinbart")),
    ("in_progress", _("result_status_in_progress", default="In Umsetzung")),
    ("implemented", _("result_status_implemented", default="Umgesetzt")),
    ("dropped", _("result_status_dropped", default="Verworfen")),
)

implementation_statuses = _fixed(
    ("concept", _("implementation_concept", default="Konzeption")),
    ("decision", _("implementation_decision", default="Beschlussfassung")),
    ("setup", _("implementation_setup", default="Aufbau")),
    ("operating", _("implementation_operating", default="In Betrieb")),
)
