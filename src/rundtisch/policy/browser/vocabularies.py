"""Titles of vocabulary tokens for display; unknown tokens are shown as they are."""

from zope.component import getUtility
from zope.schema.interfaces import IVocabularyFactory


def title(vocabulary_name, token, context=None):
    if not token:
        return None
    vocabulary = getUtility(IVocabularyFactory, vocabulary_name)(context)
    try:
        return vocabulary.getTermByToken(token).title
    except LookupError:
        # A topic removed from the control panel keeps its token on old content.
        return token


def titles(vocabulary_name, tokens, context=None):
    return [title(vocabulary_name, token, context) for token in tokens or ()]


def terms(vocabulary_name, context=None):
    """(token, title) pairs in the vocabulary's order."""
    vocabulary = getUtility(IVocabularyFactory, vocabulary_name)(context)
    return [(term.token, term.title) for term in vocabulary]
