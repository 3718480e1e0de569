"""Guard expressions of rundtisch_review_workflow (see its definition.xml).

DCWorkflow guards can test roles and permissions, but not "approved by two
different people in this round" or "inside public content"; these
functions answer that from the workflow history and the container's
permissions. They are called from restricted guard expressions, hence
the module security declarations.
"""

from AccessControl import getSecurityManager
from AccessControl import ModuleSecurityInfo
from AccessControl.PermissionRole import rolesForPermissionOn
from Acquisition import aq_inner
from Acquisition import aq_parent
from rundtisch.policy.workflow.approvals import Approvals


security = ModuleSecurityInfo("rundtisch.policy.workflow.guards")


def is_public(obj):
    """Anonymous visitors may view `obj` (its own state and every container's)."""
    return "Anonymous" in rolesForPermissionOn("View", obj)


@security.public
def in_public_container(obj):
    """An item is reviewed only inside public content (docs/design.md §3):
    what the reviewers approve then never shows an unreviewed parent in its
    breadcrumbs, REST `parent`, feed or notice URL."""
    return is_public(aq_parent(aq_inner(obj)))


@security.public
def may_approve(obj, department):
    """The current user may give `department`'s approval (four-eyes rule),
    and the item's container is public (a retracted parent stops its round)."""
    if not in_public_container(obj):
        return False
    user_id = getSecurityManager().getUser().getId()
    return Approvals(obj).may_approve(department, user_id)


@security.public
def may_publish(obj):
    """The automatic `publish` fires after the second, distinct approval."""
    return Approvals(obj).ready_to_publish
