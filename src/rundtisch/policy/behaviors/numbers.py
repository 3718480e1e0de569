"""Bounds for the whole numbers editors enter (capacity, series number,
days before a reminder), and the field that keeps to them.

zope.schema's Int takes any int, and JSON `true` too (a bool is an int in
Python): plone.restapi stored `capacity: true`, 10**30 and 2**63.
"""

from rundtisch.policy import _
from zope import schema
from zope.schema import ValidationError


MAX_CAPACITY = 10_000
MAX_SERIES_NUMBER = 1_000
MAX_REMINDER_DAYS = 30


class NotAWholeNumber(ValidationError):
    __doc__ = _(
        "error_not_a_whole_number", default="Bitte geben Sie eine ganze Zahl an."
    )


def whole_number(value):
    """Constraint of Int fields: refuse booleans."""
    if isinstance(value, bool):
        raise NotAWholeNumber(value)
    return True


def whole_number_field(title, description, maximum, minimum=0, **kwargs):
    """An optional Int field from `minimum` to `maximum` that refuses booleans."""
    return schema.Int(
        title=title,
        description=description,
        min=minimum,
        max=maximum,
        constraint=whole_number,
        required=False,
        **kwargs,
    )
