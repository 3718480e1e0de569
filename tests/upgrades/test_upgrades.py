"""Every profile version is reachable by an upgrade step."""

from Products.GenericSetup.upgrade import listUpgradeSteps


PROFILE = "rundtisch.policy:default"


def test_profile_version_is_reached_by_an_upgrade_step(setup_tool):
    """A bumped metadata.xml without a matching upgrade step fails here."""
    version = setup_tool.getVersionForProfile(PROFILE)
    destinations = {
        tuple(step["dest"]) if isinstance(step, dict) else tuple(step[0]["dest"])
        for step in listUpgradeSteps(setup_tool, PROFILE, "1000")
    }
    if version == "1000":
        assert destinations == set()
    else:
        assert tuple(version.split(".")) in destinations


def test_installed_profile_is_up_to_date(setup_tool):
    assert setup_tool.getLastVersionForProfile(PROFILE) == (
        setup_tool.getVersionForProfile(PROFILE),
    )
