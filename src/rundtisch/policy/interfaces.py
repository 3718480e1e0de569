"""Marker interfaces of the policy add-on."""

from zope.interface import Interface
from zope.publisher.interfaces.browser import IDefaultBrowserLayer


class IRundtischPolicyLayer(IDefaultBrowserLayer):
    """Browser layer: views and resources of this add-on are registered for it."""


class IWorkshopContent(Interface):
    """Marker of the Workshop type."""


class IResultContent(Interface):
    """Marker of the Result type."""


class ICoordinationOfficeContent(Interface):
    """Marker of the CoordinationOffice type."""
