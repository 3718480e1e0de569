"""Fill the empty msgstr entries of the German catalogue.

Our msgids carry German defaults (``_("msgid", default="Deutscher Text")``,
or German literal msgids in templates and GenericSetup XML), so the German
translation of an untranslated entry is its default. The few English msgids
(GenericSetup action titles, caching ruleset descriptions) are translated
here. Existing translations are never overwritten, except those i18ndude
marks fuzzy: their German default changed, so the default is the new text.
"""

from pathlib import Path

import re
import sys


ENGLISH = {
    "Edit": "Bearbeiten",
    "View": "Anzeigen",
    "Forms": "Formulare",
    "Edit, login and sign-up forms: never cached.": (
        "Bearbeitungs-, Anmelde- und Login-Formulare: nie zwischengespeichert."
    ),
}

# A PO string, possibly continued on the following lines.
STRING = r'"(?:[^"\\]|\\.)*"(?:\n"(?:[^"\\]|\\.)*")*'
ENTRY = re.compile(
    rf"(?P<head>(?:^#.*\n)*)^msgid (?P<msgid>{STRING})\n^msgstr (?P<msgstr>{STRING})$",
    re.M,
)
FUZZY = re.compile(r"^#, fuzzy\n", re.M)
DEFAULT = re.compile(r'^#\. Default: "((?:[^"\\]|\\.)*)"$', re.M)


def joined(block):
    """The text of a possibly multi-line PO string, still escaped."""
    return "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', block))


def fill(text):
    def replace(match):
        msgid = joined(match.group("msgid"))
        head = match.group("head")
        fuzzy = FUZZY.search(head)
        if not msgid or (joined(match.group("msgstr")) and not fuzzy):
            return match.group(0)  # the header, or already translated
        if fuzzy:
            head = FUZZY.sub("", head)
        default = DEFAULT.search(head)
        german = ENGLISH.get(msgid, default.group(1) if default else msgid)
        return f'{head}msgid {match.group("msgid")}\nmsgstr "{german}"'

    return ENTRY.sub(replace, text)


if __name__ == "__main__":
    for name in sys.argv[1:]:
        path = Path(name)
        path.write_text(fill(path.read_text(encoding="utf-8")), encoding="utf-8")
