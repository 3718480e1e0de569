"""Upgrade 1011 -> 1012: full text of every field, workshop folders, editor settings, photos with alternative text."""

from plone import api


PROFILE = "rundtisch.policy:default"


def test_upgrade_reindexes_the_full_text(demo_portal):
    setup_tool = api.portal.get_tool("portal_setup")
    office = demo_portal["koordinierungsstelle"]
    catalog = api.portal.get_tool("portal_catalog")
    # A stale full-text entry, as items indexed before 1012 have.
    catalog._catalog.getIndex("SearchableText").unindex_object(
        catalog.getrid("/".join(office.getPhysicalPath()))
    )
    assert not api.content.find(SearchableText="Liegenschaftsverwaltung")
    setup_tool.setLastVersionForProfile(PROFILE, "1011")
    setup_tool.upgradeProfile(PROFILE, dest="1012")
    (brain,) = api.content.find(SearchableText="Liegenschaftsverwaltung")
    assert brain.getObject() == office
    assert setup_tool.getLastVersionForProfile(PROFILE) == ("1012",)


def test_upgrade_leaves_one_text_format_and_no_promotion(demo_portal):
    setup_tool = api.portal.get_tool("portal_setup")
    api.portal.set_registry_record(
        "plone.allowed_types", ("text/html", "text/x-web-textile")
    )
    api.portal.set_registry_record("plone.other_settings", "{}")
    setup_tool.setLastVersionForProfile(PROFILE, "1011")
    setup_tool.upgradeProfile(PROFILE, dest="1012")
    assert api.portal.get_registry_record("plone.allowed_types") == ("text/html",)
    assert '"promotion": false' in api.portal.get_registry_record(
        "plone.other_settings"
    )


def test_upgrade_gives_photos_an_alternative_text(demo_portal):
    setup_tool = api.portal.get_tool("portal_setup")
    fti = api.portal.get_tool("portal_types")["Image"]
    fti.behaviors = tuple(b for b in fti.behaviors if b != "rundtisch.alt_text")
    setup_tool.setLastVersionForProfile(PROFILE, "1011")
    setup_tool.upgradeProfile(PROFILE, dest="1012")
    assert "rundtisch.alt_text" in fti.behaviors
