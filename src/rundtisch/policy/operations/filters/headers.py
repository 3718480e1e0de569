"""Security headers on every answer, as a WSGI filter in instance/zope.ini.

A filter rather than a Zope event subscriber: it also covers error pages,
static resources and answers of the Zope root, and it can take away
Zope's `X-Powered-By`, which ZPublisher adds to every response itself.

The Content-Security-Policy keeps scripts, styles, images and frames to the
portal's own origin. Scripts come from files only (no inline script: Classic
UI in Plone 6.2 needs none, tests/e2e/test_csp_in_the_browser.py checks the
editors' pages). Inline styles stay allowed: TinyMCE and the patterns set
them. No third-party origin, plugin, foreign frame or foreign form target.

Pages meant for other sites' iframes (the partner embed, partners/) opt in
with `allow_framing(response)`: the filter then answers `frame-ancestors *`
and drops plone.protect's `X-Frame-Options: SAMEORIGIN`, and removes the
marker; the rest of the policy stays. Only pages without forms or actions
may opt in, so that framing them cannot be used for clickjacking.

The check-in page (registration/desk/checkin.py) opts in to the camera with
`allow_camera(response)`: its Permissions-Policy says `camera=(self)`, so
the page's own script may ask to read QR codes (the browser still asks the
person); every other answer keeps `camera=()`.

Logged-in staff get `'unsafe-eval'` in script-src: Plone's folder contents
("Inhalte") builds its table from underscore templates, which compile with
`new Function`; without it the editors' contents view stays empty. Visitors
without a login cookie never get it.

Cookies get the `Secure` flag when the visitor came over HTTPS: directly,
or through a proxy that says so in `X-Forwarded-Proto`. SECURE_COOKIES
(zope.ini's `secure_cookies`) forces it on (`on`) or off (`off`). Those
answers also carry `Strict-Transport-Security`, so the browser never again
asks over plain HTTP. Every cookie is `HttpOnly` and `SameSite=Lax` unless it
says otherwise: Products.statusmessages sets its `statusmessages` cookie
without either, and no script of the portal reads a cookie the server sets
(docs/design.md §7).
"""

POLICY_DIRECTIVES = (
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
)
CONTENT_SECURITY_POLICY = "; ".join((*POLICY_DIRECTIVES, "frame-ancestors 'self'"))
STAFF_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace(
    "script-src 'self'", "script-src 'self' 'unsafe-eval'"
)
FRAMEABLE_CONTENT_SECURITY_POLICY = "; ".join((*POLICY_DIRECTIVES, "frame-ancestors *"))
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=()"
CAMERA_PERMISSIONS_POLICY = PERMISSIONS_POLICY.replace("camera=()", "camera=(self)")
OTHER_HEADERS = (
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "strict-origin-when-cross-origin"),
    ("Permissions-Policy", PERMISSIONS_POLICY),
)
SECURITY_HEADERS = (
    ("Content-Security-Policy", CONTENT_SECURITY_POLICY),
    *OTHER_HEADERS,
)
STAFF_SECURITY_HEADERS = (
    ("Content-Security-Policy", STAFF_CONTENT_SECURITY_POLICY),
    *OTHER_HEADERS,
)
FRAMEABLE_SECURITY_HEADERS = (
    ("Content-Security-Policy", FRAMEABLE_CONTENT_SECURITY_POLICY),
    *OTHER_HEADERS,
)
# One year: what browsers' preload lists ask for; a site served over HTTPS
# stays so (docs/design.md §7).
STRICT_TRANSPORT_SECURITY = ("Strict-Transport-Security", "max-age=31536000")
REMOVED_HEADERS = {"x-powered-by"}
# Set by a view, read and removed here; never reaches the browser.
FRAMEABLE_MARKER = "X-Rundtisch-Frameable"
REMOVED_FROM_FRAMEABLE = {FRAMEABLE_MARKER.lower(), "x-frame-options"}
CAMERA_MARKER = "X-Rundtisch-Camera"


def allow_framing(response):
    """Let any site show this answer in an iframe (see the module docstring)."""
    response.setHeader(FRAMEABLE_MARKER, "1")


def allow_camera(response):
    """Let this page's own script use the camera (see the module docstring)."""
    response.setHeader(CAMERA_MARKER, "1")


def logged_in(environ):
    """Whether the request carries Plone's login cookie `__ac` (by its exact
    name: `x__ac` is someone else's) or HTTP credentials."""
    if environ.get("HTTP_AUTHORIZATION"):
        return True
    # Split by hand: http.cookies stops at the first cookie it dislikes.
    for pair in environ.get("HTTP_COOKIE", "").split(";"):
        name, _sep, value = pair.partition("=")
        if name.strip() == "__ac" and value.strip().strip('"') not in ("", "deleted"):
            return True
    return False


def came_over_https(environ):
    return (
        environ.get("wsgi.url_scheme") == "https"
        or environ.get("HTTP_X_FORWARDED_PROTO", "").lower() == "https"
    )


def with_flags(value, secure):
    """The Set-Cookie `value` with HttpOnly, SameSite and, if `secure`, Secure."""
    attributes = {part.strip().split("=")[0].lower() for part in value.split(";")[1:]}
    if "httponly" not in attributes:
        value += "; HttpOnly"
    if "samesite" not in attributes:
        value += "; SameSite=Lax"
    if secure and "secure" not in attributes:
        value += "; Secure"
    return value


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
        staff = logged_in(environ)

        def start_with_headers(status, headers, exc_info=None):
            names = {name.lower() for name, _value in headers}
            frameable = FRAMEABLE_MARKER.lower() in names
            if frameable:
                policy = FRAMEABLE_SECURITY_HEADERS
            elif staff:
                policy = STAFF_SECURITY_HEADERS
            else:
                policy = SECURITY_HEADERS
            removed = REMOVED_HEADERS | (REMOVED_FROM_FRAMEABLE if frameable else set())
            if CAMERA_MARKER.lower() in names:
                removed = removed | {CAMERA_MARKER.lower()}
                policy = [
                    (name, CAMERA_PERMISSIONS_POLICY)
                    if name == "Permissions-Policy"
                    else (name, value)
                    for name, value in policy
                ]
            headers = [
                (name, with_flags(value, secure))
                if name.lower() == "set-cookie"
                else (name, value)
                for name, value in headers
                if name.lower() not in removed
            ]
            if secure:
                policy = (*policy, STRICT_TRANSPORT_SECURITY)
            headers += [
                (name, value) for name, value in policy if name.lower() not in names
            ]
            return start_response(status, headers, exc_info)

        return self.app(environ, start_with_headers)


def filter_factory(global_conf, secure_cookies="auto"):
    """PasteDeploy filter: `use = call:rundtisch.policy.operations.filters.headers:filter_factory`."""
    return lambda app: SecurityHeaders(app, secure_cookies=secure_cookies)
