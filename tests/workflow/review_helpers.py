"""Helpers of the review tests: the demo users and walking items through the review."""

from plone import api


PASSWORD = "geheim-1234"

# user id -> (groups, global roles), named like the demo users of DESIGN.md §1.
USERS = {
    "autorin": (["redaktion"], []),
    "redaktion": (["redaktion"], []),
    "pruefung-soziales": (["gb_soziales"], []),
    "pruefung-stadtentwicklung": (["gb_stadtentwicklung"], []),
    "veranstaltung": (["veranstaltung"], []),
    # Holds both reviewer roles: must still not publish alone.
    "doppelrolle": (["gb_soziales", "gb_stadtentwicklung"], []),
    "siteadmin": ([], ["Site Administrator"]),
    "manager": ([], ["Manager"]),
}


def create_users():
    """Create the users; a login that is also a group id gets another user id.

    Plone refuses a user id equal to a group id (``redaktion`` and
    ``veranstaltung`` are both), so those demo users log in with that name
    but have the user id ``<login>-user``.
    """
    group_ids = {group.getId() for group in api.group.get_groups()}
    for login, (groups, roles) in USERS.items():
        user_id = f"{login}-user" if login in group_ids else login
        api.user.create(
            username=user_id,
            email=f"{login}@example.org",
            password=PASSWORD,
            roles=("Member",),
            properties={"fullname": login.replace("-", " ").title()},
        )
        if user_id != login:
            api.portal.get_tool("acl_users").source_users.updateUser(user_id, login)
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
