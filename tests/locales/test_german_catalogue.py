"""locales/de is complete and is what Zope uses for German."""

from i18ndude.catalog import MessageCatalog
from pathlib import Path
from zope.i18n import translate


LOCALES = Path(__file__).resolve().parents[2] / "src/rundtisch/policy/locales"
GERMAN = LOCALES / "de/LC_MESSAGES/rundtisch.policy.po"


def test_every_msgid_has_a_german_translation():
    """A msgid added without `make i18n` fails here."""
    pot = MessageCatalog(filename=str(LOCALES / "rundtisch.policy.pot"))
    german = MessageCatalog(filename=str(GERMAN))
    assert set(pot) - set(german) == set()
    assert [msgid for msgid in pot if not german[msgid].msgstr] == []


def test_english_msgids_are_german_in_the_portal(portal):
    """Action titles of our types are English msgids; German comes from the .po."""
    assert translate("View", domain="rundtisch.policy", target_language="de") == (
        "Anzeigen"
    )
    assert translate("Edit", domain="rundtisch.policy", target_language="de") == (
        "Bearbeiten"
    )


def test_german_text_is_the_german_default():
    """The defaults are German: a translation that differs is a corrupted
    catalogue (e.g. text doubled by a bad merge), not a choice."""
    differing = {
        msgid: entry.msgstr
        for msgid, entry in MessageCatalog(filename=str(GERMAN)).items()
        if entry.getDefault() is not None and entry.msgstr != entry.getDefault()
    }
    assert differing == {}
