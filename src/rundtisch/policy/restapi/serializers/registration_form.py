"""REST serialization of EasyForm forms: the form, never the sign-ups.

collective.easyform's serializer adds the saved data for users with
"Download Saved Input", but checks the permission by its id, which
plone.api rejects (500 for every user); and it skips rows with columns beyond
the schema, as ours have. Organisers read and export sign-ups on their desk
(``@@anmeldungen``, registration/desk/); REST (the public contract, docs/design.md §5) carries no
personal data.
"""

from plone.restapi.interfaces import ISerializeToJson
from plone.restapi.serializer.dxcontent import SerializeToJson
from rundtisch.policy.registration.interfaces import IRegistrationForm
from zope.component import adapter
from zope.interface import implementer
from zope.interface import Interface


@implementer(ISerializeToJson)
@adapter(IRegistrationForm, Interface)
class SerializeRegistrationFormToJson(SerializeToJson):
    """Plain Dexterity serialization."""
