"""Catalog results (``@search``, folder ``items``) with vocabulary titles.

The catalog stores vocabulary tokens (``topics``, ``event_format``, ...); a
consumer asking for them in ``metadata_fields`` gets the same
``{"token", "title"}`` shape as in the full content serialization.
"""

from plone.restapi.interfaces import ISerializeToJsonSummary
from plone.restapi.serializer.converters import json_compatible
from plone.restapi.serializer.summary import DefaultJSONSummarySerializer
from Products.ZCatalog.interfaces import ICatalogBrain
from rundtisch.policy.interfaces import IRundtischPolicyLayer
from rundtisch.policy.restapi.serializers.terms import as_term
from rundtisch.policy.restapi.serializers.terms import as_terms
from rundtisch.policy.vocabularies.lookup import vocabulary
from zope.component import adapter
from zope.interface import implementer


COLUMN_VOCABULARIES = {
    "topics": "rundtisch.topics",
    "event_format": "rundtisch.formats",
    "result_kind": "rundtisch.result_kinds",
    "result_status": "rundtisch.result_statuses",
    "departments": "rundtisch.departments",
}


@implementer(ISerializeToJsonSummary)
@adapter(ICatalogBrain, IRundtischPolicyLayer)
class BrainSummarySerializer(DefaultJSONSummarySerializer):
    def __call__(self):
        summary = super().__call__()
        for column in COLUMN_VOCABULARIES.keys() & summary.keys():
            value = summary[column]
            if value is None:
                continue
            # Built once per request, not per result: a page has up to 1000 rows.
            vocab = vocabulary(COLUMN_VOCABULARIES[column], self.context)
            if isinstance(value, list):
                summary[column] = [json_term(term) for term in as_terms(vocab, value)]
            else:
                summary[column] = json_term(as_term(vocab, value))
        return summary


def json_term(term):
    """`term` JSON-ready. Plain strings (tokens, the topics' titles from the
    registry) are taken as they are; only i18n messages (the fixed
    vocabularies' titles) go through plone.restapi's converter, which
    translates them. json_compatible on the whole list looked up a converter
    for the list, each dict and each key and value (11 adapter lookups for a
    hit with two topics): in the profile of `@search` the largest cost we
    added to a stock listing (benchmarks/README.md)."""
    if term is None:
        return None
    return {key: plain(value) for key, value in term.items()}


def plain(value):
    return value if type(value) is str else json_compatible(value)
