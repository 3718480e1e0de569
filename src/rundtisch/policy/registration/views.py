"""The sign-up form's page (closed outside the window) and the cancellation page."""

from Acquisition import aq_inner
from Acquisition import aq_parent
from collective.easyform.browser.view import EasyFormFormWrapper
from collective.honeypot.utils import deny
from collective.honeypot.utils import found_honeypot
from plone.protect import CheckAuthenticator
from Products.Five import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from rundtisch.policy import _
from rundtisch.policy.registration.actions import registration_action
from rundtisch.policy.registration.status import closed_message


class RegistrationFormView(EasyFormFormWrapper):
    """easyform's form, shown only while the workshop takes sign-ups."""

    closed_template = ViewPageTemplateFile("templates/closed.pt")

    def __call__(self):
        self.closed = closed_message(aq_parent(aq_inner(self.context)))
        if self.closed is not None:
            return self.closed_template()
        if self.request.method == "POST" and found_honeypot(
            self.request.form, required=True
        ):
            # collective.honeypot refuses a filled honeypot for every POST;
            # on this form the (empty) field must also be present.
            deny()
        return super().__call__()


class CancelRegistrationView(BrowserView):
    """``@@abmelden?token=…``: the personal cancellation link of a sign-up.

    GET asks for confirmation (a mail scanner that follows links must not
    cancel); the POST carries Plone's CSRF authenticator.
    """

    template = ViewPageTemplateFile("templates/cancel.pt")

    def __call__(self):
        self.token = self.request.form.get("token", "")
        action = registration_action(self.context)
        self.row_id, self.row = action.row_by_token(self.token)
        self.cancelled = False
        if self.row is not None and self.request.method == "POST":
            CheckAuthenticator(self.request)
            action.cancel(self.row_id)
            self.cancelled = True
        return self.template()

    @property
    def message(self):
        if self.cancelled:
            return _(
                "signup_cancelled",
                default="Ihre Anmeldung ist storniert. Vielen Dank, dass Sie "
                "den Platz freigegeben haben.",
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
