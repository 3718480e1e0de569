"""Upgrade 1007 -> 1008: queue in the toolbar, diffs, no unreviewed types at
the root, and no site-wide Reader for reviewers and organisers."""

from plone import api

import pytest


PROFILE = "rundtisch.policy:default"


@pytest.fixture
def site_at_1007(portal, setup_tool):
    """The site as 1007 left it."""
    api.group.grant_roles(groupname="gb_soziales", roles=["Reader"])
    api.group.grant_roles(groupname="veranstaltungsteam", roles=["Reader"])
    site_fti = api.portal.get_tool("portal_types")["Plone Site"]
    site_fti.filter_content_types = False
    api.portal.get_tool("portal_types")["EasyForm"].global_allow = True
    api.portal.get_tool("portal_actions").object.manage_delObjects(["review-queue"])
    api.portal.get_tool("portal_diff").setDiffForPortalType("Workshop", {})
    api.portal.set_registry_record(
        "plone.displayed_types", ("Link", "News Item", "Folder", "Document")
    )
    setup_tool.setLastVersionForProfile(PROFILE, "1007")
    return portal


def test_upgrade_to_1008(site_at_1007, setup_tool):
    setup_tool.upgradeProfile(PROFILE, dest="1008")
    assert "Reader" not in api.group.get(groupname="gb_soziales").getRoles()
    assert "Reader" not in api.group.get(groupname="veranstaltungsteam").getRoles()
    types = api.portal.get_tool("portal_types")
    assert not types["Plone Site"].allowType("File")
    assert types["EasyForm"].global_allow is False
    assert "review-queue" in api.portal.get_tool("portal_actions").object.objectIds()
    diff_types = api.portal.get_tool("portal_diff").getDiffForPortalType("Workshop")
    assert diff_types == {"any": "Compound Diff for Dexterity types"}
    displayed = api.portal.get_registry_record("plone.displayed_types")
    assert {"ResultsFolder", "CoordinationOffice", "Folder"} <= set(displayed)
    assert setup_tool.getLastVersionForProfile(PROFILE) == ("1008",)
