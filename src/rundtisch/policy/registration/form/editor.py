"""easyform's editors of a sign-up form, as far as editors may use them.

Editors (Redaktion) add, change and remove the form's questions in the field
editor; the actions editor and the XML editors are for Managers only
(configure.zcml, docs/design.md §4).
"""

from collective.easyform.browser.actions import EasyFormActionsView
from collective.easyform.browser.actions import ModelEditorView
from collective.easyform.browser.fields import EasyFormFieldsListingPage
from collective.easyform.browser.fields import EasyFormFieldsView
from collective.easyform.browser.fields import FieldsSchemaListing
from collective.easyform.browser.fields import ModelEditorView as FieldsModelEditorView
from collective.easyform.interfaces import IEasyFormActionContext
from plone import api
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from rundtisch.policy import _
from rundtisch.policy.registration.data.answers import remember_questions
from rundtisch.policy.registration.interfaces import IRegistrationActionContext
from rundtisch.policy.registration.interfaces import IRegistrationActionsContext
from rundtisch.policy.registration.interfaces import IRegistrationFieldsContext
from zope.i18n import translate
from zope.interface import alsoProvides
from zope.interface import implementer

import collective.easyform.browser as easyform_browser
import os


FIELDS_TITLE = _("signup_fields_title", default="Felder")
FIELDS_LABEL = _(
    "signup_fields_label", default="Felder des Anmeldeformulars bearbeiten"
)
# Field types the sign-up form's editor does not offer: a relation to site
# content is no question for a citizen, and its widget browses the site
# (docs/design.md §4).
NOT_FOR_SIGNUP = frozenset(
    (
        "z3c.relationfield.schema.RelationChoice",
        "z3c.relationfield.schema.RelationList",
    )
)


@implementer(IRegistrationActionsContext)
class RegistrationActionsView(EasyFormActionsView):
    """``actions`` of a sign-up form: its pages are for Managers only.

    Editors (Redaktion) edit the form's fields, not its actions: deleting
    the sign-up action would silently stop sign-ups, and a mailer would send
    them past the organisers' permission. easyform guards its action pages
    with "Modify portal content"; the markers here let configure.zcml guard
    them with "Manage portal", easyform's raw table of the saved data
    (``actions/<name>/@@data``) included: organisers work on the desk
    (``@@anmeldungen``, registration/desk/), which keeps the counters right.
    """

    def publishTraverse(self, request, name):
        target = super().publishTraverse(request, name)
        if IEasyFormActionContext.providedBy(target):
            alsoProvides(target, IRegistrationActionContext)
        return target


class RegistrationActionsModelEditorView(ModelEditorView):
    """easyform's XML editor of the actions, with its own template."""

    index = ViewPageTemplateFile(
        "modeleditor.pt", _prefix=os.path.dirname(easyform_browser.__file__)
    )

    def __call__(self):
        return self.index()


@implementer(IRegistrationFieldsContext)
class RegistrationFieldsView(EasyFormFieldsView):
    """``fields`` of a sign-up form: editors add, change and remove questions
    in easyform's form editor; its XML editor is for Managers only
    (configure.zcml). In the XML a field's default may be a TALES expression,
    run with the rights of whoever opens the form, which easyform otherwise
    reserves for "Edit TALES Fields" (Managers)."""

    # The page's heading; the breadcrumb and the browser's title read
    # Title(), which plone.schemaeditor sets to the view's name ("fields").
    label = FIELDS_LABEL

    def __init__(self, context, request):
        super().__init__(context, request)
        title = translate(FIELDS_TITLE, context=request)
        self.Title = lambda: title

    @property
    def allowedFields(self):
        """easyform's allowed field types (its registry record, shared by
        every easyform form) without those that do not fit a sign-up."""
        allowed = super().allowedFields or ()
        return [name for name in allowed if name not in NOT_FOR_SIGNUP]


class RegistrationFieldsListing(FieldsSchemaListing):
    """easyform's field editor, whose "XML Feldmodell bearbeiten" button
    leads to a page for Managers only (configure.zcml): others do not see
    it."""

    def update(self):
        if not api.user.has_permission("Manage portal", obj=self.context):
            self.buttons = self.buttons.omit("modeleditor")
        super().update()


class RegistrationFieldsListingPage(EasyFormFieldsListingPage):
    form = RegistrationFieldsListing


class RegistrationFieldsModelEditorView(FieldsModelEditorView):
    """easyform's XML editor of the questions (Managers): like the field
    editor, it leaves the questions' labels with the book (data/answers.py)."""

    def save(self, source):
        super().save(source)
        remember_questions(self.context.aq_parent)
