"""Catalog values of our behaviour fields.

Each indexer is registered for every object but answers only for content
that has the behaviour. Without that, the catalog's plain attribute lookup
would acquire a Workshop's `topics` for the images and forms inside it.
"""

from plone.indexer import indexer
from rundtisch.policy.behaviors.result import IResult
from rundtisch.policy.behaviors.topics import ITopics
from rundtisch.policy.behaviors.workshop import IWorkshop
from zope.interface import Interface


def field_indexer(schema, field_name):
    """An indexer for `field_name` of the behaviour `schema`."""

    @indexer(Interface)
    def index(obj):
        if not schema.providedBy(obj):
            raise AttributeError(field_name)
        return getattr(obj, field_name)

    return index


topics = field_indexer(ITopics, "topics")
result_kind = field_indexer(IResult, "result_kind")
result_status = field_indexer(IResult, "status")
event_format = field_indexer(IWorkshop, "event_format")
series_number = field_indexer(IWorkshop, "series_number")
departments = field_indexer(IWorkshop, "departments")
focus = field_indexer(IWorkshop, "focus")
