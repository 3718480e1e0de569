"""A site at any earlier profile version reaches the current one."""

from plone import api
from Products.GenericSetup.upgrade import listUpgradeSteps


PROFILE = "rundtisch.policy:default"
FIRST_RELEASE = ("1000",)


def test_steps_form_one_chain_from_the_first_release(setup_tool):
    """Each step starts where another ended, up to metadata.xml's version.

    A gap (a step whose source no step reaches) or a bumped metadata.xml
    without a step fails here.
    """
    steps = {}
    for entry in listUpgradeSteps(setup_tool, PROFILE, None):
        for step in entry if isinstance(entry, list) else [entry]:
            steps[tuple(step["source"])] = tuple(step["dest"])
    version = FIRST_RELEASE
    walked = [version]
    while version in steps:
        version = steps[version]
        walked.append(version)
    assert version == tuple(setup_tool.getVersionForProfile(PROFILE).split("."))
    assert set(steps) <= set(walked), "steps off the chain"


def test_installed_profile_is_up_to_date(setup_tool):
    assert setup_tool.getLastVersionForProfile(PROFILE) == (
        setup_tool.getVersionForProfile(PROFILE),
    )


def test_upgrades_keep_what_administrators_set(setup_tool):
    """No step re-imports the whole registry: settings changed in the control
    panels since survive every upgrade from 1007 (before 1008) on."""
    changed = {
        "rundtisch.policy.retention_days": 90,
        "plone.site_title": "Runder Tisch (Test)",
        "plone.email_from_address": "runder-tisch@dresden.example",
        "plone.caching.interfaces.ICacheSettings.enabled": False,
    }
    for name, value in changed.items():
        api.portal.set_registry_record(name, value)
    setup_tool.setLastVersionForProfile(PROFILE, "1007")
    setup_tool.upgradeProfile(PROFILE)
    assert setup_tool.getLastVersionForProfile(PROFILE) == (
        setup_tool.getVersionForProfile(PROFILE),
    )
    for name, value in changed.items():
        assert api.portal.get_registry_record(name) == value, name
