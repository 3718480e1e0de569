"""The portal's groups: who edits, who reviews for which department, who organises.

GenericSetup has no import step for groups, so the default profile's post
handler calls `ensure_groups`; it is safe to run again.

Least privilege (docs/security.md): only the Redaktion reads every draft.
Reviewers read what is in review (the workflow gives their roles View in
`pending`), the organiser reads what is published and its sign-ups.
"""

from plone import api
from rundtisch.policy.workflow.departments import DEPARTMENTS


# Group ids differ from the demo logins (`redaktion`, `veranstaltung`): PAS
# keeps users and groups in one principal namespace, so a shared id would
# mix up their local roles.
GROUPS = {
    "redaktionsteam": ("Redaktion", ["Contributor", "Editor", "Reader"]),
    **{
        department.group: (department.name, [department.role])
        for department in DEPARTMENTS
    },
    "veranstaltungsteam": ("Veranstaltungsorganisation", ["Organizer"]),
}


def ensure_groups():
    """Create the groups with their site-wide roles, or reset their roles to
    exactly these (an upgrade takes away what is no longer granted)."""
    for group_id, (title, roles) in GROUPS.items():
        if api.group.get(groupname=group_id) is None:
            api.group.create(groupname=group_id, title=title, roles=roles)
        else:
            api.portal.get_tool("portal_groups").setRolesForGroup(group_id, roles)
