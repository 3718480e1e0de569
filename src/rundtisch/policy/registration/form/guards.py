"""The sign-up form belongs to its workshop: editors neither delete nor
rename it (docs/design.md §4).

The form is made by the system (creation.py) and found by its id
``anmeldung``; deleted, the workshop loses its sign-ups, renamed, it is no
longer the workshop's form. The form has no workflow of its own and acquires
its permissions from the workshop, so "Delete objects" and "Copy or Move"
are taken back on the form itself, for everyone but administrators: Plone's
menu then offers neither "Löschen" nor "Umbenennen" (nor cut and copy), and
``delete_confirmation`` and REST DELETE refuse. So is easyform's technical
tab of a field, which is English and not for editors. A rename through the short
name (REST ``PATCH {"id": …}``, the edit form) is refused with a German
message for everyone: even an administrator's rename would leave the
workshop without its form.
"""

from AccessControl.Permission import Permission
from Acquisition import aq_base
from plone.app.dexterity.behaviors.id import IShortName
from plone.app.dexterity.behaviors.id import ShortName
from rundtisch.policy import _
from rundtisch.policy.registration.data.saved_data import registration_form
from rundtisch.policy.registration.interfaces import IRegistrationForm
from zExceptions import Forbidden
from zope.component import adapter
from zope.globalrequest import getRequest
from zope.i18n import translate
from zope.interface import implementer


ADMINISTRATORS = ("Manager", "Site Administrator")
KEPT_FROM_EDITORS = (
    "Delete objects",
    "Copy or Move",
    # easyform's "Erweitert" tab of a field: the widget class and the
    # validators by their English ids ("isUSPhoneNumber"), which easyform
    # gives the Owner, that is the Redaktion.
    "collective.easyform: Edit Advanced Fields",
)

RENAME_REFUSED = _(
    "registration_form_not_renamable",
    default="Das Anmeldeformular gehört zu seiner Veranstaltung und behält "
    "seinen Namen „anmeldung“.",
)


def keep_with_workshop(form):
    """Only administrators may delete, cut, copy or rename the form, or
    change a field's widget and validators.
    Writes only what is not so already (the workshop's every edit calls
    this)."""
    for permission in KEPT_FROM_EDITORS:
        # What manage_permission does, without its check that the class
        # knows the permission: easyform's are declared only in ZCML.
        # A tuple of roles means "not acquired".
        setting = Permission(permission, (), aq_base(form))
        if setting.getRoles(default=None) != ADMINISTRATORS:
            setting.setRoles(ADMINISTRATORS)


def workshop_changed(workshop, event):
    """Subscriber after creation.workshop_changed: the form it made (or
    kept) belongs to the workshop."""
    form = registration_form(workshop)
    if form is not None:
        keep_with_workshop(form)


@implementer(IShortName)
@adapter(IRegistrationForm)
class RegistrationFormShortName(ShortName):
    """The short name of the sign-up form cannot change."""

    def _set_id(self, value):
        if value and value != self.context.getId():
            raise Forbidden(translate(RENAME_REFUSED, context=getRequest()))

    id = property(ShortName._get_id, _set_id)
