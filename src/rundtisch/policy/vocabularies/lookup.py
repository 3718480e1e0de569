"""Vocabularies looked up once per request, and the titles of their tokens
for display (unknown tokens are shown as they are)."""

from zope.annotation.interfaces import IAnnotations
from zope.component import getUtility
from zope.globalrequest import getRequest
from zope.schema.interfaces import IVocabularyFactory


CACHE_KEY = "rundtisch.policy.vocabularies"


def vocabulary(name, context=None):
    """The vocabulary `name`, built once per request: a page or a REST
    listing looks up many titles, and the topics vocabulary is read from the
    registry."""
    request = getRequest()
    cache = {} if request is None else IAnnotations(request).setdefault(CACHE_KEY, {})
    if name not in cache:
        cache[name] = getUtility(IVocabularyFactory, name)(context)
    return cache[name]


def title(vocabulary_name, token, context=None):
    if not token:
        return None
    try:
        return vocabulary(vocabulary_name, context).getTermByToken(token).title
    except LookupError:
        # A topic removed from the control panel keeps its token on old content.
        return token


def titles(vocabulary_name, tokens, context=None):
    return [title(vocabulary_name, token, context) for token in tokens or ()]


def terms(vocabulary_name, context=None):
    """(token, title) pairs in the vocabulary's order."""
    return [(term.token, term.title) for term in vocabulary(vocabulary_name, context)]
