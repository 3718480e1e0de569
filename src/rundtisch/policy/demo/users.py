"""The demo accounts of docs/design.md §1, one per role in the review and sign-up."""

from plone import api

import os


DEFAULT_PASSWORD = "demo1234"

# login: (full name, e-mail, group)
DEMO_USERS = {
    "redaktion": (
        "Clara Redlich (Redaktion)",
        "redaktion@example.org",
        "redaktionsteam",
    ),
    "pruefung-soziales": (
        "Jonas Sommer (Prüfung GB Soziales)",
        "pruefung-soziales@example.org",
        "gb_soziales",
    ),
    "pruefung-stadtentwicklung": (
        "Mira Baumann (Prüfung GB Stadtentwicklung)",
        "pruefung-stadtentwicklung@example.org",
        "gb_stadtentwicklung",
    ),
    "veranstaltung": (
        "Paul Lindner (Veranstaltungsorganisation)",
        "veranstaltung@example.org",
        "veranstaltungsteam",
    ),
}


def ensure_users(password=None):
    """Create the demo users in their groups; existing users are left alone."""
    password = password or os.environ.get("DEMO_PASSWORD") or DEFAULT_PASSWORD
    for login, (fullname, email, group) in DEMO_USERS.items():
        if api.user.get(username=login) is None:
            api.user.create(
                username=login,
                email=email,
                password=password,
                properties={"fullname": fullname},
            )
        api.group.add_user(groupname=group, username=login)
