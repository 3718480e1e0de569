"""The demo profile builds the seed's portal (DESIGN.md §6)."""

from plone import api


def test_smoke(demo_portal):
    assert "veranstaltungen" in demo_portal
