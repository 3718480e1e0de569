"""`rundtisch.result`: what kind of outcome a Result is, and where it came from."""

from plone.autoform import directives
from plone.autoform.interfaces import IFormFieldProvider
from plone.supermodel import model
from rundtisch.policy import _
from rundtisch.policy.behaviors.fields import browse
from rundtisch.policy.behaviors.fields import GermanContentBrowserFieldWidget
from rundtisch.policy.behaviors.fields import relations
from zope import schema
from zope.interface import provider


@provider(IFormFieldProvider)
class IResult(model.Schema):
    result_kind = schema.Choice(
        title=_("label_result_kind", default="Art des Ergebnisses"),
        vocabulary="rundtisch.result_kinds",
        required=True,
        default="requirement",
    )
    status = schema.Choice(
        title=_("label_result_status", default="Stand"),
        vocabulary="rundtisch.result_statuses",
        required=True,
        default="identified",
    )
    directives.widget(
        "workshops", GermanContentBrowserFieldWidget, pattern_options=browse("Workshop")
    )
    workshops = relations(
        _("label_result_workshops", default="Erarbeitet in"),
        _(
            "help_result_workshops",
            default="Die Workshops, aus denen dieses Ergebnis stammt.",
        ),
    )
