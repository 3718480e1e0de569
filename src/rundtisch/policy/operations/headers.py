"""Security headers on every answer, as a WSGI filter in instance/zope.ini.

A filter rather than a Zope event subscriber: it also covers error pages,
static resources and answers of the Zope root, and it can take away
Zope's `X-Powered-By`, which ZPublisher adds to every response itself.

The Content-Security-Policy keeps scripts, styles, images and frames to the
portal's own origin. Scripts come from files only (no inline script: Classic
UI in Plone 6.2 needs none, tests/e2e/test_security_headers.py checks the
editors' pages). Inline styles stay allowed: TinyMCE and the patterns set
them. No third-party origin, plugin, foreign frame or foreign form target.

Cookies get the `Secure` flag when the visitor came over HTTPS: directly,
or through a proxy that says so in `X-Forwarded-Proto`. SECURE_COOKIES
(zope.ini's `secure_cookies`) forces it on (`on`) or off (`off`).
"""

CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "frame-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'self'",
    )
)
SECURITY_HEADERS = (
    ("Content-Security-Policy", CONTENT_SECURITY_POLICY),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "strict-origin-when-cross-origin"),
    ("Permissions-Policy", "camera=(), microphone=(), geolocation=()"),
)
REMOVED_HEADERS = {"x-powered-by"}


def came_over_https(environ):
    return (
        environ.get("wsgi.url_scheme") == "https"
        or environ.get("HTTP_X_FORWARDED_PROTO", "").lower() == "https"
    )


def with_secure_flag(value):
    return value if "secure" in value.lower().split("; ") else f"{value}; Secure"


class SecurityHeaders:
    def __init__(self, app, secure_cookies="auto"):
        self.app = app
        self.secure_cookies = secure_cookies

    def wants_secure_cookies(self, environ):
        if self.secure_cookies in ("on", "off"):
            return self.secure_cookies == "on"
        return came_over_https(environ)

    def __call__(self, environ, start_response):
        secure = self.wants_secure_cookies(environ)

        def start_with_headers(status, headers, exc_info=None):
            names = {name.lower() for name, _value in headers}
            headers = [
                (name, with_secure_flag(value))
                if secure and name.lower() == "set-cookie"
                else (name, value)
                for name, value in headers
                if name.lower() not in REMOVED_HEADERS
            ]
            headers += [
                (name, value)
                for name, value in SECURITY_HEADERS
                if name.lower() not in names
            ]
            return start_response(status, headers, exc_info)

        return self.app(environ, start_with_headers)


def filter_factory(global_conf, secure_cookies="auto"):
    """PasteDeploy filter: `use = call:rundtisch.policy.operations.headers:filter_factory`."""
    return lambda app: SecurityHeaders(app, secure_cookies=secure_cookies)
