"""locales/de is complete and is what Zope uses for German."""

from pathlib import Path
from zope.i18n import translate

import re


LOCALES = Path(__file__).resolve().parents[2] / "src/rundtisch/policy/locales"


def test_every_msgid_has_a_german_translation():
    """A msgid added without `make i18n` fails here."""
    pot = set(po_entries(LOCALES / "rundtisch.policy.pot")) - {""}
    german = po_entries(LOCALES / "de/LC_MESSAGES/rundtisch.policy.po")
    assert pot - set(german) == set()
    assert [msgid for msgid in pot if not german[msgid][1]] == []


def test_english_msgids_are_german_in_the_portal(portal):
    """Action titles of our types are English msgids; German comes from the .po."""
    assert translate("View", domain="rundtisch.policy", target_language="de") == (
        "Anzeigen"
    )
    assert translate("Edit", domain="rundtisch.policy", target_language="de") == (
        "Bearbeiten"
    )


def po_entries(path):
    """{msgid: (default, msgstr)} with multi-line strings joined."""
    string = r'(?:"(?:[^"\\]|\\.)*"\n?)+'
    entry = re.compile(
        rf'(?:^#\. Default: "(?P<default>(?:[^"\\]|\\.)*)"\n)?(?:^#.*\n)*'
        rf"^msgid (?P<msgid>{string})msgstr (?P<msgstr>{string})",
        re.M,
    )

    def joined(block):
        return "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', block))

    return {
        joined(match["msgid"]): (match["default"], joined(match["msgstr"]))
        for match in entry.finditer(path.read_text(encoding="utf-8"))
    }


def test_german_text_is_the_german_default():
    """The defaults are German: a translation that differs is a corrupted
    catalogue (e.g. text doubled by a bad merge), not a choice."""
    entries = po_entries(LOCALES / "de/LC_MESSAGES/rundtisch.policy.po")
    differing = {
        msgid: msgstr
        for msgid, (default, msgstr) in entries.items()
        if default is not None and msgstr != default
    }
    assert differing == {}
