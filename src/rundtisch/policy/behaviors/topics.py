"""`rundtisch.topics`: the round table's themes a content item is about."""

from plone.autoform import directives
from plone.autoform.interfaces import IFormFieldProvider
from plone.supermodel import model
from rundtisch.policy import _
from rundtisch.policy.behaviors.fields import choices
from z3c.form.browser.checkbox import CheckBoxFieldWidget
from zope.interface import provider


@provider(IFormFieldProvider)
class ITopics(model.Schema):
    directives.widget("topics", CheckBoxFieldWidget)
    topics = choices(_("label_topics", default="Themen"), "rundtisch.topics")
