"""Relations in REST: only to what the reader may see, as followable summaries.

plone.restapi resolves a relation without a permission check, so a published
Result pointing at a Workshop still in review would reveal that workshop's
title and description to anonymous readers. These serializers drop targets
the current user may not view. A Workshop's summary also carries ``start``
and ``end``, so a consumer can list a Result's workshops without another call.
"""

from plone import api
from plone.dexterity.interfaces import IDexterityContent
from plone.restapi.interfaces import IFieldSerializer
from plone.restapi.interfaces import ISerializeToJsonSummary
from plone.restapi.serializer.relationfield import RelationChoiceFieldSerializer
from plone.restapi.serializer.relationfield import RelationListFieldSerializer
from plone.restapi.serializer.summary import DefaultJSONSummarySerializer
from rundtisch.policy.interfaces import IRundtischPolicyLayer
from rundtisch.policy.interfaces import IWorkshopContent
from z3c.relationfield.interfaces import IRelationChoice
from z3c.relationfield.interfaces import IRelationList
from zope.component import adapter
from zope.interface import implementer


def is_visible(relation):
    target = relation.to_object
    return target is not None and api.user.has_permission("View", obj=target)


@adapter(IRelationList, IDexterityContent, IRundtischPolicyLayer)
@implementer(IFieldSerializer)
class VisibleRelationListSerializer(RelationListFieldSerializer):
    def get_value(self, default=None):
        return [relation for relation in super().get_value() if is_visible(relation)]


@adapter(IRelationChoice, IDexterityContent, IRundtischPolicyLayer)
@implementer(IFieldSerializer)
class VisibleRelationChoiceSerializer(RelationChoiceFieldSerializer):
    def get_value(self, default=None):
        relation = super().get_value(default)
        if relation is None or not is_visible(relation):
            return default
        return relation


@implementer(ISerializeToJsonSummary)
@adapter(IWorkshopContent, IRundtischPolicyLayer)
class WorkshopSummarySerializer(DefaultJSONSummarySerializer):
    """Summary of a Workshop object (relations, ``items``): with its dates."""

    def metadata_fields(self):
        return super().metadata_fields() | {"start", "end"}
