"""The default profile creates the editorial, review and organiser groups."""

from plone import api

import pytest


@pytest.mark.parametrize(
    "group_id,role",
    [
        ("redaktionsteam", "Editor"),
        ("gb_soziales", "SocialReviewer"),
        ("gb_stadtentwicklung", "UrbanReviewer"),
        ("veranstaltungsteam", "Organizer"),
    ],
)
def test_group_holds_its_role(portal, group_id, role):
    group = api.group.get(groupname=group_id)
    assert group is not None
    assert role in api.group.get_roles(groupname=group_id)


def test_reviewer_groups_cannot_edit(portal):
    for group_id in ("gb_soziales", "gb_stadtentwicklung", "veranstaltungsteam"):
        assert "Editor" not in api.group.get_roles(groupname=group_id)
