"""The German we ship for other packages' domains (rundtisch/policy/german)."""

from i18ndude.catalog import MessageCatalog
from pathlib import Path
from pythongettext.msgfmt import Msgfmt

import pytest


ROOT = Path(__file__).resolve().parents[2]
OVERRIDES = ROOT / "src/rundtisch/policy/german/locales"
PO_FILES = sorted(OVERRIDES.glob("*/LC_MESSAGES/*.po"))


def test_there_are_override_catalogues():
    names = {path.name for path in PO_FILES}
    assert {"plone.po", "z3c.form.po", "collective.z3cform.datagridfield.po"} <= names


@pytest.mark.parametrize("path", PO_FILES, ids=lambda path: path.name)
def test_every_entry_is_translated_and_the_file_compiles(path):
    entries = MessageCatalog(filename=str(path))
    assert entries, "no entries"
    assert [msgid for msgid, entry in entries.items() if not entry.msgstr] == []
    # zope.i18n compiles the .po files this way at startup.
    assert Msgfmt(str(path), name=path.stem).get()


@pytest.mark.parametrize("path", PO_FILES, ids=lambda path: path.name)
def test_every_file_says_why_it_exists(path):
    assert path.read_text(encoding="utf-8").startswith("# ")


def test_the_instance_registers_them_before_every_other_catalogue():
    """zope.i18n takes a msgid from the first catalogue of a domain that has
    it; ours must come before plone.app.locales and z3c.form, which
    five:loadProducts pulls in."""
    site = (ROOT / "instance/templates/site.zcml").read_text(encoding="utf-8")
    ours = site.index('package="rundtisch.policy.german"')
    assert ours < site.index("<five:loadProducts")
    assert 'file="locales.zcml"' in site[ours : site.index("/>", ours)]


def test_translations_of_other_domains_are_used(portal):
    """In the test layer our catalogue comes after the others: it fills what
    they leave untranslated."""
    from zope.i18n import translate

    assert translate(
        "label_datagridwidget_manipulators_addrow",
        domain="collective.z3cform.datagridfield",
        target_language="de",
    ) == ("Zeile hinzufügen")
    assert translate(
        "label_toggle_navigation", domain="plone", target_language="de"
    ) == ("Hauptmenü ein- und ausblenden")
