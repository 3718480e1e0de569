"""Who may start the timed jobs over HTTP (registration/jobs/views.py): the cron
client's token, or a user with "Run timed jobs" and Plone's CSRF
authenticator; anonymous callers get 401, everybody else 403.

`tests/operations/test_timed_jobs.py` runs them against `make start`; here
the rules, on the purge (the reminders commit as they go).
"""

from plone import api
from plone.app.testing import login
from plone.app.testing import logout
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID
from plone.app.testing import TEST_USER_NAME
from plone.protect.authenticator import createToken

import json
import pytest


@pytest.fixture
def call(portal, monkeypatch):
    monkeypatch.delenv("JOBS_TOKEN", raising=False)
    monkeypatch.delenv("JOBS_TOKEN_FILE", raising=False)

    def call(method="POST", authenticator=False, token=None):
        request = portal.REQUEST
        request.method = method
        request.response.setStatus(200)
        request.form.pop("_authenticator", None)
        request.environ.pop("HTTP_X_JOBS_TOKEN", None)
        if authenticator:
            request.form["_authenticator"] = createToken()
        if token is not None:
            request.environ["HTTP_X_JOBS_TOKEN"] = token
        body = portal.restrictedTraverse("@@purge-registrations")()
        return request.response.getStatus(), json.loads(body)

    return call


def test_anonymous_callers_are_asked_to_authenticate(portal, call):
    logout()
    assert call(authenticator=True) == (401, {"error": "authentication required"})
    assert portal.REQUEST.response.getHeader("WWW-Authenticate") == "X-Jobs-Token"


@pytest.mark.parametrize("role", ["Member", "Editor", "Reviewer"])
def test_staff_without_the_permission_are_refused(portal, call, role):
    setRoles(portal, TEST_USER_ID, [role])
    login(portal, TEST_USER_NAME)
    assert call(authenticator=True) == (403, {"error": "not allowed"})


@pytest.mark.parametrize("role", ["Manager", "Site Administrator"])
def test_administrators_run_a_job_with_the_csrf_authenticator(portal, call, role):
    setRoles(portal, TEST_USER_ID, [role])
    login(portal, TEST_USER_NAME)
    assert call()[0] == 403, "no authenticator: a page on another site"
    assert call(authenticator=True) == (
        200,
        {"job": "purge-registrations", "purged": []},
    )
    assert call(method="GET", authenticator=True)[0] == 405


def test_the_token_of_the_environment_or_the_file(portal, call, monkeypatch, tmp_path):
    logout()
    assert call(token="irgendwas") == (403, {"error": "wrong token"})
    token_file = tmp_path / "jobs-token"
    token_file.write_text("geheim-aus-der-datei\n")
    monkeypatch.setenv("JOBS_TOKEN_FILE", str(token_file))
    assert call(token="geheim-aus-der-datei")[0] == 200
    monkeypatch.setenv("JOBS_TOKEN", "geheim-aus-der-umgebung")
    assert call(token="geheim-aus-der-datei")[0] == 403
    assert call(token="geheim-aus-der-umgebung")[0] == 200
    assert api.user.is_anonymous(), "the token logs nobody in"
