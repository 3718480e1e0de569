"""What a caching proxy must forget when a workshop or its seats change.

plone.cachepurging turns ``Purge(obj)`` (z3c.caching) into PURGE requests
to the proxies of ``CACHE_PROXIES`` (operations/environment/proxy.py), after the
request's transaction committed. Its own adapters give a workshop's URL,
``/view``, ``/`` and the image scales; the REST answer has the same URL
(the proxy keeps it as a variant by Accept, and a PURGE drops all variants).
`WorkshopPurgePaths` adds the other pages that show a workshop's seats: the
partner embed at the site root. The workshop listing and the front page
show no seat counts, so a sign-up leaves them alone.
"""

from plone import api
from rundtisch.policy.interfaces import IWorkshopContent
from z3c.caching.interfaces import IPurgePaths
from z3c.caching.purge import Purge
from zope.component import adapter
from zope.event import notify
from zope.interface import implementer


# Pages at the site root that list upcoming workshops with their seats.
SEAT_PAGES_AT_ROOT = ("naechste-veranstaltungen",)


@implementer(IPurgePaths)
@adapter(IWorkshopContent)
class WorkshopPurgePaths:
    def __init__(self, context):
        self.context = context

    def getRelativePaths(self):
        root = "/" + api.portal.get().virtual_url_path()
        for name in SEAT_PAGES_AT_ROOT:
            yield f"{root}/{name}"
            yield f"{root}/@@{name}"

    def getAbsolutePaths(self):
        return []


def purge_seat_counts(workshop):
    """Queue a purge of the pages showing `workshop`'s seats.

    A sign-up, a cancellation or a promotion from the waiting list changes
    the counters in the form's RegistrationBook, not the workshop, so
    plone.app.caching's subscribers (modified, workflow) do not fire. Without
    proxies (purging disabled) plone.cachepurging ignores the event.
    """
    notify(Purge(workshop))
