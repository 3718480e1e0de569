"""The two reviewing departments: the one table that guards, queue, mails and
the vocabulary `rundtisch.departments` (vocabularies/fixed.py) read.

A person reviews for a department when they hold its role on the item:
through the department's group (site-wide), or as a local role given on the
sharing page (on the item or a folder above it). The workflow's guard-roles
resolve roles that way, so the queue and the submit mail do the same here.
"""

from Acquisition import aq_inner
from Acquisition import aq_parent
from dataclasses import dataclass
from plone import api
from rundtisch.policy import _
from zope.i18nmessageid import Message


@dataclass(frozen=True)
class Department:
    token: str
    title: Message  # short, for boxes and tables
    long_title: Message  # the business area, for `rundtisch.departments`
    name: str  # the department's full name (group title)
    transition: str
    role: str
    group: str


DEPARTMENTS = (
    Department(
        token="gb_soziales",
        title=_("short_gb_soziales", default="GB Soziales"),
        long_title=_(
            "department_gb_soziales",
            default="Geschäftsbereich Arbeit, Soziales, Gesundheit und Wohnen",
        ),
        name="Prüfung GB Arbeit, Soziales, Gesundheit und Wohnen",
        transition="approve_social",
        role="SocialReviewer",
        group="gb_soziales",
    ),
    Department(
        token="gb_stadtentwicklung",
        title=_("short_gb_stadtentwicklung", default="GB Stadtentwicklung"),
        long_title=_(
            "department_gb_stadtentwicklung",
            default="Geschäftsbereich Stadtentwicklung, Bau, Verkehr und Liegenschaften",
        ),
        name="Prüfung GB Stadtentwicklung, Bau, Verkehr und Liegenschaften",
        transition="approve_urban",
        role="UrbanReviewer",
        group="gb_stadtentwicklung",
    ),
)
DEPARTMENT_BY_TOKEN = {department.token: department for department in DEPARTMENTS}


def departments_of(user, obj):
    """The departments `user` reviews for on `obj` (global or local role)."""
    roles = set(user.getRolesInContext(obj))
    return [department for department in DEPARTMENTS if department.role in roles]


def _principals_with_local_role(obj, role):
    """Principal ids holding `role` locally on `obj` or on a folder above it,
    stopping where the sharing page blocks inheritance."""
    principals = set()
    current = aq_inner(obj)
    while current is not None:
        for principal, roles in (
            getattr(current, "__ac_local_roles__", None) or {}
        ).items():
            if role in roles:
                principals.add(principal)
        if getattr(current, "__ac_local_roles_block__", False):
            break
        current = aq_parent(current)
    return principals


def _users_of(principal_id):
    group = api.group.get(groupname=principal_id)
    if group is not None:
        return api.user.get_users(group=group)
    user = api.user.get(userid=principal_id)
    return [user] if user is not None else []


def reviewers(department, obj):
    """Everyone who may give `department`'s approval on `obj`."""
    principals = {department.group}
    principals |= _principals_with_local_role(obj, department.role)
    users = {}
    for principal in principals:
        for user in _users_of(principal):
            users[user.getId()] = user
    return [users[user_id] for user_id in sorted(users)]
