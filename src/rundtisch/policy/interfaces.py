"""Marker interfaces of the policy add-on."""

from zope.publisher.interfaces.browser import IDefaultBrowserLayer


class IRundtischPolicyLayer(IDefaultBrowserLayer):
    """Browser layer: views and resources of this add-on are registered for it."""
