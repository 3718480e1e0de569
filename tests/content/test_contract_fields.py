"""The three types carry the §2 field names (the public REST contract)."""

from contract import CONTRACT_FIELDS
from plone.dexterity.utils import iterSchemataForType

import pytest


@pytest.mark.parametrize("portal_type", sorted(CONTRACT_FIELDS))
def test_type_has_the_contract_fields(portal, portal_type):
    names = set()
    for schema in iterSchemataForType(portal_type):
        names.update(schema.names())
    assert CONTRACT_FIELDS[portal_type] <= names


def test_vocabularies_have_german_titles(portal):
    from zope.component import getUtility
    from zope.i18n import translate
    from zope.schema.interfaces import IVocabularyFactory

    formats = getUtility(IVocabularyFactory, "rundtisch.formats")(portal)
    title = translate(formats.getTerm("round_table").title, target_language="de")
    assert title == "Runder Tisch"
    topics = getUtility(IVocabularyFactory, "rundtisch.topics")(portal)
    assert topics.getTerm("grundstuecke").title == "Grundstücke"
