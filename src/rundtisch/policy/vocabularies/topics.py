"""`rundtisch.topics`: the themes of the round table, kept in the registry.

Site administrators edit them in the "Runder Tisch" control panel; each line
is ``token|Titel``.
"""

from rundtisch.policy.controlpanels.settings import rundtisch_setting
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary


def parse_topic(line):
    """Split ``token|Titel`` into (token, title); a bare token is its own title."""
    token, _sep, title = line.partition("|")
    token = token.strip()
    return token, (title.strip() or token)


@provider(IVocabularyFactory)
def topics(context):
    lines = rundtisch_setting("topics") or []
    terms = []
    seen = set()
    for line in lines:
        token, title = parse_topic(line)
        if token and token not in seen:
            seen.add(token)
            terms.append(SimpleTerm(token, token, title))
    return SimpleVocabulary(terms)
