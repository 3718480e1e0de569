"""The Workshop type: a folderish event that holds its results and sign-up form."""

from plone.dexterity.content import Container
from rundtisch.policy.interfaces import IWorkshopContent
from zope.interface import implementer


@implementer(IWorkshopContent)
class Workshop(Container):
    """Fields come from behaviours (see profiles/default/types/Workshop.xml)."""
