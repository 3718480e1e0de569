"""The login throttle of instance/zope.ini (issue 12): password guessing is
stopped after 10 failures per login name, for every way to log in."""

from base64 import b64encode
from io import BytesIO
from rundtisch.policy.operations.login_throttle import LoginThrottle
from rundtisch.policy.operations.login_throttle import WINDOW

import json
import pytest


PASSWORD = "richtig"


class FakeZope:
    """Answers like Plone: the login form sets `__ac` only for the right
    password, @login answers 401, protected URLs 401 for bad basic auth."""

    def __call__(self, environ, start_response):
        body = environ["wsgi.input"].read()
        right = PASSWORD.encode() in body or (
            environ.get("HTTP_AUTHORIZATION", "").endswith(
                b64encode(f"erika:{PASSWORD}".encode()).decode()
            )
        )
        path = environ["PATH_INFO"]
        if path.endswith("/@login") or "HTTP_AUTHORIZATION" in environ:
            start_response("200 OK" if right else "401 Unauthorized", [])
        else:
            cookie = "__ac=token; Path=/" if right else "__ac=deleted; Path=/"
            start_response("200 OK", [("Set-Cookie", cookie)])
        return [b"page"]


class Clock:
    now = 1000.0

    def __call__(self):
        return self.now


def form_post(password, login="erika", address="10.0.0.1"):
    body = f"__ac_name={login}&__ac_password={password}&buttons.login=Anmelden"
    return {
        "REQUEST_METHOD": "POST",
        "PATH_INFO": "/Plone/login",
        "CONTENT_TYPE": "application/x-www-form-urlencoded",
        "CONTENT_LENGTH": str(len(body)),
        "wsgi.input": BytesIO(body.encode()),
        "REMOTE_ADDR": address,
    }


def rest_login(password):
    body = json.dumps({"login": "erika", "password": password}).encode()
    return {
        "REQUEST_METHOD": "POST",
        "PATH_INFO": "/Plone/@login",
        "CONTENT_TYPE": "application/json",
        "CONTENT_LENGTH": str(len(body)),
        "wsgi.input": BytesIO(body),
        "REMOTE_ADDR": "10.0.0.2",
    }


def basic_auth(password):
    token = b64encode(f"erika:{password}".encode()).decode()
    return {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": "/Plone/@users/erika",
        "HTTP_AUTHORIZATION": f"Basic {token}",
        "wsgi.input": BytesIO(b""),
        "REMOTE_ADDR": "10.0.0.3",
    }


def status_of(throttle, environ):
    seen = {}

    def start_response(status, headers, exc_info=None):
        seen["status"] = status

    throttle(environ, start_response)
    return seen["status"]


@pytest.fixture
def throttle():
    return LoginThrottle(FakeZope(), clock=Clock())


@pytest.mark.parametrize("attempt", [form_post, rest_login])
def test_ten_failures_lock_the_login_even_for_the_right_password(throttle, attempt):
    for _ in range(10):
        assert not status_of(throttle, attempt("falsch")).startswith("429")
    assert status_of(throttle, attempt(PASSWORD)).startswith("429")


def test_a_locked_login_is_refused_on_every_way_in(throttle):
    for attempt in [form_post, rest_login] * 5:
        status_of(throttle, attempt("falsch"))
    for attempt in (form_post, rest_login, basic_auth):
        assert status_of(throttle, attempt(PASSWORD)).startswith("429")


def test_a_401_for_basic_auth_counts_as_no_failure(throttle):
    """It may be a valid user on a page they may not see."""
    for _ in range(20):
        status_of(throttle, basic_auth("falsch"))
    assert status_of(throttle, form_post(PASSWORD)) == "200 OK"


def test_the_lock_ends_after_the_window(throttle):
    for _ in range(10):
        status_of(throttle, form_post("falsch"))
    throttle.clock.now += WINDOW + 1
    assert status_of(throttle, form_post(PASSWORD)) == "200 OK"


def test_a_success_clears_the_count_and_other_logins_are_not_locked(throttle):
    for _ in range(9):
        status_of(throttle, form_post("falsch"))
    assert status_of(throttle, form_post(PASSWORD)) == "200 OK"
    for _ in range(9):
        status_of(throttle, form_post("falsch"))
    assert status_of(throttle, form_post(PASSWORD)) == "200 OK"
    for _ in range(10):
        status_of(throttle, form_post("falsch", login="max"))
    assert status_of(throttle, form_post(PASSWORD)) == "200 OK"


def test_one_address_trying_many_logins_is_stopped(throttle):
    for number in range(50):
        status_of(throttle, form_post("falsch", login=f"user{number}"))
    assert status_of(throttle, form_post(PASSWORD)).startswith("429")
    assert status_of(throttle, form_post(PASSWORD, address="10.9.9.9")) == "200 OK"


def test_other_requests_pass_untouched(throttle):
    environ = {"REQUEST_METHOD": "GET", "PATH_INFO": "/Plone", "wsgi.input": BytesIO()}
    for _ in range(100):
        assert status_of(throttle, environ) == "200 OK"
    assert throttle.failures == {}
