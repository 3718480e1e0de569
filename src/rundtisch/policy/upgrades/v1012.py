"""1011 -> 1012: the search finds the words of every field (docs/design.md §5);
the workshop overviews offer only Workshops to add (§2).

No profile change: the catalog's full-text index learns the rows, lists,
choices, related items, place and contact of the existing items
(indexers/searchable_text.py); folders shown as `workshop_listing` get
Plone's per-folder add restriction (content/add_menus.py); the editor
settings (one text format, no TinyMCE promotion) come from their own registry
file, so nothing else an administrator set is reset.
"""

from plone import api
from rundtisch.policy import logger
from rundtisch.policy.content.add_menus import restrict_to_workshops
from rundtisch.policy.upgrades.registry_file import import_registry_file


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
            # Plone checks the types against what the current user may add;
            # an upgrade also runs from scripts without a user.
            with api.env.adopt_roles(["Manager"]):
                restrict_to_workshops(folder)


def import_editor_settings(setup_tool):
    import_registry_file(setup_tool, "registry/editor.xml")
