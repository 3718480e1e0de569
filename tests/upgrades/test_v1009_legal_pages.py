"""Upgrade 1008 -> 1009: legal pages, staff login label, venue behaviour,
links for followers and partner sites, who may see subscribers and import
calendars, and the feeds' syndication settings."""

from plone import api
from plone.app.portlets.portlets import navigation
from plone.portlets.interfaces import IPortletAssignmentMapping
from plone.portlets.interfaces import IPortletManager
from rundtisch.policy.legal.pages import PAGE_IDS
from zope.component import getMultiAdapter
from zope.component import getUtility

import pytest


PROFILE = "rundtisch.policy:default"
BUNDLES = "plone.bundles"
OPERATIONS = "plone.caching.interfaces.ICacheSettings.operationMapping"
SEARCH_FEED = (
    "plone.base.interfaces.syndication.ISiteSyndicationSettings.search_rss_enabled"
)


def left_portlets(portal):
    manager = getUtility(IPortletManager, name="plone.leftcolumn")
    return getMultiAdapter((portal, manager), IPortletAssignmentMapping)


def roles_of(portal, permission):
    return {
        role["name"]
        for role in portal.rolesOfPermission(permission)
        if role["selected"] == "SELECTED"
    }


@pytest.fixture
def site_at_1008(manager, setup_tool):
    """The site as 1008 left it."""
    api.content.delete(objects=[manager[page_id] for page_id in PAGE_IDS])
    actions = api.portal.get_tool("portal_actions")
    actions.site_actions.accessibility.visible = True
    actions.site_actions.manage_delObjects(["notices", "partners"])
    actions.user.manage_delObjects(["notice-subscribers"])
    actions.user.login.title = "Log in"
    manager.manage_permission(
        "plone.app.event: Import Ical", ["Manager", "Site Administrator", "Editor"]
    )
    manager.manage_permission("rundtisch.policy: View subscribers", [], acquire=True)
    api.portal.set_registry_record(SEARCH_FEED, True)
    operations = dict(api.portal.get_registry_record(OPERATIONS))
    del operations["rundtisch.policy.embed"]
    api.portal.set_registry_record(OPERATIONS, operations)
    api.portal.set_registry_record(f"{BUNDLES}/plone.expression", "")
    api.portal.set_registry_record(f"{BUNDLES}/rundtisch-visitor.enabled", False)
    left_portlets(manager)["navigation"] = navigation.Assignment()
    fti = api.portal.get_tool("portal_types")["Workshop"]
    fti.behaviors = tuple(b for b in fti.behaviors if b != "rundtisch.venue")
    setup_tool.setLastVersionForProfile(PROFILE, "1008")
    return manager


def test_upgrade_to_1009(site_at_1008, setup_tool):
    portal = site_at_1008
    setup_tool.upgradeProfile(PROFILE, dest="1009")
    for page_id in PAGE_IDS:
        assert api.content.get_state(portal[page_id]) == "private"
    actions = api.portal.get_tool("portal_actions")
    assert actions.site_actions.accessibility.visible is False
    assert actions.user.login.title == "Login für Mitarbeitende"
    # Properties the profile does not name stay as Plone set them.
    assert "login" in actions.user.login.url_expr
    assert {"notices", "partners"} <= set(actions.site_actions.objectIds())
    assert "notice-subscribers" in actions.user.objectIds()
    assert roles_of(portal, "plone.app.event: Import Ical") == {
        "Manager",
        "Site Administrator",
    }
    assert "Organizer" in roles_of(portal, "rundtisch.policy: View subscribers")
    assert api.portal.get_registry_record(SEARCH_FEED) is False
    operations = api.portal.get_registry_record(OPERATIONS)
    assert operations["rundtisch.policy.embed"] == "plone.app.caching.terseCaching"
    # Visitors get the light bundle, editors Plone's, unchanged otherwise.
    record = api.portal.get_registry_record
    assert record(f"{BUNDLES}/plone.expression") == "python: member is not None"
    assert record(f"{BUNDLES}/plone.jscompilation").endswith("bundle.min.js")
    assert record(f"{BUNDLES}/rundtisch-visitor.enabled") is True
    assert record(f"{BUNDLES}/rundtisch-visitor.expression") == "python: member is None"
    assert "navigation" not in left_portlets(portal)
    fti = api.portal.get_tool("portal_types")["Workshop"]
    assert "rundtisch.venue" in fti.behaviors
    assert setup_tool.getLastVersionForProfile(PROFILE) == ("1009",)
