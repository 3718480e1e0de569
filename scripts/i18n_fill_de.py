"""Fill the empty msgstr entries of the German catalogue.

Our msgids carry German defaults (``_("msgid", default="Deutscher Text")``,
or German literal msgids in templates and GenericSetup XML), so the German
translation of an untranslated entry is its default. The few English msgids
(GenericSetup action titles, caching ruleset descriptions) are translated
here. Existing translations are never overwritten, except those i18ndude
marks fuzzy: their German default changed, so the default is the new text.
"""

from i18ndude.catalog import MessageCatalog
from i18ndude.catalog import POWriter

import sys


ENGLISH = {
    "Edit": "Bearbeiten",
    "View": "Anzeigen",
    "Forms": "Formulare",
    "Edit, login and sign-up forms: never cached.": (
        "Bearbeitungs-, Anmelde- und Login-Formulare: nie zwischengespeichert."
    ),
}

FUZZY = ", fuzzy"  # the comment "#, fuzzy" as i18ndude reads it


def fill(catalog):
    """Give every untranslated or fuzzy entry of `catalog` (i18ndude's
    MessageCatalog) its German text."""
    for msgid, entry in catalog.items():
        if entry.msgstr and FUZZY not in entry.comments:
            continue
        entry.comments = [comment for comment in entry.comments if comment != FUZZY]
        entry.msgstr = ENGLISH.get(msgid, entry.getDefault() or msgid)


if __name__ == "__main__":
    for path in sys.argv[1:]:
        catalog = MessageCatalog(filename=path)
        fill(catalog)
        with open(path, "w", encoding="utf-8") as file:
            # Written as `i18ndude sync` writes it (scripts/i18n.sh).
            POWriter(file, catalog).write(msgstrToComment=False, sync=True)
