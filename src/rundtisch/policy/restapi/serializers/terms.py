"""Vocabulary values as ``{"token", "title"}``, the shape plone.restapi uses for
Choice fields, so consumers read the same shape everywhere in our API."""


def as_term(vocab, value):
    """``{"token", "title"}`` of `value`, or None when it is not (or no longer)
    in the vocabulary, e.g. a topic an administrator has removed."""
    try:
        term = vocab.getTerm(value)
    except LookupError:
        return None
    return {"token": term.token, "title": term.title}


def as_terms(vocab, values):
    terms = (as_term(vocab, value) for value in values or ())
    return [term for term in terms if term is not None]
