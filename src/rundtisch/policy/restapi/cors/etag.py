"""The ``corsOrigin`` ETag component of plone.app.caching.

An answer to an allowed origin carries ``Access-Control-Allow-Origin`` with
that origin. plone.app.caching keeps anonymous REST answers in its RAM cache
under a key made of the URL and the ETag, and replays the stored headers:
without the origin in the ETag, a reader from another origin (or none)
would get the first reader's CORS header. ``caching.xml`` adds this component
to the REST ruleset and ``Origin`` to its ``Vary`` for browsers and proxies.
"""

from plone.app.caching.interfaces import IETagValue
from rundtisch.policy.restapi.cors.policy import ReadOnlyCORSPolicy
from zope.component import adapter
from zope.interface import implementer
from zope.interface import Interface


@implementer(IETagValue)
@adapter(Interface, Interface)
class CORSOrigin:
    def __init__(self, published, request):
        self.published = published
        self.request = request

    def __call__(self):
        """The request's origin if the policy answers it with its own name;
        one value for everyone else, so unknown origins share one entry."""
        origin = self.request.getHeader("Origin", "")
        if origin in ReadOnlyCORSPolicy.allow_origin:
            return origin
        return ""
