"""Pages of the sign-up form: the form (closed outside the window), the
cancellation page, and easyform's action editor restricted to Managers."""

from Acquisition import aq_inner
from Acquisition import aq_parent
from collective.easyform.browser.view import EasyFormFormWrapper
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
from rundtisch.policy.registration.mails import sending as mails


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
