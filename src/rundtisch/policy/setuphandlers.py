"""Install and uninstall handlers of the policy profiles."""

from plone.base.interfaces import INonInstallable
from zope.interface import implementer


@implementer(INonInstallable)
class HiddenProfiles:
    """Keep the technical profiles out of the add-on control panel."""

    def getNonInstallableProfiles(self):
        return [
            "rundtisch.policy:uninstall",
        ]

    def getNonInstallableProducts(self):
        return []
