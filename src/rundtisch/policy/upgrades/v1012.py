"""1011 -> 1012: the search finds the words of every field (docs/design.md §5);
the workshop overviews offer only Workshops to add (§2).

No profile change: the catalog's full-text index learns the rows, lists,
choices, related items, place and contact of the existing items
(indexers/searchable_text.py); folders shown as `workshop_listing` get
Plone's per-folder add restriction (content/add_menus.py).
"""

from plone import api
from rundtisch.policy import logger
from rundtisch.policy.content.add_menus import restrict_to_workshops


TYPES = ("Workshop", "Result", "CoordinationOffice")


def reindex_searchable_text(setup_tool):
    brains = api.content.find(portal_type=TYPES, unrestricted=True)
    for brain in brains:
        brain._unrestrictedGetObject().reindexObject(idxs=["SearchableText"])
    logger.info("Full text of %d items reindexed", len(brains))


def restrict_workshop_folders(setup_tool):
    for brain in api.content.find(portal_type="Folder", unrestricted=True):
        folder = brain._unrestrictedGetObject()
        if folder.getLayout() == "workshop_listing":
            restrict_to_workshops(folder)
