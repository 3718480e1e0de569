"""The WSGI filter of instance/zope.ini: security headers on every answer,
no Zope/Python version, `Secure` cookies over HTTPS (issue 12), framing by
any site only for answers that opt in (issue 17)."""

from rundtisch.policy.operations.filters.headers import allow_camera
from rundtisch.policy.operations.filters.headers import allow_framing
from rundtisch.policy.operations.filters.headers import filter_factory

import pytest


def app(environ, start_response):
    start_response(
        "200 OK",
        [
            ("Content-Type", "text/html"),
            ("X-Powered-By", "Zope (www.zope.dev), Python (www.python.org)"),
            ("Set-Cookie", "__ac=abc; Path=/; HttpOnly"),
            ("X-Frame-Options", "SAMEORIGIN"),
        ],
    )
    return [b"ok"]


def answer(environ=None, secure_cookies="auto"):
    wrapped = filter_factory({}, secure_cookies=secure_cookies)(app)
    seen = {}

    def start_response(status, headers, exc_info=None):
        seen["headers"] = headers

    wrapped({"wsgi.url_scheme": "http", **(environ or {})}, start_response)
    return seen["headers"]


def header(headers, name):
    return [value for key, value in headers if key.lower() == name.lower()]


def test_security_headers_are_added_and_the_version_is_gone():
    headers = answer()
    assert header(headers, "X-Content-Type-Options") == ["nosniff"]
    assert header(headers, "Referrer-Policy") == ["strict-origin-when-cross-origin"]
    (policy,) = header(headers, "Content-Security-Policy")
    assert "default-src 'self'" in policy and "object-src 'none'" in policy
    assert "script-src 'self';" in policy, "no inline scripts"
    assert "frame-ancestors 'self'" in policy
    assert header(headers, "X-Powered-By") == []
    assert header(headers, "X-Frame-Options") == ["SAMEORIGIN"]


@pytest.mark.parametrize(
    "environ,secure_cookies,secure",
    [
        ({}, "auto", False),
        ({"wsgi.url_scheme": "https"}, "auto", True),
        ({"HTTP_X_FORWARDED_PROTO": "https"}, "auto", True),
        ({}, "on", True),
        ({"wsgi.url_scheme": "https"}, "off", False),
    ],
)
def test_cookies_are_secure_over_https(environ, secure_cookies, secure):
    (cookie,) = header(answer(environ, secure_cookies), "Set-Cookie")
    assert cookie.endswith("; Secure") is secure


def framed_app(environ, start_response):
    """An answer of a view that called `allow_framing` (the partner embed)."""
    start_response(
        "200 OK",
        [
            ("Content-Type", "text/html"),
            ("X-Frame-Options", "SAMEORIGIN"),
            ("X-Rundtisch-Frameable", "1"),
        ],
    )
    return [b"ok"]


def test_a_frameable_answer_may_be_framed_by_any_site():
    wrapped = filter_factory({})(framed_app)
    seen = {}
    wrapped(
        {"wsgi.url_scheme": "http"},
        lambda status, headers, exc_info=None: seen.update(headers=headers),
    )
    headers = seen["headers"]
    (policy,) = header(headers, "Content-Security-Policy")
    assert "frame-ancestors *" in policy
    assert "frame-ancestors 'self'" not in policy
    # The rest of the policy is unchanged.
    assert (
        policy.replace("frame-ancestors *", "frame-ancestors 'self'")
        == (header(answer(), "Content-Security-Policy")[0])
    )
    assert header(headers, "X-Frame-Options") == []
    assert header(headers, "X-Rundtisch-Frameable") == [], "the marker stays inside"
    assert header(headers, "X-Content-Type-Options") == ["nosniff"]


def test_allow_framing_sets_the_marker():
    class Response:
        headers = {}

        def setHeader(self, name, value):
            self.headers[name] = value

    response = Response()
    allow_framing(response)
    assert response.headers == {"X-Rundtisch-Frameable": "1"}


def csp(environ):
    return header(answer(environ), "Content-Security-Policy")[0]


