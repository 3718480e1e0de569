"""The WSGI filter of instance/zope.ini: security headers on every answer,
no Zope/Python version, `Secure` cookies over HTTPS (issue 12)."""

from rundtisch.policy.operations.headers import filter_factory

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
