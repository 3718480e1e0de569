"""1002 -> 1003: sign-up permissions and the missing forms."""

from plone import api
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID

import pytest


PROFILE = "rundtisch.policy:default"
DOWNLOAD = "collective.easyform: Download Saved Input"


def selected_roles(obj, permission):
    return {
        role["name"] for role in obj.rolesOfPermission(permission) if role["selected"]
    }


@pytest.fixture
def site_at_1002(portal, setup_tool):
    """A site as 1002 left it: easyform's defaults, workshops without form."""
    setRoles(portal, TEST_USER_ID, ["Manager"])
    with_form = api.content.create(
        container=portal,
        type="Workshop",
        id="with-registration",
        title="Mit Anmeldung",
        registration_enabled=True,
    )
    api.content.delete(with_form["anmeldung"])
    api.content.create(
        container=portal, type="Workshop", id="without", title="Ohne Anmeldung"
    )
    portal.manage_permission(DOWNLOAD, ["Manager", "Owner", "Site Administrator"], 1)
    setup_tool.setLastVersionForProfile(PROFILE, "1002")
    return portal


def test_upgrade_creates_the_missing_forms(site_at_1002, setup_tool):
    setup_tool.upgradeProfile(PROFILE, dest="1003")
    assert "anmeldung" in site_at_1002["with-registration"].objectIds()
    assert "anmeldung" not in site_at_1002["without"].objectIds()


def test_upgrade_restricts_sign_up_data_to_organisers(site_at_1002, setup_tool):
    setup_tool.upgradeProfile(PROFILE, dest="1003")
    assert selected_roles(site_at_1002, DOWNLOAD) == {"Manager", "Organizer"}


def test_upgrade_is_safe_to_repeat(site_at_1002, setup_tool):
    setup_tool.upgradeProfile(PROFILE, dest="1003")
    setup_tool.setLastVersionForProfile(PROFILE, "1002")
    setup_tool.upgradeProfile(PROFILE, dest="1003")
    workshop = site_at_1002["with-registration"]
    assert [obj.getId() for obj in workshop.objectValues()] == ["anmeldung"]
    assert setup_tool.getLastVersionForProfile(PROFILE) == ("1003",)
