"""gzip for text answers, as a WSGI filter in instance/zope.ini.

A visitor's first view is mostly text: the page, Barceloneta's CSS and the
JavaScript bundles (about 600 KB raw, a fifth of that compressed). Zope
compresses only bodies it sets itself, not the static resources it streams,
so `make start` alone (without the caching proxy, proxy/varnish.vcl, which
compresses too) would send them raw.

Our own filter rather than Paste's `gzipper`: that one buffers and
compresses every answer, PDFs and images included, and sends no
`Vary: Accept-Encoding`, so a shared cache could hand a compressed page to a
client that cannot read it.
"""

import gzip


COMPRESSIBLE_TYPES = (
    "text/",
    "application/javascript",
    "application/json",
    "application/ld+json",
    "application/xml",
    "application/rss+xml",
    "application/atom+xml",
    "image/svg+xml",
)
# Smaller answers gain nothing; larger ones are streamed files, not pages.
MIN_SIZE = 1024
MAX_SIZE = 8 * 1024 * 1024
COMPRESS_LEVEL = 6


def header(headers, name):
    name = name.lower()
    for key, value in headers:
        if key.lower() == name:
            return value
    return None


def without(headers, *names):
    names = {name.lower() for name in names}
    return [(key, value) for key, value in headers if key.lower() not in names]


def with_vary(headers):
    vary = header(headers, "Vary")
    if vary and "accept-encoding" in vary.lower():
        return headers
    value = f"{vary}, Accept-Encoding" if vary else "Accept-Encoding"
    return [*without(headers, "Vary"), ("Vary", value)]


def is_compressible(status, headers):
    content_type = (header(headers, "Content-Type") or "").lower()
    length = header(headers, "Content-Length")
    return (
        status.startswith("200")
        and content_type.startswith(COMPRESSIBLE_TYPES)
        and header(headers, "Content-Encoding") is None
        and not (length and length.isdigit() and int(length) > MAX_SIZE)
    )


def accepts_gzip(environ):
    """Whether Accept-Encoding allows gzip (also through `*`), q > 0."""
    for part in environ.get("HTTP_ACCEPT_ENCODING", "").lower().split(","):
        coding, _, parameter = part.partition(";")
        if coding.strip() not in ("gzip", "*"):
            continue
        quality = parameter.strip()
        try:
            return float(quality[2:]) > 0 if quality.startswith("q=") else True
        except ValueError:
            return False
    return False


def weak(etag):
    """The compressed body is another byte sequence: its ETag becomes weak,
    which plone.app.caching still matches for a 304."""
    return etag if etag.startswith("W/") else f"W/{etag}"


class Compression:
    def __init__(self, app):
        self.app = app

    def __call__(self, environ, start_response):
        if environ.get("REQUEST_METHOD") == "HEAD":
            return self.app(environ, start_response)
        wants_gzip = accepts_gzip(environ)
        deferred = {}
        written = []

        def capture(status, headers, exc_info=None):
            if not is_compressible(status, headers):
                return start_response(status, headers, exc_info)
            if not wants_gzip:
                return start_response(status, with_vary(headers), exc_info)
            deferred.update(status=status, headers=headers, exc_info=exc_info)
            return written.append

        body_iter = self.app(environ, capture)
        if not deferred:
            return body_iter
        try:
            body = b"".join([*written, *body_iter])
        finally:
            if hasattr(body_iter, "close"):
                body_iter.close()
        headers = with_vary(deferred["headers"])
        if len(body) >= MIN_SIZE:
            body = gzip.compress(body, COMPRESS_LEVEL)
            etag = header(headers, "ETag")
            headers = without(headers, "Content-Length", "ETag")
            headers.append(("Content-Encoding", "gzip"))
            if etag:
                headers.append(("ETag", weak(etag)))
        headers = [
            *without(headers, "Content-Length"),
            ("Content-Length", str(len(body))),
        ]
        start_response(deferred["status"], headers, deferred["exc_info"])
        return [body]


def filter_factory(global_conf):
    """PasteDeploy filter: `use = call:rundtisch.policy.operations.filters.compression:filter_factory`."""
    return Compression
