"""Bad input answers 400 (or 405), never 5xx (docs/design.md §7).

Zope's publisher raises plain Python errors, and so a 500, for input that
is the client's mistake, before any view of ours or plone.restapi's runs:

- form converters in a field name (`?x:int=abc`, `:date`, `:required`) and a
  multipart body without a boundary fail in `processInputs`;
- `Authorization: Basic !!!` fails while PAS extracts the credentials;
- PUT, DELETE, PATCH, PROPFIND or OPTIONS on a browser view (`@@search`)
  fail in WebDAV's look-up of the name on its container;
- a body that is not a JSON object raised plone.restapi's
  DeserializationError (500) in `@login`, `@querystring-search`, `@users`,
  some already in collective.honeypot's check while traversing.

Zope offers no setting for any of these; its publication events are the
earliest hook that still renders the error with the portal's error views
(and so with the security headers of operations/filters/headers.py). The bounds of
the parameters that scale work are in bounds.py.
"""

from DateTime.interfaces import DateTimeError
from plone.rest.interfaces import IService
from plone.restapi.deserializer import json_body
from plone.restapi.exceptions import DeserializationError
from rundtisch.policy.operations.checks.bounds import check_parameters
from zExceptions import BadRequest
from zExceptions import MethodNotAllowed
from zExceptions import NotFound
from zope.component import adapter
from zope.publisher.interfaces.browser import IBrowserView
from ZPublisher.interfaces import IPubAfterTraversal
from ZPublisher.interfaces import IPubStart
from ZPublisher.utils import basic_auth_decode

import binascii
import json


# Methods a browser view answers; everything else is WebDAV or REST.
VIEW_METHODS = ("GET", "HEAD", "POST")
# What Zope's form decoding raises for malformed input (converters, multipart).
FORM_ERRORS = (ValueError, KeyError, TypeError, IndexError, DateTimeError)
BODY_METHODS = ("POST", "PATCH", "PUT")
# Bodies plone.restapi does not read as JSON (tus uploads, files).
NOT_JSON = ("application/offset+octet-stream", "multipart/")

BAD_FORM = (
    "Ungültige Formulardaten: ein Feld hat einen Wert, der nicht zu seinem "
    "Typ passt (z. B. :int, :date, :required), oder der Inhalt ist nicht "
    "lesbar. / Invalid form data."
)
BAD_CREDENTIALS = (
    "Ungültige Anmeldedaten im Authorization-Kopf (Basic: Base64 von "
    "„Name:Passwort“). / Malformed Authorization header."
)
BAD_JSON = (
    "Ungültiger Inhalt: erwartet wird ein JSON-Objekt ({…}). / "
    "Invalid body: a JSON object is expected."
)
NO_SUCH_ITEM = "Hier gibt es nichts dieses Namens. / Not found."
NO_SUCH_METHOD = (
    "Diese Seite kann nur gelesen oder mit einem Formular abgeschickt werden "
    "(GET, POST). / Method not allowed."
)


def _checked_start(request, process_inputs):
    """Zope's form decoding, and the checks that must come before traversal.

    They run in place of `processInputs`, the first step of ZPublisher's
    `publish`: an error raised from the PubStart event itself escapes the
    error views and reaches waitress as a bare 500.
    """

    def process_inputs_or_bad_request():
        try:
            process_inputs()
        except FORM_ERRORS as error:
            raise BadRequest(BAD_FORM) from error
        _check_credentials(request)
        if _declares_json(request):
            # collective.honeypot reads such a body while traversing.
            _json_body(request)
        if request.method not in VIEW_METHODS and _names_a_view(
            request.get("PATH_INFO", "")
        ):
            raise MethodNotAllowed(NO_SUCH_METHOD)

    return process_inputs_or_bad_request


def _check_credentials(request):
    try:
        basic_auth_decode(request._auth)
    except (ValueError, binascii.Error) as error:
        raise BadRequest(BAD_CREDENTIALS) from error


def _names_a_view(path):
    return any(step.startswith("@@") for step in path.split("/"))


@adapter(IPubStart)
def check_request_start(event):
    """Before Zope decodes the form and traverses."""
    request = event.request
    # Attributes of this request only, called once by ZPublisher's publish.
    request.processInputs = _checked_start(request, request.processInputs)
    request.traverse = _checked_traversal(request, request.traverse)


def _checked_traversal(request, traverse):
    """Zope's traversal, with the WebDAV look-up's error answered 404.

    For methods other than GET, HEAD and POST, Zope (as for WebDAV) insists
    that the last name is an item of its container, and raises a bare
    AttributeError for a view (`DELETE …/sitemap`). Traversal turns every
    other missing name into NotFound already; so does this.
    """

    def traverse_or_not_found(*args, **kwargs):
        try:
            return traverse(*args, **kwargs)
        except AttributeError as error:
            if request.method in VIEW_METHODS:
                raise
            raise NotFound(NO_SUCH_ITEM) from error

    return traverse_or_not_found


def _declares_json(request):
    content_type = request.get("CONTENT_TYPE") or ""
    return request.method in BODY_METHODS and content_type.lower().startswith(
        "application/json"
    )


def _json_body(request):
    try:
        return json_body(request)
    except DeserializationError as error:
        raise BadRequest(BAD_JSON) from error


def _json_parameters(request):
    """The parameters a REST service reads from its JSON body or from the
    JSON in `?query=` (GET @querystring-search), or {} if there is none."""
    if request.method in BODY_METHODS:
        content_type = request.get("CONTENT_TYPE") or ""
        if content_type.lower().startswith(NOT_JSON):
            return {}
        return _json_body(request)
    query = request.form.get("query")
    if isinstance(query, str) and query.lstrip().startswith("{"):
        try:
            data = json.loads(query)
        except ValueError as error:
            raise BadRequest(BAD_JSON) from error
        return data if isinstance(data, dict) else {}
    return {}


@adapter(IPubAfterTraversal)
def check_request_after_traversal(event):
    """Before the published view or service runs."""
    request = event.request
    published = request.get("PUBLISHED")
    service = IService.providedBy(published)
    if (
        request.method not in VIEW_METHODS
        and IBrowserView.providedBy(published)
        and not service
    ):
        raise MethodNotAllowed(NO_SUCH_METHOD)
    check_parameters(request.form)
    if service:
        check_parameters(_json_parameters(request))
