"""`rundtisch.coordination_office`: the design of the Koordinierungsstelle."""

from collective.z3cform.datagridfield.datagridfield import DataGridFieldWidgetFactory
from plone.app.dexterity.textindexer import searchable
from plone.app.textfield import RichText
from plone.autoform import directives
from plone.autoform.interfaces import IFormFieldProvider
from plone.supermodel import model
from rundtisch.policy import _
from rundtisch.policy.behaviors.fields import browse
from rundtisch.policy.behaviors.fields import GermanContentBrowserFieldWidget
from rundtisch.policy.behaviors.fields import lines
from rundtisch.policy.behaviors.fields import relations
from rundtisch.policy.behaviors.fields import rows
from zope import schema
from zope.interface import Interface
from zope.interface import provider


class ITask(Interface):
    title = schema.TextLine(title=_("label_task_title", default="Aufgabe"))
    description = schema.Text(
        title=_("label_task_description", default="Beschreibung"), required=False
    )


class IMilestone(Interface):
    date = schema.Date(title=_("label_milestone_date", default="Datum"), required=False)
    title = schema.TextLine(title=_("label_milestone_title", default="Meilenstein"))
    done = schema.Bool(
        title=_("label_milestone_done", default="Erreicht"), required=False
    )


class IReferenceModel(Interface):
    name = schema.TextLine(title=_("label_reference_name", default="Name"))
    city = schema.TextLine(
        title=_("label_reference_city", default="Stadt"), required=False
    )
    url = schema.URI(
        title=_("label_reference_url", default="Internetadresse"), required=False
    )


@provider(IFormFieldProvider)
class ICoordinationOffice(model.Schema):
    # Words a visitor reads on the page are found by Plone's search
    # (rows and choices: indexers/searchable_text.py, docs/design.md §5).
    searchable("mandate")
    mandate = RichText(
        title=_("label_mandate", default="Auftrag"),
        required=False,
    )
    directives.widget("tasks", DataGridFieldWidgetFactory)
    tasks = rows(
        _("label_tasks", default="Aufgaben"),
        ITask,
        _("label_task", default="Aufgabe"),
    )
    professional_requirements = lines(
        _("label_professional_requirements", default="Fachliche Anforderungen")
    )
    personal_requirements = lines(
        _("label_personal_requirements", default="Persönliche Anforderungen")
    )
    implementation_status = schema.Choice(
        title=_("label_implementation_status", default="Stand der Umsetzung"),
        vocabulary="rundtisch.implementation_statuses",
        default="concept",
    )
    directives.widget("milestones", DataGridFieldWidgetFactory)
    milestones = rows(
        _("label_milestones", default="Meilensteine"),
        IMilestone,
        _("label_milestone", default="Meilenstein"),
    )
    directives.widget(
        "based_on", GermanContentBrowserFieldWidget, pattern_options=browse("Result")
    )
    based_on = relations(
        _("label_based_on", default="Beruht auf den Ergebnissen"),
        _(
            "help_based_on",
            default="Welche Workshop-Ergebnisse die Gestaltung der Stelle begründen.",
        ),
    )
    directives.widget("reference_models", DataGridFieldWidgetFactory)
    reference_models = rows(
        _("label_reference_models", default="Vorbilder"),
        IReferenceModel,
        _("label_reference_model", default="Vorbild"),
    )