def test_visitors_never_get_eval():
    assert "'unsafe-eval'" not in csp({})
    assert "'unsafe-eval'" not in csp({"HTTP_COOKIE": "I18N_LANGUAGE=de"})


@pytest.mark.parametrize(
    "credentials",
    [{"HTTP_COOKIE": "a=1; __ac=abc"}, {"HTTP_AUTHORIZATION": "Basic eDp5"}],
)
def test_logged_in_staff_may_run_the_contents_views_templates(credentials):
    policy = csp(credentials)
    assert "script-src 'self' 'unsafe-eval'" in policy
    assert "frame-ancestors 'self'" in policy


def test_only_the_check_in_page_may_ask_for_the_camera():
    """The Einlass page (issue 24) reads QR codes with the camera; its view
    calls `allow_camera`. Every other answer keeps the camera off."""

    class Response:
        headers = {}

        def setHeader(self, name, value):
            self.headers[name] = value

    response = Response()
    allow_camera(response)

    def camera_app(environ, start_response):
        start_response(
            "200 OK", [("Content-Type", "text/html"), *response.headers.items()]
        )
        return [b"ok"]

    seen = {}
    filter_factory({})(camera_app)(
        {"wsgi.url_scheme": "http", "HTTP_COOKIE": "__ac=abc"},
        lambda status, headers, exc_info=None: seen.update(headers=headers),
    )
    (permissions,) = header(seen["headers"], "Permissions-Policy")
    assert "camera=(self)" in permissions and "microphone=()" in permissions
    assert header(seen["headers"], "X-Rundtisch-Camera") == [], (
        "the marker stays inside"
    )
    assert header(seen["headers"], "Content-Security-Policy") == [
        csp({"HTTP_COOKIE": "__ac=abc"})
    ]
    assert header(answer(), "Permissions-Policy") == [
        "camera=(), microphone=(), geolocation=()"
    ]


@pytest.mark.parametrize(
    "cookie",
    [
        {"HTTP_COOKIE": "x__ac=1"},
        {"HTTP_COOKIE": "a=1; my__ac=abc"},
        {"HTTP_COOKIE": "__ac="},
    ],
)
def test_a_cookie_that_only_ends_in_ac_is_no_login(cookie):
    """Issue 28: `x__ac=1` gave an anonymous visitor the staff policy."""
    assert "'unsafe-eval'" not in csp(cookie)


def cookie_app(environ, start_response):
    """Cookies as Plone sets them: the status message (Products.statusmessages)
    without any flag, the login cookie with its own."""
    start_response(
        "200 OK",
        [
            ("Set-Cookie", 'statusmessages="abc"; Path=/'),
            ("Set-Cookie", "__ac=abc; Path=/; HttpOnly; SameSite=Strict"),
        ],
    )
    return [b"ok"]


def cookies_of(environ, secure_cookies="auto"):
    wrapped = filter_factory({}, secure_cookies=secure_cookies)(cookie_app)
    seen = {}

    def start_response(status, headers, exc_info=None):
        seen["headers"] = headers

    wrapped({"wsgi.url_scheme": "http", **environ}, start_response)
    return seen["headers"]


def test_the_status_message_cookie_is_http_only_and_same_site():
    status, login = header(cookies_of({}), "Set-Cookie")
    assert status == 'statusmessages="abc"; Path=/; HttpOnly; SameSite=Lax'
    assert login == "__ac=abc; Path=/; HttpOnly; SameSite=Strict", "own flags kept"


@pytest.mark.parametrize(
    "environ,secure_cookies,hsts",
    [
        ({}, "auto", False),
        ({"wsgi.url_scheme": "https"}, "auto", True),
        ({"HTTP_X_FORWARDED_PROTO": "https"}, "auto", True),
        ({}, "on", True),
        ({"wsgi.url_scheme": "https"}, "off", False),
    ],
)
def test_strict_transport_security_over_https(environ, secure_cookies, hsts):
    headers = cookies_of(environ, secure_cookies)
    expected = ["max-age=31536000"] if hsts else []
    assert header(headers, "Strict-Transport-Security") == expected
