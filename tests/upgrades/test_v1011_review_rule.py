"""Upgrade 1010 -> 1011: nothing public without both approvals (issue 28)."""

from AccessControl.PermissionRole import rolesForPermissionOn
from plone import api
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID
from Products.PluggableAuthService.interfaces.plugins import IAuthenticationPlugin
from rundtisch.policy.operations.checks.login_throttle import PLUGIN_ID

import pytest


PROFILE = "rundtisch.policy:default"
ROOT_PERMISSIONS = ("Modify portal content", "Modify view template")


@pytest.fixture
def site_at_1010(portal, setup_tool):
    """A site as 1010 left it: published items grant anonymous View
    themselves, the Redaktion (Editor) changes the site root, a workshop
    takes a hand-made EasyForm."""
    setRoles(portal, TEST_USER_ID, ["Manager"])
    folder = api.content.create(portal, "Folder", id="entwurf")
    page = api.content.create(folder, "Document", id="seite")
    workflow = api.portal.get_tool("portal_workflow")["rundtisch_review_workflow"]
    published = workflow.states["published"]
    for permission in ("View", "Access contents information"):
        published.setPermission(permission, False, ["Anonymous"])
    api.portal.get_tool("portal_workflow").setStatusOf(
        "rundtisch_review_workflow",
        page,
        {"review_state": "published", "action": "publish", "actor": "x"},
    )
    workflow.updateRoleMappingsFor(page)
    for permission in ROOT_PERMISSIONS:
        portal.manage_permission(
            permission, ["Manager", "Site Administrator", "Owner", "Editor"], True
        )
    workshop_type = api.portal.get_tool("portal_types")["Workshop"]
    workshop_type.allowed_content_types += ("EasyForm",)
    setup_tool.setLastVersionForProfile(PROFILE, "1010")
    return page


def test_published_content_in_a_draft_is_hidden(site_at_1010, setup_tool):
    assert "Anonymous" in rolesForPermissionOn("View", site_at_1010)
    setup_tool.upgradeProfile(PROFILE, dest="1011")
    assert "Anonymous" not in rolesForPermissionOn("View", site_at_1010)
    assert api.content.get_state(site_at_1010) == "published"
    assert setup_tool.getLastVersionForProfile(PROFILE) == ("1011",)


def test_the_site_root_is_the_administrators(site_at_1010, setup_tool, portal):
    setup_tool.upgradeProfile(PROFILE, dest="1011")
    for permission in ROOT_PERMISSIONS:
        assert set(rolesForPermissionOn(permission, portal)) == {
            "Manager",
            "Site Administrator",
        }, permission


def test_a_workshop_takes_no_hand_made_form(site_at_1010, setup_tool):
    setup_tool.upgradeProfile(PROFILE, dest="1011")
    workshop_type = api.portal.get_tool("portal_types")["Workshop"]
    assert "EasyForm" not in workshop_type.allowed_content_types


def test_upgrade_installs_the_login_throttle(site_at_1010, setup_tool):
    """1010 throttled in a WSGI filter that the new configuration no longer
    has: an existing site must get the PAS plugin from the upgrade."""
    acl_users = site_at_1010.acl_users
    acl_users.manage_delObjects([PLUGIN_ID])
    setup_tool.upgradeProfile(PROFILE, dest="1011")
    assert PLUGIN_ID in acl_users.objectIds()
    active = acl_users.plugins.listPluginIds(IAuthenticationPlugin)
    assert active[0] == PLUGIN_ID
