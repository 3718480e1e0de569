"""The timed jobs (reminders, purge) as POST requests to the running site.

`make send-reminders` and `make purge-registrations` (scripts/timed_job.py)
ask the site that serves over HTTP, so they run beside it in every storage
set-up, FileStorage included, whose lock a second process could not take
(docs/design.md §4, §7). Only the database fallback, when no site is running,
opens the storage itself.

Who may call them:

- the cron client, with the secret of ``$JOBS_TOKEN`` or the file named by
  ``JOBS_TOKEN_FILE`` (zope.conf; ``$INSTANCE_VAR/jobs-token``, mode 0600,
  created by instance/write_config.py) in the ``X-Jobs-Token`` header;
- a logged-in user with "rundtisch.policy: Run timed jobs" (Manager, Site
  Administrator) whose POST carries Plone's CSRF authenticator.

Anonymous requests get 401, others 403. The token is checked here, not by a
PAS plugin: it does not log anybody in, it only allows these two idempotent
jobs, which run as the cron scripts always did (as nobody, with unrestricted
catalog queries). A page on another site cannot send the custom header, so
the token path needs no CSRF authenticator; the login path does.
"""

from plone import api
from plone.protect import CheckAuthenticator
from plone.protect.interfaces import IDisableCSRFProtection
from Products.Five import BrowserView
from rundtisch.policy import logger
from rundtisch.policy.registration.jobs.purge import purge_registrations
from rundtisch.policy.registration.jobs.reminders import send_reminders
from zExceptions import Forbidden
from zope.interface import alsoProvides

import hmac
import json
import os


RUN_TIMED_JOBS = "rundtisch.policy: Run timed jobs"
TOKEN_HEADER = "X-Jobs-Token"
TOKEN_VARIABLE = "JOBS_TOKEN"
TOKEN_FILE_VARIABLE = "JOBS_TOKEN_FILE"


def jobs_token(environ=os.environ):
    """The secret the cron client must send, or None when there is none."""
    token = environ.get(TOKEN_VARIABLE, "").strip()
    if token:
        return token
    path = environ.get(TOKEN_FILE_VARIABLE)
    if not path:
        return None
    try:
        with open(path, encoding="ascii") as token_file:
            return token_file.read().strip() or None
    except OSError:
        return None


class TimedJobView(BrowserView):
    """POST ``@@<job>`` on the site: run the job, answer JSON."""

    def __call__(self):
        response = self.request.response
        response.setHeader("Content-Type", "application/json")
        response.setHeader("Cache-Control", "no-store")
        if self.request.method != "POST":
            response.setHeader("Allow", "POST")
            return self.answer(405, error="POST only")
        caller, refusal = self.caller()
        if caller is None:
            status, error = refusal
            if status == 401:
                response.setHeader("WWW-Authenticate", TOKEN_HEADER)
            return self.answer(status, error=error)
        # Checked above: the token, or the authenticator of a logged-in user.
        alsoProvides(self.request, IDisableCSRFProtection)
        result = self.run()
        logger.info("%s run by %s: %s", self.__name__, caller, result)
        return self.answer(200, job=self.__name__, **result)

    def caller(self):
        """(who asks, for the log; None) or (None, (status, reason))."""
        expected = jobs_token()
        given = self.request.getHeader(TOKEN_HEADER)
        if given:
            if expected and hmac.compare_digest(given.encode(), expected.encode()):
                return "the jobs token", None
            return None, (403, "wrong token")
        if api.user.is_anonymous():
            return None, (401, "authentication required")
        user = api.user.get_current()
        if not api.user.has_permission(RUN_TIMED_JOBS, user=user, obj=self.context):
            return None, (403, "not allowed")
        try:
            CheckAuthenticator(self.request)
        except Forbidden:
            return None, (403, "CSRF authenticator missing")
        return user.getId(), None

    def answer(self, status, **data):
        self.request.response.setStatus(status)
        return json.dumps(data)

    def run(self):
        raise NotImplementedError


class SendRemindersView(TimedJobView):
    """``@@send-reminders``: `make send-reminders`, hourly from cron."""

    def run(self):
        return {"sent": send_reminders()}


class PurgeRegistrationsView(TimedJobView):
    """``@@purge-registrations``: `make purge-registrations`, daily from cron."""

    def run(self):
        return {"purged": purge_registrations()}
