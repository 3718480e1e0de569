"""How people are named, found and ordered on pages and in mails."""

from plone import api
from unidecode import unidecode


# German spellings without umlauts: "Mueller" for "Müller", "Strasse".
_GERMAN_SPELLING = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"}
)


def user_name(user_id):
    """A portal user's full name, else the id ("" for none)."""
    user = api.user.get(userid=user_id) if user_id else None
    return (user and user.getProperty("fullname")) or user_id or ""


def participant_name(row):
    """ "Erika Muster" of a sign-up row (easyform's saved data)."""
    return " ".join(filter(None, (row.get("vorname"), row.get("nachname"))))


def fold(text):
    """`text` without case, accents or umlauts: "Öztürk" → "ozturk".

    The same folding as German dictionary order (DIN 5007-1: Ä as A, ß as
    ss), from Unidecode instead of the C library's locale, which the server
    may not have (docs/design.md §4).
    """
    return unidecode(str(text or "")).casefold()


def spellings(text):
    """The ways a person may type `text` at the door: folded ("muller") and
    with German umlaut spelling ("mueller")."""
    text = str(text or "")
    return {fold(text), fold(text.translate(_GERMAN_SPELLING))}


def words_match(query, *texts):
    """Whether every word of `query` is part of one of `texts`, in any order,
    without case, accents or umlauts: "muster bernd" finds "Bernd Muster",
    "Ozturk" and "Oeztuerk" find "Öztürk"."""
    haystacks = set()
    for text in texts:
        haystacks |= spellings(text)
    words = fold(query).split()
    return bool(words) and all(
        any(word in haystack for haystack in haystacks) for word in words
    )


def name_order(row):
    """Sort key of a sign-up row in German order: last name, first name."""
    last, first = row.get("nachname"), row.get("vorname")
    return (fold(last), fold(first), str(last or ""), str(first or ""))
