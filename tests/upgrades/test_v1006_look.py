"""Upgrade 1005 -> 1006 brings an existing site the portal's look."""

from plone import api
from plone.app.portlets.portlets import classic
from plone.base.interfaces.resources import IBundleRegistry
from plone.portlets.interfaces import IPortletAssignmentMapping
from plone.portlets.interfaces import IPortletManager
from plone.registry.interfaces import IRegistry
from zope.component import getMultiAdapter
from zope.component import getUtility

import pytest


PROFILE = "rundtisch.policy:default"
BUNDLE = "plone.bundles/rundtisch-theme"


@pytest.fixture
def site_at_1005(portal, setup_tool):
    """A site as the profile left it before the look existed."""
    registry = getUtility(IRegistry)
    for key in [key for key in registry.records.keys() if key.startswith(BUNDLE)]:
        del registry.records[key]
    fti = api.portal.get_tool("portal_types")["Plone Site"]
    fti.default_view = "listing_view"
    fti.view_methods = tuple(v for v in fti.view_methods if v != "rundtisch-startseite")
    manager = getUtility(IPortletManager, name="plone.footerportlets")
    mapping = getMultiAdapter((portal, manager), IPortletAssignmentMapping)
    mapping["colophon"] = classic.Assignment(template="colophon", macro="")
    api.portal.set_registry_record("rundtisch.policy.retention_days", 90)
    setup_tool.setLastVersionForProfile(PROFILE, "1005")
    return portal, mapping


def test_upgrade_adds_bundle_front_page_and_footer(site_at_1005, setup_tool):
    portal, footer = site_at_1005
    setup_tool.upgradeProfile(PROFILE, dest="1006")
    registry = getUtility(IRegistry)
    bundle = registry.forInterface(IBundleRegistry, prefix=BUNDLE)
    assert bundle.csscompilation == "++plone++rundtisch.policy/rundtisch.css"
    assert portal.getLayout() == "rundtisch-startseite"
    assert "colophon" not in footer
    assert setup_tool.getLastVersionForProfile(PROFILE) == ("1006",)


def test_upgrade_keeps_settings_that_administrators_changed(site_at_1005, setup_tool):
    setup_tool.upgradeProfile(PROFILE, dest="1006")
    assert api.portal.get_registry_record("rundtisch.policy.retention_days") == 90
