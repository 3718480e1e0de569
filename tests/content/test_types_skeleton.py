"""The three types exist with the §2 field names (the public REST contract)."""

from plone.dexterity.utils import iterSchemataForType

import pytest


FIELDS = {
    "Workshop": {
        "start",
        "end",
        "whole_day",
        "open_end",
        "location",
        "contact_name",
        "contact_email",
        "contact_phone",
        "image",
        "image_caption",
        "text",
        "series_number",
        "event_format",
        "focus",
        "topics",
        "speakers",
        "hosts",
        "departments",
        "registration_enabled",
        "capacity",
        "registration_start",
        "registration_end",
        "waitlist_enabled",
    },
    "Result": {"result_kind", "topics", "status", "workshops", "text"},
    "CoordinationOffice": {
        "mandate",
        "tasks",
        "professional_requirements",
        "personal_requirements",
        "implementation_status",
        "milestones",
        "based_on",
        "reference_models",
        "contact_name",
        "contact_email",
        "contact_phone",
    },
}


@pytest.mark.parametrize("portal_type", sorted(FIELDS))
def test_type_has_the_contract_fields(portal, portal_type):
    names = set()
    for schema in iterSchemataForType(portal_type):
        names.update(schema.names())
    assert FIELDS[portal_type] <= names


def test_vocabularies_have_german_titles(portal):
    from zope.component import getUtility
    from zope.i18n import translate
    from zope.schema.interfaces import IVocabularyFactory

    formats = getUtility(IVocabularyFactory, "rundtisch.formats")(portal)
    title = translate(formats.getTerm("round_table").title, target_language="de")
    assert title == "Runder Tisch"
    topics = getUtility(IVocabularyFactory, "rundtisch.topics")(portal)
    assert topics.getTerm("grundstuecke").title == "Grundstücke"
