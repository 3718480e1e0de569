"""Upgrade 1008 -> 1009: legal pages, staff login label, venue behaviour."""

from plone import api
from rundtisch.policy.legal.pages import PAGE_IDS

import pytest


PROFILE = "rundtisch.policy:default"


@pytest.fixture
def site_at_1008(manager, setup_tool):
    """The site as 1008 left it."""
    api.content.delete(objects=[manager[page_id] for page_id in PAGE_IDS])
    actions = api.portal.get_tool("portal_actions")
    actions.site_actions.accessibility.visible = True
    actions.user.login.title = "Log in"
    fti = api.portal.get_tool("portal_types")["Workshop"]
    fti.behaviors = tuple(b for b in fti.behaviors if b != "rundtisch.venue")
    setup_tool.setLastVersionForProfile(PROFILE, "1008")
    return manager


def test_upgrade_to_1009(site_at_1008, setup_tool):
    setup_tool.upgradeProfile(PROFILE, dest="1009")
    for page_id in PAGE_IDS:
        assert api.content.get_state(site_at_1008[page_id]) == "private"
    actions = api.portal.get_tool("portal_actions")
    assert actions.site_actions.accessibility.visible is False
    assert actions.user.login.title == "Login für Mitarbeitende"
    # Properties the profile does not name stay as Plone set them.
    assert "login" in actions.user.login.url_expr
    fti = api.portal.get_tool("portal_types")["Workshop"]
    assert "rundtisch.venue" in fti.behaviors
    assert setup_tool.getLastVersionForProfile(PROFILE) == ("1009",)
