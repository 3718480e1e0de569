"""Upgrade 1006 -> 1007: the `workshop_uids` index; no events portlet at the root."""

from plone import api
from z3c.relationfield import RelationValue
from zope.component import getUtility
from zope.intid.interfaces import IIntIds

import pytest


PROFILE = "rundtisch.policy:default"


@pytest.fixture
def site_at_1006(workshop, results_folder, setup_tool):
    """Results created while the index did not exist yet."""
    catalog = api.portal.get_tool("portal_catalog")
    catalog.delIndex("workshop_uids")
    api.content.create(container=workshop, type="Result", id="drinnen")
    api.content.create(
        container=results_folder,
        type="Result",
        id="ergebnis",
        workshops=[RelationValue(getUtility(IIntIds).getId(workshop))],
    )
    setup_tool.setLastVersionForProfile(PROFILE, "1006")
    return catalog


def test_upgrade_adds_the_index_and_finds_existing_results(
    site_at_1006, workshop, setup_tool
):
    setup_tool.upgradeProfile(PROFILE, dest="1007")
    assert "workshop_uids" in site_at_1006.indexes()
    brains = site_at_1006(workshop_uids=workshop.UID())
    assert sorted(brain.getId for brain in brains) == ["drinnen", "ergebnis"]
    assert setup_tool.getLastVersionForProfile(PROFILE) == ("1007",)


def right_column_assignments(portal):
    from plone.portlets.interfaces import IPortletAssignmentMapping
    from plone.portlets.interfaces import IPortletManager
    from zope.component import getMultiAdapter

    manager = getUtility(IPortletManager, name="plone.rightcolumn")
    return getMultiAdapter((portal, manager), IPortletAssignmentMapping)


def test_policy_leaves_no_events_portlet_at_the_root(portal):
    assert "events" not in right_column_assignments(portal)


def test_upgrade_removes_the_events_portlet(portal, setup_tool):
    from plone.app.event.portlets.portlet_events import Assignment

    right_column_assignments(portal)["events"] = Assignment()
    setup_tool.setLastVersionForProfile(PROFILE, "1006")
    setup_tool.upgradeProfile(PROFILE, dest="1007")
    assert "events" not in right_column_assignments(portal)
