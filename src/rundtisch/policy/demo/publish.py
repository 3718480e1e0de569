"""All publishing of demo content goes through here.

For now the site's workflow is Plone's simple publication workflow, so
`publish` runs its `publish` transition as a Manager. When the two-department
review workflow lands, only this module changes: submit as `redaktion`, then
approve as `pruefung-soziales` and `pruefung-stadtentwicklung`.
"""

from plone import api


def publish(obj):
    """Make `obj` public through the workflow."""
    if api.content.get_state(obj) == "published":
        return
    with api.env.adopt_roles(["Manager"]):
        api.content.transition(obj=obj, transition="publish")


def submit(obj):
    """Leave `obj` waiting for review, as the editors' submission does."""
    if api.content.get_state(obj) != "private":
        return
    with api.env.adopt_user(username="redaktion"):
        api.content.transition(obj=obj, transition="submit")
