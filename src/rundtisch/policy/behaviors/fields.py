"""Optional list fields the behaviours share.

Each starts empty and stays a list (never None) when an editor leaves it
blank, so views and REST consumers can iterate it as it is. The widget stays a
directive next to the field: plone.autoform records it in the class body.
"""

from collective.z3cform.datagridfield.row import DictRow
from plone.app.z3cform.widgets.contentbrowser import ContentBrowserWidget
from z3c.form.interfaces import IFieldWidget
from z3c.form.widget import FieldWidget
from z3c.relationfield.schema import RelationChoice
from z3c.relationfield.schema import RelationList
from zope import schema
from zope.i18n import translate
from zope.interface import implementer


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
    """Links to content items; edit them with GermanContentBrowserFieldWidget
    and the `browse` pattern options."""
    return optional_list(
        title,
        RelationChoice(vocabulary="plone.app.vocabularies.Catalog"),
        list_field=RelationList,
        description=description,
    )


def browse(portal_type):
    """ContentBrowserFieldWidget's pattern options to pick items of one type."""
    return {"selectableTypes": [portal_type], "recentlyUsed": True}


class GermanContentBrowserWidget(ContentBrowserWidget):
    """Plone's content browser with its shortcuts in German.

    plone.app.z3cform puts the titles of the shortcuts ("Current Content",
    "Start Page") into the pattern options as msgids, and nothing translates
    them on their way into the page's JSON.
    """

    def get_pattern_options(self):
        options = super().get_pattern_options()
        for favorite in options.get("favorites", ()):
            favorite["title"] = translate(favorite["title"], context=self.request)
        return options


@implementer(IFieldWidget)
def GermanContentBrowserFieldWidget(field, request):
    return FieldWidget(field, GermanContentBrowserWidget(request))
