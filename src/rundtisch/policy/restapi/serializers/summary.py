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
from rundtisch.policy.restapi.serializers.terms import vocabulary
from zope.component import adapter
from zope.interface import implementer


COLUMN_VOCABULARIES = {
    "topics": "rundtisch.topics",
    "event_format": "rundtisch.formats",
    "result_kind": "rundtisch.result_kinds",
    "result_status": "rundtisch.result_statuses",
    "departments": "rundtisch.departments",
}
_CACHE_KEY = "_rundtisch_summary_vocabularies"


@implementer(ISerializeToJsonSummary)
@adapter(ICatalogBrain, IRundtischPolicyLayer)
class BrainSummarySerializer(DefaultJSONSummarySerializer):
    def __call__(self):
        summary = super().__call__()
        for column in COLUMN_VOCABULARIES.keys() & summary.keys():
            value = summary[column]
            if value is None:
                continue
            vocab = self._vocabulary(column)
            if isinstance(value, list):
                summary[column] = json_compatible(as_terms(vocab, value))
            else:
                summary[column] = json_compatible(as_term(vocab, value))
        return summary

    def _vocabulary(self, column):
        # One lookup per request, not per result: a page has up to 1000 rows.
        cache = self.request.get(_CACHE_KEY)
        if cache is None:
            cache = {}
            self.request.set(_CACHE_KEY, cache)
        if column not in cache:
            cache[column] = vocabulary(COLUMN_VOCABULARIES[column], self.context)
        return cache[column]
