"""The items a page links through a relation field."""

from plone import api


def related_brains(obj, field_name, sort_on="sortable_title", **query):
    """Catalog brains of the items `obj` points to through the relation list
    `field_name`: found through the catalog, so only those the visitor may view."""
    uids = [
        api.content.get_uuid(relation.to_object)
        for relation in getattr(obj, field_name, None) or ()
        if not relation.isBroken() and relation.to_object is not None
    ]
    if not uids:
        return []
    return api.content.find(UID=uids, sort_on=sort_on, **query)
