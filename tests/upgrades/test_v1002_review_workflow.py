"""Upgrade 1001 -> 1002 puts an existing site under the review workflow."""

from AccessControl.PermissionRole import rolesForPermissionOn
from plone import api
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID

import pytest


PROFILE = "rundtisch.policy:default"
REVIEWED = ("Document", "Folder", "Workshop", "Result", "News Item", "Event")


@pytest.fixture
def site_at_1001(portal, setup_tool):
    """A site as before 1002: Plone's simple publication workflow, no index."""
    setRoles(portal, TEST_USER_ID, ["Manager"])
    workflow_tool = api.portal.get_tool("portal_workflow")
    workflow_tool.setDefaultChain("simple_publication_workflow")
    workflow_tool.setChainForPortalTypes(REVIEWED + ("EasyForm",), "(Default)")
    workflow_tool.manage_delObjects(["rundtisch_review_workflow"])
    catalog = api.portal.get_tool("portal_catalog")
    catalog.delIndex("pending_departments")
    catalog.delColumn("pending_departments")
    items = {}
    for state, actions in (
        ("private", ()),
        ("pending", ("submit",)),
        ("published", ("publish",)),
    ):
        items[state] = api.content.create(portal, "Document", title=f"Alt {state}")
        for action in actions:
            workflow_tool.doActionFor(items[state], action)
    setup_tool.setLastVersionForProfile(PROFILE, "1001")
    return items


def test_upgrade_maps_states_and_permissions(site_at_1001, setup_tool):
    setup_tool.upgradeProfile(PROFILE, "1002")
    workflow_tool = api.portal.get_tool("portal_workflow")
    for type_id in REVIEWED:
        assert workflow_tool.getChainForPortalType(type_id) == (
            "rundtisch_review_workflow",
        )
    assert workflow_tool.getChainForPortalType("EasyForm") == ()
    for state, item in site_at_1001.items():
        assert api.content.get_state(item) == state
    published = site_at_1001["published"]
    assert "Anonymous" in rolesForPermissionOn("View", published)
    assert set(rolesForPermissionOn("Modify portal content", published)) == {
        "Manager",
        "Site Administrator",
    }
    pending = site_at_1001["pending"]
    assert "Anonymous" not in rolesForPermissionOn("View", pending)
    queue = api.content.find(review_state="pending", pending_departments="gb_soziales")
    assert [brain.UID for brain in queue] == [pending.UID()]
    assert setup_tool.getLastVersionForProfile(PROFILE) == ("1002",)
