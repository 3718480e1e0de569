"""ETag components of plone.app.caching for the REST ruleset.

plone.app.caching keeps anonymous REST answers in its RAM cache under a key
made of the URL and the ETag, and replays the stored answer, headers
included, while the ETag is unchanged. Each component here adds what the
stock ETag misses, so the cache never replays an answer that is no longer
right; the REST ruleset's ETag list is in the caching profile
(profiles/caching/registry/caching.xml).
"""

from plone.app.caching.interfaces import IETagValue
from plone.app.caching.operations.etags import CatalogCounter
from plone.app.caching.operations.utils import getContext
from rundtisch.policy.interfaces import IRegistrationStatus
from rundtisch.policy.interfaces import IRundtischPolicyLayer
from rundtisch.policy.interfaces import IWorkshopContent
from rundtisch.policy.operations.environment.cors import allowed_origins
from zope.component import adapter
from zope.interface import implementer
from zope.interface import Interface


@implementer(IETagValue)
@adapter(Interface, IRundtischPolicyLayer)
class CatalogCounterAndRegistration(CatalogCounter):
    """plone.app.caching's ``catalogCounter``, plus a workshop's sign-up counts.

    A sign-up changes a workshop's ``registration`` but not the catalog (the
    counts live in the form's booking, so that concurrent sign-ups do not
    conflict over the catalog): with the stock component the cache would keep
    showing the old seats. Overriding the component on our browser layer keeps
    the REST ruleset's ETag list unchanged.
    """

    def __call__(self):
        counter = super().__call__()
        context = getContext(self.published)
        if not IWorkshopContent.providedBy(context):
            return counter
        registration = IRegistrationStatus(context).as_dict()
        counts = "{status}.{confirmed}.{waitlisted}".format(**registration)
        return f"{counter}.{counts}"


@implementer(IETagValue)
@adapter(Interface, Interface)
class CORSOrigin:
    """The ``corsOrigin`` component.

    An answer to an allowed origin carries ``Access-Control-Allow-Origin``
    with that origin: without the origin in the ETag, a reader from another
    origin (or none) would get the first reader's CORS header. The caching
    profile also adds ``Origin`` to the REST ruleset's ``Vary`` for browsers
    and proxies.
    """

    def __init__(self, published, request):
        self.published = published
        self.request = request

    def __call__(self):
        """The request's origin if the policy answers it with its own name;
        one value for everyone else, so unknown origins share one entry."""
        origin = self.request.getHeader("Origin", "")
        if origin in allowed_origins():
            return origin
        return ""
