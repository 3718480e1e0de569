"""1006 -> 1007: the `workshop_uids` index (indexers/workshops.py)."""

from plone import api


def index_workshops_of_results(setup_tool):
    """Fill the new index: the catalog step adds it empty."""
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(portal_type="Result"):
        brain._unrestrictedGetObject().reindexObject(idxs=["workshop_uids"])
