"""plone.app.caching's ``catalogCounter`` ETag component, plus a workshop's
sign-up counts.

plone.app.caching keeps anonymous REST answers in its RAM cache under the URL
and the ETag, and serves them again while the ETag is unchanged. A sign-up
changes a workshop's ``registration`` but not the catalog (the counts live in
the form's booking, so that concurrent sign-ups do not conflict over the
catalog): with the stock component the cache would keep showing the old
seats. Overriding the component on our browser layer keeps the REST ruleset's
ETag list in the caching profile unchanged.
"""

from plone.app.caching.interfaces import IETagValue
from plone.app.caching.operations.etags import CatalogCounter
from plone.app.caching.operations.utils import getContext
from rundtisch.policy.interfaces import IRegistrationStatus
from rundtisch.policy.interfaces import IRundtischPolicyLayer
from rundtisch.policy.interfaces import IWorkshopContent
from zope.component import adapter
from zope.interface import implementer
from zope.interface import Interface


@implementer(IETagValue)
@adapter(Interface, IRundtischPolicyLayer)
class CatalogCounterAndRegistration(CatalogCounter):
    def __call__(self):
        counter = super().__call__()
        context = getContext(self.published)
        if not IWorkshopContent.providedBy(context):
            return counter
        registration = IRegistrationStatus(context).as_dict()
        counts = "{status}.{confirmed}.{waitlisted}".format(**registration)
        return f"{counter}.{counts}"
