"""1011 -> 1012: the search finds the words of every field (docs/design.md §5).

No profile change: the catalog's full-text index learns the rows, lists,
choices, related items, place and contact of the existing items
(indexers/searchable_text.py).
"""

from plone import api
from rundtisch.policy import logger


TYPES = ("Workshop", "Result", "CoordinationOffice")


def reindex_searchable_text(setup_tool):
    brains = api.content.find(portal_type=TYPES, unrestricted=True)
    for brain in brains:
        brain._unrestrictedGetObject().reindexObject(idxs=["SearchableText"])
    logger.info("Full text of %d items reindexed", len(brains))
