"""1010 -> 1011: nothing public without both approvals (issue 28).

The workflow's published state now acquires anonymous View from its
container, the site root's texts and layout are the administrators', and a
workshop takes no hand-made EasyForm. Importing the definitions changes no object; the workflow tool writes the
states' permissions onto every item.
"""

from plone import api


def update_role_mappings(setup_tool):
    api.portal.get_tool("portal_workflow").updateRoleMappings()
