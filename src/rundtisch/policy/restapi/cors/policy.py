"""A plone.rest CORS policy for the origins of ``$CORS_ALLOW_ORIGINS``.

plone.rest's ``<plone:CORSPolicy>`` directive takes its origins as literal
ZCML, so an operator would have to edit package code per deployment. Instead
we register a subclass of plone.rest's ``CORSPolicy`` (the class the directive
builds) with its settings as class attributes; the origins come from the
environment, read once at start-up (operations/environment/cors.py).

Unset or empty: no origin matches, so no CORS header is ever sent. Only
reading methods are allowed, also for simple (not preflighted) requests and
error answers, which plone.rest itself would mark readable for any method.
"""

from plone.rest.cors import CORSPolicy
from rundtisch.policy.operations.environment.cors import allowed_origins


READ_ONLY_METHODS = ("GET", "HEAD", "OPTIONS")
# Requests a browser sends without a preflight and that we let it read.
SIMPLE_READ_METHODS = ("GET", "HEAD")


class ReadOnlyCORSPolicy(CORSPolicy):
    allow_methods = list(READ_ONLY_METHODS)
    allow_headers = ["Accept", "Accept-Language", "Content-Type"]
    expose_headers = []
    # Anonymous reads only: the browser never sends the user's cookies.
    allow_credentials = False
    max_age = "3600"

    @property
    def allow_origin(self):
        return allowed_origins()

    def process_simple_request(self):
        if self.request.get("REQUEST_METHOD", "GET") not in SIMPLE_READ_METHODS:
            return False
        return super().process_simple_request()
