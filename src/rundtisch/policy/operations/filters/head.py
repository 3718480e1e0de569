"""HEAD answers like GET, without a body (RFC 9110 §9.3.2), as a WSGI filter
in instance/zope.ini (docs/design.md §7).

Zope publishes HEAD by calling a `HEAD` method on the traversed object:
the site root and workshops answered 404, browser views such as the
partner embed answered with the whole page, and the body of a HEAD answer
on a kept-alive connection was read as the start of the next answer.
Here the request goes to Zope as GET, so status and headers (also
Content-Length) are exactly those of GET, and the body is dropped.
"""


class HeadAsGet:
    def __init__(self, app):
        self.app = app

    def __call__(self, environ, start_response):
        if environ.get("REQUEST_METHOD", "").upper() != "HEAD":
            return self.app(environ, start_response)
        # A copy: the access log (translogger, outside) still says HEAD.
        body = self.app(dict(environ, REQUEST_METHOD="GET"), start_response)
        # Zope has done its work and committed when it hands over the body.
        if hasattr(body, "close"):
            body.close()
        return []


def filter_factory(global_conf):
    """PasteDeploy filter: `use = call:rundtisch.policy.operations.filters.head:filter_factory`."""
    return HeadAsGet
