"""@users/<login>/reset-password that survives a mail server that is down.

Plone's registration tool sends the reset mail while the transaction
commits, so an SMTP error answered 500 ("Connection refused") after
everything else was done. Here the mail is sent at once, inside the request:
a failure is logged for the operator and the request answers as if the mail
went out, as the portal's own mails do (mail.py). A user without a usable
address gets 400 with the tool's message instead of a server error.
"""

from plone import api
from plone.restapi.services.users.add import UsersPost
from rundtisch.policy import logger
from smtplib import SMTPException
from zope.i18n import translate


class UsersPostWithoutMailErrors(UsersPost):
    def update_password(self, data):
        if list(data):
            return super().update_password(data)
        login = self.params[0]
        if self._get_user_by_login_name(login) is None:
            self.request.response.setStatus(404)
            return None
        registration = api.portal.get_tool("portal_registration")
        try:
            registration.mailPassword(login, self.request, immediate=True)
        except (OSError, SMTPException):
            logger.exception("Password reset mail for %s not sent", login)
        except ValueError as error:
            self.request.response.setStatus(400)
            message = translate(error.args[0], context=self.request)
            return {"error": {"type": "BadRequest", "message": message}}
        return None
