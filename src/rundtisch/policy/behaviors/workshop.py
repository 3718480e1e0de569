"""`rundtisch.workshop`: what a workshop of the series is about and who shapes it.

Dates, place and contact come from plone.app.event's behaviours; this adds the
series-specific fields of docs/design.md §2.
"""

from collective.z3cform.datagridfield.datagridfield import DataGridFieldWidgetFactory
from plone.app.dexterity.textindexer import searchable
from plone.autoform import directives
from plone.autoform.interfaces import IFormFieldProvider
from plone.supermodel import model
from rundtisch.policy import _
from rundtisch.policy.behaviors.fields import choices
from rundtisch.policy.behaviors.fields import rows
from rundtisch.policy.behaviors.numbers import MAX_CAPACITY
from rundtisch.policy.behaviors.numbers import MAX_SERIES_NUMBER
from rundtisch.policy.behaviors.numbers import whole_number_field
from z3c.form.browser.checkbox import CheckBoxFieldWidget
from zope import schema
from zope.interface import Interface
from zope.interface import provider


class ISpeaker(Interface):
    name = schema.TextLine(title=_("label_speaker_name", default="Name"))
    role = schema.TextLine(
        title=_("label_speaker_role", default="Rolle"), required=False
    )
    organisation = schema.TextLine(
        title=_("label_speaker_organisation", default="Organisation"), required=False
    )


class IHost(Interface):
    name = schema.TextLine(title=_("label_host_name", default="Name"))
    function = schema.TextLine(
        title=_("label_host_function", default="Funktion"), required=False
    )
    department = schema.Choice(
        title=_("label_host_department", default="Geschäftsbereich"),
        vocabulary="rundtisch.departments",
        required=False,
    )


@provider(IFormFieldProvider)
class IWorkshop(model.Schema):
    # Words a visitor reads on the page are found by Plone's search
    # (rows and choices: indexers/searchable_text.py, docs/design.md §5).
    searchable("focus")
    model.fieldset(
        "workshop",
        label=_("fieldset_workshop", default="Workshop"),
        fields=[
            "series_number",
            "event_format",
            "focus",
            "speakers",
            "hosts",
            "departments",
        ],
    )

    model.fieldset(
        "documentation",
        label=_("fieldset_documentation", default="Dokumentation"),
        fields=["attendance_count"],
    )

    directives.order_after(image_alt="ILeadImageBehavior.image_caption")
    image_alt = schema.TextLine(
        title=_("label_image_alt", default="Bildbeschreibung"),
        description=_(
            "help_image_alt",
            default="Was auf dem Foto zu sehen ist, für Menschen, die es nicht "
            "sehen können (Alternativtext). Der Bildnachweis gehört in die "
            "Bildunterschrift.",
        ),
        required=False,
    )

    series_number = whole_number_field(
        _("label_series_number", default="Nummer in der Reihe"),
        _("help_series_number", default="Zum Beispiel 3 für den dritten Workshop."),
        MAX_SERIES_NUMBER,
        minimum=1,
    )
    attendance_count = whole_number_field(
        _("label_attendance_count", default="Teilnehmende"),
        _(
            "help_attendance_count",
            default="Wie viele dabei waren. Leer: gezählt beim Einlass. "
            "Protokoll, Folien und Fotos als Datei oder Bild in der Veranstaltung "
            "ablegen; sie gehen mit ihr durch die Prüfung.",
        ),
        MAX_CAPACITY,
    )
    event_format = schema.Choice(
        title=_("label_event_format", default="Format"),
        vocabulary="rundtisch.formats",
        default="workshop",
    )
    focus = schema.TextLine(
        title=_("label_focus", default="Schwerpunkt"),
        description=_(
            "help_focus", default="Das Thema, um das es in der Veranstaltung geht."
        ),
        required=False,
    )
    directives.widget("speakers", DataGridFieldWidgetFactory)
    speakers = rows(
        _("label_speakers", default="Referentinnen und Referenten"),
        ISpeaker,
        _("label_speaker", default="Referent:in"),
    )
    directives.widget("hosts", DataGridFieldWidgetFactory)
    hosts = rows(
        _("label_hosts", default="Gastgeberinnen und Gastgeber"),
        IHost,
        _("label_host", default="Gastgeber:in"),
    )
    directives.widget("departments", CheckBoxFieldWidget)
    departments = choices(
        _("label_departments", default="Beteiligte Geschäftsbereiche"),
        "rundtisch.departments",
    )
