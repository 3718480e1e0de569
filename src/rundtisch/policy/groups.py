"""The portal's groups: who edits, who reviews for which department, who organises.

GenericSetup has no import step for groups, so the default profile's post
handler calls `ensure_groups`; it is safe to run again.
"""

from plone import api
from rundtisch.policy.workflow.departments import DEPARTMENTS


# Group ids differ from the demo logins (`redaktion`, `veranstaltung`): PAS
# keeps users and groups in one principal namespace, so a shared id would
# mix up their local roles.
GROUPS = {
    "redaktionsteam": ("Redaktion", ["Contributor", "Editor", "Reader"]),
    **{
        department.group: (department.name, [department.role, "Reader"])
        for department in DEPARTMENTS
    },
    "veranstaltungsteam": ("Veranstaltungsorganisation", ["Organizer", "Reader"]),
}


def ensure_groups():
    """Create the groups with their site-wide roles, or reset their roles."""
    for group_id, (title, roles) in GROUPS.items():
        group = api.group.get(groupname=group_id)
        if group is None:
            group = api.group.create(groupname=group_id, title=title, roles=roles)
        else:
            api.group.grant_roles(groupname=group_id, roles=roles)
