"""What a sign-up brings along on every route into the form (docs/design.md §4):
the honeypot field, present and empty, and a CSRF token of this visitor.

plone.protect's token is an HMAC of the user name under a key of the site.
A visitor without a login is always "Anonymous User", so every visitor gets
the same token, and a bot that fetched it once can post for as long as the
key lives. On the sign-up form the token of an anonymous visitor also covers
a random value the visitor keeps in a cookie (a double-submit cookie, no
server-side session): a token works only with the cookie it was made for, a
second visitor's cookie does not fit it, and a cross-site post carries no
cookie at all (``SameSite=Lax``). Logged-in users keep Plone's token, which
already names them. plone.protect offers the ``extra`` argument for this;
the cookie is ours because Plone has no anonymous session to bind to.

The checks sit in the form's action manager, so they run wherever a
``SignupForm`` executes its button: the form page, ``@@embedded``, and any
other view built on it.
"""

from collective.honeypot.utils import deny
from collective.honeypot.utils import found_honeypot
from plone import api
from plone.app.z3cform.interfaces import IPloneFormLayer
from plone.protect.authenticator import AuthenticatorView
from plone.protect.authenticator import check
from plone.protect.authenticator import createToken
from rundtisch.policy.registration.interfaces import ISignupForm
from z3c.form.button import ButtonActions
from zExceptions import Forbidden
from zope.component import adapter
from zope.component import getMultiAdapter
from zope.interface import Interface

import re
import secrets


VISITOR_COOKIE = "rundtisch_formular"
# Request key: the value chosen for a visitor who came without the cookie.
NEW_VISITOR_KEY = "rundtisch.signup_visitor"
VISITOR_VALUE = re.compile(r"^[A-Za-z0-9_-]{20,64}$")


def visitor_value(request, form=None):
    """The anonymous visitor's random value, from the cookie; given the
    `form`, a new one (set as a cookie for the form's URLs) for a visitor
    who has none. "" for users with a login, None for a visitor without
    the cookie."""
    if not api.user.is_anonymous():
        return ""
    value = request.cookies.get(VISITOR_COOKIE, "")
    if isinstance(value, str) and VISITOR_VALUE.match(value):
        return value
    value = request.get(NEW_VISITOR_KEY)
    if value is None and form is not None:
        value = secrets.token_urlsafe(24)
        request.set(NEW_VISITOR_KEY, value)
        # A session cookie sent only to the form, its @@embedded and its
        # cancellation page: other pages stay cacheable for the visitor.
        # `Secure` behind HTTPS comes from the security-headers filter
        # (docs/design.md §7).
        request.response.setCookie(
            VISITOR_COOKIE,
            value,
            path=form.absolute_url_path(),
            http_only=True,
            same_site="Lax",
        )
    return value


class SignupAuthenticatorView(AuthenticatorView):
    """``@@authenticator`` of the sign-up form: tokens bound to the visitor."""

    def token(self, extra=""):
        return createToken(extra + visitor_value(self.request, self.context))

    def authenticator(self, extra="", name="_authenticator"):
        return f'<input type="hidden" name="{name}" value="{self.token(extra)}"/>'

    def verify(self, extra="", name="_authenticator"):
        value = visitor_value(self.request)
        if value is None:
            return False
        try:
            check(self.request, extra=extra + value, name=name)
        except Forbidden:
            return False
        return True


def check_authenticator(context, request):
    """Raise Forbidden unless the request carries this visitor's token."""
    view = getMultiAdapter((context, request), name="authenticator")
    if not view.verify():
        raise Forbidden("Form authenticator is invalid.")


def check_submission(context, request):
    """Raise Forbidden for a submission without the empty honeypot field or
    without this visitor's token."""
    if found_honeypot(request.form, required=True):
        # collective.honeypot refuses a filled honeypot on every POST; here
        # the (empty) field must also be present.
        deny()
    check_authenticator(context, request)


@adapter(ISignupForm, IPloneFormLayer, Interface)
class SignupActions(ButtonActions):
    """The sign-up form's buttons, executed only for a protected submission.

    Replaces plone.app.z3cform's action manager, whose check knows only
    Plone's token without the visitor's value.
    """

    def execute(self):
        if self.executedActions:
            check_submission(self.form.context, self.request)
        super().execute()
