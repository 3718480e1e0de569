"""What the "Hinzufügen" menu offers where (docs/design.md §2).

Types carry their own rules in `profiles/default/types/` (the results
folder takes Results, a workshop Results, photos and files). A plain Folder
shown as the workshop overview (`workshop_listing`, like /veranstaltungen)
would offer every globally addable type, among them Plone's "Termin" right
above "Workshop"; Plone's own per-folder restriction ("Einschränkungen" in
the menu) narrows it to what belongs there. Editors and administrators can
still change it in the same menu.
"""

from plone.base.interfaces.constrains import ENABLED
from plone.base.interfaces.constrains import ISelectableConstrainTypes


# Results are written inside a workshop or in the results folder.
WORKSHOP_FOLDER_TYPES = ["Workshop"]


def restrict_to_workshops(folder):
    constrains = ISelectableConstrainTypes(folder)
    constrains.setConstrainTypesMode(ENABLED)
    constrains.setLocallyAllowedTypes(WORKSHOP_FOLDER_TYPES)
    constrains.setImmediatelyAddableTypes(WORKSHOP_FOLDER_TYPES)
