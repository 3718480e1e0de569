"""Upgrade 1009 -> 1010: EasyForm's editor stylesheet for logged-in users only."""

from plone import api

import pytest


PROFILE = "rundtisch.policy:default"
EASYFORM_EXPRESSION = "plone.bundles/easyform.expression"
RETENTION = "rundtisch.policy.retention_days"


@pytest.fixture
def site_at_1009(portal, setup_tool):
    """The site as 1009 left it: EasyForm's stylesheet for everyone, and a
    setting an administrator has changed since."""
    api.portal.set_registry_record(EASYFORM_EXPRESSION, "")
    api.portal.set_registry_record(RETENTION, 90)
    setup_tool.setLastVersionForProfile(PROFILE, "1009")
    return portal


def test_upgrade_limits_easyform_styles_to_logged_in_users(site_at_1009, setup_tool):
    setup_tool.upgradeProfile(PROFILE, dest="1010")
    expression = api.portal.get_registry_record(EASYFORM_EXPRESSION)
    assert expression == "python: member is not None"
    assert setup_tool.getLastVersionForProfile(PROFILE) == ("1010",)


def test_upgrade_keeps_settings_that_administrators_changed(site_at_1009, setup_tool):
    setup_tool.upgradeProfile(PROFILE, dest="1010")
    assert api.portal.get_registry_record(RETENTION) == 90
