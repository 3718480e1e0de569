"""A plone.rest CORS policy whose origins come from ``$CORS_ALLOW_ORIGINS``.

plone.rest's ``<plone:CORSPolicy>`` directive takes its origins as literal
ZCML, so an operator would have to edit package code per deployment. Instead
we register a subclass of plone.rest's ``CORSPolicy`` (the class the directive
builds) with its settings as class attributes, the origins read once from the
environment (``ALLOWED_ORIGINS``) when this module is imported, i.e. while Zope loads ZCML at start-up. A new
value takes effect on the next restart, like every other setting in
zope.conf's environment.

``CORS_ALLOW_ORIGINS`` is a comma-separated list of origins
(``https://www.dresden.de,https://leipzig.de``) or ``*``. Unset or empty:
no origin matches, so no CORS header is ever sent. Only reading methods are
allowed, also for simple (not preflighted) requests and error answers, which
plone.rest itself would mark readable for any method.
"""

from plone.rest.cors import CORSPolicy

import os


ENVIRONMENT_VARIABLE = "CORS_ALLOW_ORIGINS"
READ_ONLY_METHODS = ("GET", "HEAD", "OPTIONS")
# Requests a browser sends without a preflight and that we let it read.
SIMPLE_READ_METHODS = ("GET", "HEAD")


def origins_from(environ):
    """The allowed origins in `environ`, without blanks and trailing slashes."""
    value = environ.get(ENVIRONMENT_VARIABLE, "")
    return [origin.strip().rstrip("/") for origin in value.split(",") if origin.strip()]


# The one home of the allowed origins, read once at start-up: the policy
# below and the ETag of cached REST answers (caching/etags.py) ask
# `allowed_origins()`.
ALLOWED_ORIGINS = origins_from(os.environ)


def allowed_origins():
    """The origins that may read, from ``$CORS_ALLOW_ORIGINS`` at start-up."""
    return ALLOWED_ORIGINS


class ReadOnlyCORSPolicy(CORSPolicy):
    @property
    def allow_origin(self):
        return allowed_origins()

    allow_methods = list(READ_ONLY_METHODS)
    allow_headers = ["Accept", "Accept-Language", "Content-Type"]
    expose_headers = []
    # Anonymous reads only: the browser never sends the user's cookies.
    allow_credentials = False
    max_age = "3600"

    def process_simple_request(self):
        if self.request.get("REQUEST_METHOD", "GET") not in SIMPLE_READ_METHODS:
            return False
        return super().process_simple_request()
