"""Pages of the sign-up form: the form (closed outside the window), the
cancellation page, and easyform's action editor restricted to Managers."""

from Acquisition import aq_inner
from Acquisition import aq_parent
from collective.easyform.browser.actions import EasyFormActionsView
from collective.easyform.browser.actions import ModelEditorView
from collective.easyform.browser.fields import EasyFormFieldsListingPage
from collective.easyform.browser.fields import EasyFormFieldsView
from collective.easyform.browser.fields import FieldsSchemaListing
from collective.easyform.browser.view import EasyFormFormWrapper
from collective.easyform.interfaces import IEasyFormActionContext
from plone import api
from plone.app.z3cform.inline_validation import InlineValidationView
from Products.Five import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from rundtisch.policy import _
from rundtisch.policy.registration.booking.availability import closed_message
from rundtisch.policy.registration.data.saved_data import registration_action
from rundtisch.policy.registration.form.heading import signup_heading
from rundtisch.policy.registration.form.protection import check_authenticator
from rundtisch.policy.registration.form.signup_form import FieldCheckForm
from rundtisch.policy.registration.form.signup_form import SignupForm
from rundtisch.policy.registration.interfaces import IRegistrationActionContext
from rundtisch.policy.registration.interfaces import IRegistrationActionsContext
from rundtisch.policy.registration.interfaces import IRegistrationFieldsContext
from rundtisch.policy.registration.mails import sending as mails
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


class RegistrationFormView(EasyFormFormWrapper):
    """easyform's form, shown only while the workshop takes sign-ups."""

    form = SignupForm
    closed_template = ViewPageTemplateFile("templates/closed.pt")
    # easyform's layout, headed with the workshop's facts; after sending,
    # the confirmation's heading takes the focus (docs/design.md §5).
    index = ViewPageTemplateFile("templates/signup_layout.pt")

    def __call__(self):
        self.closed = closed_message(aq_parent(aq_inner(self.context)))
        if self.closed is not None:
            return self.closed_template()
        return super().__call__()

    def heading(self):
        return signup_heading(aq_parent(aq_inner(self.context)))


class CancelRegistrationView(BrowserView):
    """``@@abmelden?token=…``: the personal cancellation link of a sign-up.

    GET asks for confirmation (a mail scanner that follows links must not
    cancel); the POST carries Plone's CSRF authenticator.
    """

    template = ViewPageTemplateFile("templates/cancel.pt")

    def __call__(self):
        token = self.request.form.get("token", "")
        # `token:int=5` or a repeated token is no token we handed out.
        self.token = token if isinstance(token, str) else ""
        action = registration_action(self.context)
        self.row_id, self.row = action.row_by_token(self.token)
        self.cancelled = False
        if self.row is not None and self.request.method == "POST":
            check_authenticator(self.context, self.request)
            action.cancel(self.row_id)
            mails.send_cancellation_mail(action.workshop, self.row)
            self.cancelled = True
        return self.template()

    @property
    def message(self):
        if self.cancelled:
            return _(
                "signup_cancelled",
                default="Ihre Anmeldung ist storniert. Vielen Dank, dass Sie "
                "den Platz freigegeben haben. Eine Bestätigung ist unterwegs "
                "an Ihre E-Mail-Adresse.",
            )
        if self.row is None:
            return _(
                "signup_cancel_unknown",
                default="Dieser Abmeldelink ist ungültig oder die Anmeldung "
                "wurde bereits storniert.",
            )
        return None

    def workshop_title(self):
        return aq_parent(aq_inner(self.context)).Title()

    def workshop_url(self):
        return aq_parent(aq_inner(self.context)).absolute_url()


class FieldCheckView(InlineValidationView):
    """``@@z3cform_validate_field`` of the sign-up form: checks one field
    with a form that has no buttons (easyform's would run a posted submit
    button, past the honeypot)."""

    def __call__(self, fname=None, fset=None):
        self.context = FieldCheckForm(self.context, self.request)
        return super().__call__(fname, fset)


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
