"""Install handlers of the policy profiles."""

from plone import api
from plone.base.interfaces import INonInstallable
from rundtisch.policy.groups import ensure_groups
from rundtisch.policy.legal.pages import ensure_legal_pages
from rundtisch.policy.operations.checks.login_throttle import install_login_throttle
from zope.interface import implementer


@implementer(INonInstallable)
class HiddenProfiles:
    """Keep the technical profiles out of the add-on control panel."""

    def getNonInstallableProfiles(self):
        return [
            "rundtisch.policy:caching",
            "rundtisch.policy:uninstall",
            "rundtisch.policy:demo",
        ]

    def getNonInstallableProducts(self):
        return []


def post_install(context):
    """Configuration that GenericSetup XML cannot express (groups, the login
    throttle's PAS plugin), and the legal pages as drafts for the editors
    to complete."""
    ensure_groups()
    ensure_legal_pages()
    install_login_throttle(api.portal.get())
