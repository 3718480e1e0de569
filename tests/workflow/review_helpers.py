"""Helpers of the review tests: the demo users and walking items through the review."""

from plone import api


PASSWORD = "geheim-1234"

# user id -> (groups, global roles), named like the demo users of docs/design.md §1.
USERS = {
    "autorin": (["redaktionsteam"], []),
    "redaktion": (["redaktionsteam"], []),
    "pruefung-soziales": (["gb_soziales"], []),
    "pruefung-stadtentwicklung": (["gb_stadtentwicklung"], []),
    "veranstaltung": (["veranstaltungsteam"], []),
    # Holds both reviewer roles: must still not publish alone.
    "doppelrolle": (["gb_soziales", "gb_stadtentwicklung"], []),
    "siteadmin": ([], ["Site Administrator"]),
    "manager": ([], ["Manager"]),
}


def create_users():
    """Create the users with their groups and global roles."""
    for user_id, (groups, roles) in USERS.items():
        api.user.create(
            username=user_id,
            email=f"{user_id}@example.org",
            password=PASSWORD,
            roles=("Member",),
            properties={"fullname": user_id.replace("-", " ").title()},
        )
        if roles:
            api.user.grant_roles(username=user_id, roles=roles)
        for group in groups:
            api.group.add_user(groupname=group, username=user_id)


def transition(obj, user_id, action, comment=""):
    with api.env.adopt_user(username=user_id):
        api.portal.get_tool("portal_workflow").doActionFor(obj, action, comment=comment)


def create_item(container, portal_type="Document", title="Entwurf", **fields):
    """Created by the author (Owner), a member of the Redaktion."""
    with api.env.adopt_user(username="autorin"):
        return api.content.create(
            container=container, type=portal_type, title=title, **fields
        )


def bring_to(obj, state):
    """Walk `obj` from private to `state` as the demo users would."""
    if state in ("pending", "published"):
        transition(obj, "autorin", "submit")
    if state == "published":
        transition(obj, "pruefung-soziales", "approve_social", "Passt.")
        transition(obj, "pruefung-stadtentwicklung", "approve_urban", "Passt.")
    assert api.content.get_state(obj) == state
    return obj
