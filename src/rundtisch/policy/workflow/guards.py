"""Guard expressions of rundtisch_review_workflow (see its definition.xml).

DCWorkflow guards can test roles and permissions, but not "approved by two
different people in this round"; these functions answer that from the
workflow history. They are called from restricted guard expressions, hence
the module security declarations.
"""

from AccessControl import getSecurityManager
from AccessControl import ModuleSecurityInfo
from rundtisch.policy.workflow.approvals import Approvals


security = ModuleSecurityInfo("rundtisch.policy.workflow.guards")


@security.public
def may_approve(obj, department):
    """The current user may give `department`'s approval (four-eyes rule)."""
    user_id = getSecurityManager().getUser().getId()
    return Approvals(obj).may_approve(department, user_id)


@security.public
def may_publish(obj):
    """The automatic `publish` fires after the second, distinct approval."""
    return Approvals(obj).ready_to_publish
