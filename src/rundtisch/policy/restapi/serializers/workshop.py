"""A Workshop in REST: the stock folder serialization plus ``registration``."""

from plone.restapi.interfaces import ISerializeToJson
from plone.restapi.serializer.dxcontent import SerializeFolderToJson
from rundtisch.policy.interfaces import IRegistrationStatus
from rundtisch.policy.interfaces import IRundtischPolicyLayer
from rundtisch.policy.interfaces import IWorkshopContent
from zope.component import adapter
from zope.interface import implementer


@implementer(ISerializeToJson)
@adapter(IWorkshopContent, IRundtischPolicyLayer)
class SerializeWorkshopToJson(SerializeFolderToJson):
    def __call__(self, version=None, include_items=True, include_expansion=True):
        result = super().__call__(
            version=version,
            include_items=include_items,
            include_expansion=include_expansion,
        )
        # Counts and the form address only: the adapter never returns
        # personal data, so this is safe for anonymous readers (§4).
        result["registration"] = IRegistrationStatus(self.context).as_dict()
        # Entered, or counted at the door: a number, never who.
        result["attendance"] = IRegistrationStatus(self.context).attendance()
        return result
