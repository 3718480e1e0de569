"""Where a person lands after a workflow action (docs/design.md §3).

After "Zurückweisen" the item is a draft that reviewers may no longer read;
sending them back to it showed "Unzureichende Berechtigungen" under the
success message. They land on the item while they may still view it,
otherwise on their queue "Prüfaufträge" (reviewers) or on the nearest
container they may view (everyone else).
"""

from Acquisition import aq_parent
from plone import api
from rundtisch.policy.workflow.departments import departments_of


# The reviewers' queue (configure.zcml), linked from the toolbar and mails.
QUEUE_VIEW = "meine-pruefauftraege"


def may_view(obj):
    return api.user.get_permissions(obj=obj).get("View", False)


def landing_url(obj):
    if may_view(obj):
        return obj.absolute_url()
    portal = api.portal.get()
    if departments_of(api.user.get_current(), obj):
        return f"{portal.absolute_url()}/@@{QUEUE_VIEW}"
    container = aq_parent(obj)
    while container is not None and container is not portal:
        if may_view(container):
            return container.absolute_url()
        container = aq_parent(container)
    return portal.absolute_url()
