"""1010 -> 1011: nothing public without both approvals, every login counted
(issue 28).

The workflow's published state now acquires anonymous View from its
container, the site root's texts and layout are the administrators', and a
workshop takes no hand-made EasyForm. Importing the definitions changes no
object; the workflow tool writes the states' permissions onto every item.
The login throttle is a PAS plugin now (operations/checks/login_throttle.py): the
old WSGI filter left with the instance configuration, so an existing site
gets the plugin here.
"""

from plone import api
from rundtisch.policy.operations.checks import login_throttle


def update_role_mappings(setup_tool):
    api.portal.get_tool("portal_workflow").updateRoleMappings()


def install_login_throttle(setup_tool):
    login_throttle.install_login_throttle(api.portal.get())
