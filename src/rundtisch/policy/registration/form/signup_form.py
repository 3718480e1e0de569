"""The sign-up form as participants meet it.

easyform's form, with four changes:
- the consent checkbox links the portal's Datenschutzerklärung;
- when all seats are taken, the button says "waiting list";
- after the submission, a confirmation page says what happened (seat or
  waiting-list place) for which workshop, when and where, instead of
  easyform's echo of the entered values;
- its buttons run only for a submission with the honeypot field and the
  visitor's CSRF token (protection.py), on every view built on it:
  the form page, ``@@embedded`` and the inline validation (which runs no
  button at all).
"""

from Acquisition import aq_inner
from Acquisition import aq_parent
from collective.easyform.browser.view import EasyFormForm
from html import escape
from plone import api
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from rundtisch.policy import _
from rundtisch.policy.browser.snippets import SNIPPETS
from rundtisch.policy.dates import period
from rundtisch.policy.interfaces import IRegistrationStatus
from rundtisch.policy.registration.booking.action import KNOWN
from rundtisch.policy.registration.booking.action import OUTCOME_KEY
from rundtisch.policy.registration.data.statuses import CONFIRMED
from rundtisch.policy.registration.data.statuses import WAITLISTED
from rundtisch.policy.registration.interfaces import ISignupForm
from z3c.form import button
from zope.i18n import translate
from zope.interface import implementer

import collective.easyform.browser as easyform_browser
import os


CONSENT_FIELD = "datenschutz"
PRIVACY_PAGE = "datenschutz"

WAITLIST_BUTTON = _("signup_submit_waitlist", default="Auf die Warteliste setzen")
PRIVACY_LINK = _("signup_privacy_link", default="Zur Datenschutzerklärung")
HEADLINES = {
    CONFIRMED: _("signup_headline_confirmed", default="Sie sind angemeldet"),
    WAITLISTED: _(
        "signup_headline_waitlisted", default="Sie stehen auf der Warteliste"
    ),
    KNOWN: _("signup_headline_known", default="Bitte sehen Sie in Ihr Postfach"),
}
ALERT_CLASSES = {CONFIRMED: "alert-success", KNOWN: "alert-info"}


@implementer(ISignupForm)
class SignupForm(EasyFormForm):
    thank_you_template = ViewPageTemplateFile("templates/confirmation.pt")
    # The workshop pages' date macro, so the date reads the same everywhere.
    snippets = SNIPPETS

    @property
    def workshop(self):
        return aq_parent(aq_inner(self.context))

    @property
    def schema(self):
        # easyform parses the form's XML model on every read of `schema`,
        # about 25 times for a sign-up (twice per field when it saves):
        # half the CPU time of the POST. One parse per request is enough;
        # the view lives for one request only.
        try:
            return self._parsed_schema
        except AttributeError:
            self._parsed_schema = super().schema
            return self._parsed_schema

    @property
    def outcome(self):
        return self.request.get(OUTCOME_KEY)

    @property
    def label(self):
        if self.thanksPage and self.outcome:
            return translate(HEADLINES[self.outcome["status"]], context=self.request)
        return super().label

    @property
    def description(self):
        # The confirmation page says it all; easyform's line would repeat it.
        return None if self.thanksPage else super().description

    def updateWidgets(self):
        super().updateWidgets()
        consent = self.widgets.get(CONSENT_FIELD)
        if consent is not None and not self.thanksPage:
            consent.description = self.consent_description(consent.field.description)
            # The checkbox's label and text are its vocabulary term, built
            # when the widget was updated: build it again with the link.
            consent.updateTerms()

    def consent_description(self, text):
        """The field's text and a link to the privacy page (HTML: the
        checkbox template renders the description as markup)."""
        portal = api.portal.get()
        if PRIVACY_PAGE not in portal.objectIds():
            return escape(text)
        url = escape(portal[PRIVACY_PAGE].absolute_url(), quote=True)
        link_text = escape(translate(PRIVACY_LINK, context=self.request))
        return f'{escape(text)} <a href="{url}">{link_text}</a>'

    def updateActions(self):
        super().updateActions()
        status = IRegistrationStatus(self.workshop).as_dict()["status"]
        if "submit" in self.actions and status == "waitlist":
            self.actions["submit"].title = translate(
                WAITLIST_BUTTON, context=self.request
            )

    def confirmation(self):
        """What the confirmation page shows."""
        workshop = self.workshop
        outcome = self.outcome or {}
        start = getattr(workshop, "start", None)
        return {
            "workshop_title": workshop.Title(),
            "workshop_url": workshop.absolute_url(),
            "calendar_url": f"{workshop.absolute_url()}/ics_view",
            "when": (
                period(start, workshop.end, workshop.whole_day, workshop.open_end)
                if start
                else None
            ),
            "location": workshop.location,
            "message": outcome.get("message"),
            "alert_class": ALERT_CLASSES.get(outcome.get("status"), "alert-warning"),
            "status_title": outcome.get("status_title"),
            "name": outcome.get("name"),
            "email": outcome.get("email"),
        }


class EmbeddedSignupForm(SignupForm):
    """``@@embedded``: the sign-up form without the page around it."""

    form_template = ViewPageTemplateFile(
        "easyform_form_embedded.pt", _prefix=os.path.dirname(easyform_browser.__file__)
    )


class FieldCheckForm(SignupForm):
    """The form as the inline validation of one field sees it: no buttons,
    so no request to ``@@z3cform_validate_field`` can submit a sign-up."""

    buttons = button.Buttons()
    handlers = button.Handlers()
