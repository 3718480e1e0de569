"""Settings of the "Runder Tisch" control panel are read through
IRundtischSettings (controlpanels/settings.py `rundtisch_setting`)."""

from plone import api
from plone.registry.interfaces import IRegistry
from rundtisch.policy.controlpanels.settings import rundtisch_setting
from zope.component import getUtility
from zope.schema.interfaces import IVocabularyFactory

import pytest


def test_a_setting_reads_what_the_control_panel_stores(portal):
    api.portal.set_registry_record("rundtisch.policy.retention_days", 7)
    api.portal.set_registry_record("rundtisch.policy.topics", ["miete|Miete"])
    assert rundtisch_setting("retention_days") == 7
    assert rundtisch_setting("topics") == ["miete|Miete"]


def test_zero_days_is_a_value_not_a_missing_record(portal):
    api.portal.set_registry_record("rundtisch.policy.retention_days", 0)
    assert rundtisch_setting("retention_days") == 0


def test_a_missing_record_gives_the_field_default(portal):
    del getUtility(IRegistry).records["rundtisch.policy.retention_days"]
    assert rundtisch_setting("retention_days") == 30


def test_a_name_that_is_no_setting_is_refused(portal):
    with pytest.raises(KeyError):
        rundtisch_setting("retention")


def test_the_topics_vocabulary_reads_the_setting(portal):
    api.portal.set_registry_record(
        "rundtisch.policy.topics", ["miete|Miete und Kosten"]
    )
    vocabulary = getUtility(IVocabularyFactory, "rundtisch.topics")(portal)
    terms = [(term.token, term.title) for term in vocabulary]
    assert terms == [("miete", "Miete und Kosten")]
