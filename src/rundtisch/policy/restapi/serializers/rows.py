"""Table fields (collective.z3cform.datagridfield rows) in REST.

plone.restapi serializes a row as the stored dict, so a Choice column such as
the host's ``department`` would come out as a bare token. Here Choice columns
get the ``{"token", "title"}`` shape of every other vocabulary value.
"""

from collective.z3cform.datagridfield.interfaces import IRow
from plone.restapi.interfaces import IFieldSerializer
from plone.restapi.serializer.converters import json_compatible
from plone.restapi.serializer.dxfields import CollectionFieldSerializer
from rundtisch.policy.interfaces import IRundtischPolicyLayer
from rundtisch.policy.interfaces import IWorkshopContent
from rundtisch.policy.restapi.serializers.terms import as_term
from zope.component import adapter
from zope.interface import implementer
from zope.schema import getFields
from zope.schema.interfaces import IChoice
from zope.schema.interfaces import IList


# Registered for the Workshop only: its `hosts` table is the one with a
# vocabulary column; other lists keep plone.restapi's serializer.
@adapter(IList, IWorkshopContent, IRundtischPolicyLayer)
@implementer(IFieldSerializer)
class RowsFieldSerializer(CollectionFieldSerializer):
    def __call__(self):
        if not IRow.providedBy(self.field.value_type):
            return super().__call__()
        choices = {
            name: column.bind(self.context).vocabulary
            for name, column in getFields(self.field.value_type.schema).items()
            if IChoice.providedBy(column)
        }
        rows = []
        for row in self.get_value() or ():
            row = dict(row)
            for name, vocab in choices.items():
                if row.get(name) is not None:
                    row[name] = as_term(vocab, row[name])
            rows.append(row)
        return json_compatible(rows)
