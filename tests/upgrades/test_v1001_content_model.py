"""1000 -> 1001 brings a site of the first release up to the content model."""

from plone import api
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID


PROFILE = "rundtisch.policy:default"


def test_step_adds_types_views_and_indexes_and_fills_them(portal, setup_tool):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    catalog = api.portal.get_tool("portal_catalog")
    types = api.portal.get_tool("portal_types")
    # A site as release 1000 left it: no ResultsFolder, no indexes, default views.
    workshop = api.content.create(
        container=portal, type="Workshop", id="w", topics=["inklusion"]
    )
    types.manage_delObjects(["ResultsFolder"])
    types["Workshop"].default_view = "view"
    for name in ("topics", "result_kind", "result_status"):
        catalog.delIndex(name)
        catalog.delColumn(name)
    setup_tool.setLastVersionForProfile(PROFILE, "1000")

    setup_tool.upgradeProfile(PROFILE, dest="1001")

    assert "ResultsFolder" in types
    assert types["Workshop"].default_view == "workshop_view"
    brains = catalog(topics="inklusion")
    assert [brain.getObject() for brain in brains] == [workshop]
    assert brains[0].topics == ["inklusion"]
    assert setup_tool.getLastVersionForProfile(PROFILE) == ("1001",)
