"""The "Runder Tisch" control panel: settings site administrators may change."""

from plone.app.registry.browser.controlpanel import ControlPanelFormWrapper
from plone.app.registry.browser.controlpanel import RegistryEditForm
from plone.registry.interfaces import IRegistry
from plone.z3cform import layout
from rundtisch.policy import _
from zope import schema
from zope.component import queryUtility
from zope.interface import Interface


# The records' prefix (profiles/default/registry/settings.xml).
PREFIX = "rundtisch.policy"


class IRundtischSettings(Interface):
    """Stored in the registry under the prefix ``rundtisch.policy``."""

    topics = schema.List(
        title=_("label_topics_vocabulary", default="Themen"),
        description=_(
            "help_topics_vocabulary",
            default="Ein Thema je Zeile in der Form »kennung|Titel«. Die Kennung "
            "bleibt stabil (sie steht in gespeicherten Inhalten und in der "
            "REST-Schnittstelle), der Titel darf sich ändern.",
        ),
        value_type=schema.TextLine(),
        required=False,
        default=[],
    )

    retention_days = schema.Int(
        title=_("label_retention_days", default="Aufbewahrung der Anmeldedaten (Tage)"),
        description=_(
            "help_retention_days",
            default="So viele Tage nach dem Ende einer Veranstaltung werden die "
            "personenbezogenen Anmeldedaten gelöscht; die Zahlen bleiben erhalten.",
        ),
        min=0,
        default=30,
    )


def rundtisch_setting(name):
    """The value of the setting `name`, read through IRundtischSettings.

    `name` is a field of the interface (a KeyError otherwise, so a typo
    cannot read a record nobody writes); a registry without the record (a
    site before the profile wrote it) gives the field's default.
    """
    field = IRundtischSettings[name]
    registry = queryUtility(IRegistry)
    value = None
    if registry is not None:
        settings = registry.forInterface(IRundtischSettings, prefix=PREFIX, check=False)
        value = getattr(settings, name)
    return field.default if value is None else value


class RundtischSettingsEditForm(RegistryEditForm):
    schema = IRundtischSettings
    schema_prefix = PREFIX
    label = _("label_rundtisch_settings", default="Runder Tisch")


RundtischSettingsView = layout.wrap_form(
    RundtischSettingsEditForm, ControlPanelFormWrapper
)
