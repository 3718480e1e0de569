"""`rundtisch.topics`: the themes of the round table, kept in the registry.

Site administrators edit them in the "Runder Tisch" control panel; each line
is ``token|Titel``.
"""

from plone import api
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary


TOPICS_RECORD = "rundtisch.policy.topics"


def parse_topic(line):
    """Split ``token|Titel`` into (token, title); a bare token is its own title."""
    token, _sep, title = line.partition("|")
    token = token.strip()
    return token, (title.strip() or token)


@provider(IVocabularyFactory)
def topics(context):
    lines = api.portal.get_registry_record(TOPICS_RECORD, default=None) or []
    terms = []
    seen = set()
    for line in lines:
        token, title = parse_topic(line)
        if token and token not in seen:
            seen.add(token)
            terms.append(SimpleTerm(token, token, title))
    return SimpleVocabulary(terms)
