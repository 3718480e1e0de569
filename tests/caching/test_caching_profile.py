"""The caching profile is installed with the policy and by the upgrade to 1005."""

from plone import api


PROFILE = "rundtisch.policy:default"
ENABLED = "plone.caching.interfaces.ICacheSettings.enabled"
OPERATIONS = "plone.caching.interfaces.ICacheSettings.operationMapping"


def test_caching_is_on_with_forms_uncached(portal):
    assert api.portal.get_registry_record(ENABLED) is True
    operations = api.portal.get_registry_record(OPERATIONS)
    assert operations["rundtisch.policy.forms"] == "plone.app.caching.noCaching"
    # The rest comes from plone.app.caching's "without-caching-proxy" profile.
    assert operations["plone.content.itemView"] == "plone.app.caching.weakCaching"


def test_upgrade_to_1005_configures_caching(portal, setup_tool):
    api.portal.set_registry_record(ENABLED, False)
    operations = dict(api.portal.get_registry_record(OPERATIONS))
    del operations["rundtisch.policy.forms"]
    api.portal.set_registry_record(OPERATIONS, operations)
    # The caching step goes from 1003 to 1005 (no release had 1004).
    setup_tool.setLastVersionForProfile(PROFILE, "1003")

    setup_tool.upgradeProfile(PROFILE)

    assert setup_tool.getLastVersionForProfile(PROFILE) == (
        setup_tool.getVersionForProfile(PROFILE),
    )
    assert api.portal.get_registry_record(ENABLED) is True
    operations = api.portal.get_registry_record(OPERATIONS)
    assert operations["rundtisch.policy.forms"] == "plone.app.caching.noCaching"
