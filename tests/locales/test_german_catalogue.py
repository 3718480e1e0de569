"""locales/de is complete and is what Zope uses for German."""

from pathlib import Path
from zope.i18n import translate

import re


LOCALES = Path(__file__).resolve().parents[2] / "src/rundtisch/policy/locales"
MSGID = re.compile(r'^msgid "(.+)"$', re.M)
EMPTY = re.compile(r'^msgid "(.+)"\nmsgstr ""$', re.M)


def test_every_msgid_has_a_german_translation():
    """A msgid added without `make i18n` fails here."""
    pot = set(MSGID.findall((LOCALES / "rundtisch.policy.pot").read_text()))
    po_text = (LOCALES / "de/LC_MESSAGES/rundtisch.policy.po").read_text()
    assert pot - set(MSGID.findall(po_text)) == set()
    assert EMPTY.findall(po_text) == []


def test_english_msgids_are_german_in_the_portal(portal):
    """Action titles of our types are English msgids; German comes from the .po."""
    assert translate("View", domain="rundtisch.policy", target_language="de") == (
        "Anzeigen"
    )
    assert translate("Edit", domain="rundtisch.policy", target_language="de") == (
        "Bearbeiten"
    )
