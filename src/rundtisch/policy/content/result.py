"""The Result type: one outcome of the workshop series."""

from plone.dexterity.content import Item
from rundtisch.policy.interfaces import IResultContent
from zope.interface import implementer


@implementer(IResultContent)
class Result(Item):
    """Fields come from behaviours (see profiles/default/types/Result.xml)."""
