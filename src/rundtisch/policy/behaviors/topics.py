"""`rundtisch.topics`: the round table's themes a content item is about."""

from plone.autoform import directives
from plone.autoform.interfaces import IFormFieldProvider
from plone.supermodel import model
from rundtisch.policy import _
from z3c.form.browser.checkbox import CheckBoxFieldWidget
from zope import schema
from zope.interface import provider


@provider(IFormFieldProvider)
class ITopics(model.Schema):
    directives.widget("topics", CheckBoxFieldWidget)
    topics = schema.List(
        title=_("label_topics", default="Themen"),
        value_type=schema.Choice(vocabulary="rundtisch.topics"),
        required=False,
        default=[],
        missing_value=[],
    )
