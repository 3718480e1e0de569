"""REST: the approvals of an item, derived from its workflow history."""

from plone import api
from plone.restapi.interfaces import IExpandableElement
from plone.restapi.serializer.converters import json_compatible
from plone.restapi.services import Service
from Products.CMFCore.interfaces import IContentish
from rundtisch.policy.workflow.approvals import Approvals
from rundtisch.policy.workflow.approvals import WORKFLOW_ID
from rundtisch.policy.workflow.departments import DEPARTMENTS
from zope.component import adapter
from zope.i18n import translate
from zope.interface import implementer
from zope.interface import Interface


VIEW_APPROVALS = "rundtisch.policy: View approvals"


def _department(department, entry, request):
    data = {
        "token": department.token,
        "title": translate(department.title, context=request),
        "approved": entry is not None,
    }
    if entry is not None:
        data.update(
            actor=entry["actor"],
            time=json_compatible(entry["time"]),
            comment=entry.get("comments", ""),
        )
    return data


@implementer(IExpandableElement)
@adapter(IContentish, Interface)
class ApprovalsExpansion:
    """The ``approvals`` component of an item's REST answer."""

    def __init__(self, context, request):
        self.context = context
        self.request = request

    def visible(self):
        chain = api.portal.get_tool("portal_workflow").getChainFor(self.context)
        return WORKFLOW_ID in chain and api.user.has_permission(
            VIEW_APPROVALS, obj=self.context
        )

    def __call__(self, expand=False):
        # Nothing at all (not even the link) for users who may not see it.
        if not self.visible():
            return {}
        result = {"approvals": {"@id": f"{self.context.absolute_url()}/@approvals"}}
        if not expand:
            return result
        approvals = Approvals(self.context)
        result["approvals"].update(
            {
                "review_state": approvals.state,
                "departments": [
                    _department(
                        department,
                        approvals.by_department[department.token],
                        self.request,
                    )
                    for department in DEPARTMENTS
                ],
                "missing": approvals.missing,
                "complete": approvals.complete,
                "ready_to_check_in": approvals.ready_to_check_in,
            }
        )
        return result


class ApprovalsGet(Service):
    def reply(self):
        approvals = ApprovalsExpansion(self.context, self.request)(expand=True)
        if not approvals:
            self.request.response.setStatus(404)
            return {
                "error": {
                    "type": "NotFound",
                    "message": "This item is not reviewed by the departments.",
                }
            }
        return approvals["approvals"]
