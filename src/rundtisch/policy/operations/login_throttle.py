"""Slow down password guessing: a WSGI filter in front of Zope (zope.ini).

After MAX_FAILURES_PER_LOGIN failed logins for one login name, or
MAX_FAILURES_PER_ADDRESS from one client address, within WINDOW seconds,
further login attempts for it answer 429 with a German/English message and
`Retry-After`, without reaching Zope; a successful login clears the count of
its login name. Failures are counted for the login form and REST `@login`,
where success and failure are plain; a locked login is refused on every way
in, HTTP basic authentication included (a 401 there may also mean "not
allowed here" for a valid user, so it counts as neither).

Our own, because nothing kept fits: Products.LoginLockout (0.5.0, for
Plone <= 6.0) installed on Plone 6.2 but did not lock an account in our
trial. The counts live
in the process: with several instances (ZEO, RelStorage) each counts its
own share, so an attacker gets at most that many times the limit.
"""

from base64 import b64decode
from collections import defaultdict
from collections import deque
from io import BytesIO
from urllib.parse import parse_qs

import json
import threading
import time


WINDOW = 15 * 60
MAX_FAILURES_PER_LOGIN = 10
MAX_FAILURES_PER_ADDRESS = 50
LOGIN_PATHS = ("/login", "/@@login", "/login_form", "/failsafe_login", "/@login")
MAX_BODY = 64 * 1024
MESSAGE = (
    "Zu viele fehlgeschlagene Anmeldeversuche. Bitte versuchen Sie es in "
    "{minutes} Minuten erneut. / Too many failed logins; try again later.\n"
)


def login_of_basic_auth(environ):
    header = environ.get("HTTP_AUTHORIZATION", "")
    if not header.lower().startswith("basic "):
        return None
    try:
        return b64decode(header[6:]).decode("utf-8").partition(":")[0]
    except ValueError:
        return None


def login_of_form_post(environ):
    """The login name a login form or `@login` post carries; keeps the body."""
    if environ.get("REQUEST_METHOD") != "POST":
        return None
    if not environ.get("PATH_INFO", "").endswith(LOGIN_PATHS):
        return None
    try:
        length = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return None
    if not 0 < length <= MAX_BODY:
        return None
    body = environ["wsgi.input"].read(length)
    environ["wsgi.input"] = BytesIO(body)
    if environ.get("CONTENT_TYPE", "").startswith("application/json"):
        try:
            data = json.loads(body)
        except ValueError:
            return None
        return data.get("login") if isinstance(data, dict) else None
    values = parse_qs(body.decode("utf-8", "replace")).get("__ac_name")
    return values[0] if values else None


def failed(environ, status, headers):
    """Did Zope refuse the credentials of this login form or `@login` post?"""
    if environ.get("PATH_INFO", "").endswith("/@login"):
        return not status.startswith("200")
    # The login form answers 200 or a redirect either way; only a success
    # sets the authentication cookie.
    return not any(
        name.lower() == "set-cookie"
        and value.startswith("__ac=")
        and not value.startswith(("__ac=;", '__ac="', "__ac=deleted"))
        for name, value in headers
    )


class LoginThrottle:
    def __init__(self, app, clock=time.monotonic):
        self.app = app
        self.clock = clock
        self.failures = defaultdict(deque)
        self.lock = threading.Lock()

    def _recent(self, key, now):
        times = self.failures[key]
        while times and times[0] <= now - WINDOW:
            times.popleft()
        return times

    def retry_after(self, keys):
        """Seconds until the next attempt is allowed, or 0."""
        now = self.clock()
        with self.lock:
            waits = [
                self._recent(key, now)[0] + WINDOW - now
                for key, limit in keys
                if len(self._recent(key, now)) >= limit
            ]
        return int(max(waits)) + 1 if waits else 0

    def record(self, keys, success):
        now = self.clock()
        with self.lock:
            for key, _limit in keys:
                if success and key[0] == "login":
                    self.failures.pop(key, None)
                elif not success:
                    self._recent(key, now).append(now)

    def __call__(self, environ, start_response):
        form_login = login_of_form_post(environ)
        login = form_login or login_of_basic_auth(environ)
        if not login:
            return self.app(environ, start_response)
        keys = [
            (("login", login.strip().lower()), MAX_FAILURES_PER_LOGIN),
            (("address", environ.get("REMOTE_ADDR", "")), MAX_FAILURES_PER_ADDRESS),
        ]
        wait = self.retry_after(keys)
        if wait:
            body = MESSAGE.format(minutes=wait // 60 + 1).encode("utf-8")
            start_response(
                "429 Too Many Requests",
                [
                    ("Content-Type", "text/plain; charset=utf-8"),
                    ("Content-Length", str(len(body))),
                    ("Retry-After", str(wait)),
                ],
            )
            return [body]

        if not form_login:
            return self.app(environ, start_response)

        def start_and_count(status, headers, exc_info=None):
            self.record(keys, success=not failed(environ, status, headers))
            return start_response(status, headers, exc_info)

        return self.app(environ, start_and_count)


def filter_factory(global_conf):
    """PasteDeploy filter: `use = call:rundtisch.policy.operations.login_throttle:filter_factory`."""
    return LoginThrottle
