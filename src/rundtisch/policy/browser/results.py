"""Results as the pages list them: found through the catalog, so only what the
visitor may see, with the titles of their kind, status and topics."""

from plone import api
from rundtisch.policy.browser.vocabularies import title
from rundtisch.policy.browser.vocabularies import titles


def summaries(brains):
    """Dicts for the result list snippet (templates/snippets.pt)."""
    return [
        {
            "title": brain.Title,
            "description": brain.Description,
            "url": brain.getURL(),
            "kind": brain.result_kind,
            "kind_title": title("rundtisch.result_kinds", brain.result_kind),
            "status_title": title("rundtisch.result_statuses", brain.result_status),
            "topics": titles("rundtisch.topics", brain.topics),
        }
        for brain in brains
    ]


def by_uid(uids, sort_on="sortable_title", **query):
    """Catalog brains of `uids` the current user may view."""
    if not uids:
        return []
    return api.content.find(UID=list(uids), sort_on=sort_on, **query)


def related_uids(obj, field_name):
    """UIDs of the objects `obj` points to through the relation list `field_name`."""
    return [
        api.content.get_uuid(relation.to_object)
        for relation in getattr(obj, field_name, None) or ()
        if not relation.isBroken() and relation.to_object is not None
    ]
