"""Optional list fields the behaviours share.

Each starts empty and stays a list (never None) when an editor leaves it
blank, so views and REST consumers can iterate it as it is. The widget stays a
directive next to the field: plone.autoform records it in the class body.
"""

from collective.z3cform.datagridfield.row import DictRow
from z3c.relationfield.schema import RelationChoice
from z3c.relationfield.schema import RelationList
from zope import schema


def optional_list(title, value_type, list_field=schema.List, **kwargs):
    return list_field(
        title=title,
        value_type=value_type,
        required=False,
        default=[],
        missing_value=[],
        **kwargs,
    )


def rows(title, row_schema, row_title):
    """Rows of `row_schema` as dicts; edit them with DataGridFieldWidgetFactory."""
    return optional_list(title, DictRow(title=row_title, schema=row_schema))


def lines(title):
    return optional_list(title, schema.TextLine())


def choices(title, vocabulary):
    """Tokens of `vocabulary`; edit them with CheckBoxFieldWidget."""
    return optional_list(title, schema.Choice(vocabulary=vocabulary))


def relations(title, description):
    """Links to content items; edit them with ContentBrowserFieldWidget and
    the `browse` pattern options."""
    return optional_list(
        title,
        RelationChoice(vocabulary="plone.app.vocabularies.Catalog"),
        list_field=RelationList,
        description=description,
    )


def browse(portal_type):
    """ContentBrowserFieldWidget's pattern options to pick items of one type."""
    return {"selectableTypes": [portal_type], "recentlyUsed": True}
