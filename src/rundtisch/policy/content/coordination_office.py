"""The CoordinationOffice type: the page of the Koordinierungsstelle."""

from plone.dexterity.content import Container
from rundtisch.policy.interfaces import ICoordinationOfficeContent
from zope.interface import implementer


@implementer(ICoordinationOfficeContent)
class CoordinationOffice(Container):
    """Fields come from behaviours (see profiles/default/types/CoordinationOffice.xml)."""
