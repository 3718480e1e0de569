"""Every vocabulary of §2 resolves its tokens to German titles."""

from zope.component import getUtility
from zope.i18n import translate
from zope.schema.interfaces import IVocabularyFactory

import pytest


EXPECTED = {
    "rundtisch.formats": {
        "workshop": "Workshop",
        "round_table": "Runder Tisch",
        "kickoff": "Auftaktveranstaltung",
        "other": "Sonstiges",
    },
    "rundtisch.departments": {
        "gb_soziales": "Geschäftsbereich Arbeit, Soziales, Gesundheit und Wohnen",
        "gb_stadtentwicklung": "Geschäftsbereich Stadtentwicklung, Bau, Verkehr und Liegenschaften",
    },
    "rundtisch.result_kinds": {
        "challenge": "Herausforderung",
        "requirement": "Anforderung",
        "recommendation": "Empfehlung",
        "task": "Aufgabe",
        "open_question": "Offene Frage",
    },
    "rundtisch.result_statuses": {
        "identified": "Benannt",
        "agreed": "Vereinbart",
        "in_progress": "In Umsetzung",
        "implemented": "Umgesetzt",
        "dropped": "Verworfen",
    },
    "rundtisch.implementation_statuses": {
        "concept": "Konzeption",
        "decision": "Beschlussfassung",
        "setup": "Aufbau",
        "operating": "In Betrieb",
    },
    "rundtisch.topics": {
        "gruppenbegleitung": "Gruppenbegleitung",
        "inklusion": "Inklusion",
        "wohnen_im_alter": "Wohnen im Alter",
        "foerderung": "Förderlandschaft",
        "grundstuecke": "Grundstücke",
        "koordinierungsstelle": "Koordinierungsstelle",
        "stadtgesellschaft": "Einbindung in die Stadtgesellschaft",
        "vernetzung": "Vernetzung und Austausch",
    },
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_vocabulary_has_german_titles(portal, name):
    vocabulary = getUtility(IVocabularyFactory, name)(portal)
    titles = {
        term.token: translate(term.title, target_language="de") for term in vocabulary
    }
    assert titles == EXPECTED[name]
