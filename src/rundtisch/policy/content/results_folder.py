"""The ResultsFolder type: where results live that no single workshop owns.

Why a type of its own and not a plain Folder with "restrict types": a
Result is not globally addable (it belongs in a Workshop), and Plone only
lets a Folder's type restriction choose among the types the Folder FTI
already allows, i.e. the globally addable ones. A small container type whose
FTI allows exactly Result keeps Results out of every other folder, and its
default view is the results overview.
"""

from plone.dexterity.content import Container
from rundtisch.policy.interfaces import IResultsFolderContent
from zope.interface import implementer


@implementer(IResultsFolderContent)
class ResultsFolder(Container):
    """Fields come from behaviours (see profiles/default/types/ResultsFolder.xml)."""
