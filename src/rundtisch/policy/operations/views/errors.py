"""The answer to a bad request (400) names what was wrong (docs/design.md §7).

Plone's exception view answers every error with the same page ("Es ist
leider ein Fehler aufgetreten") and REST-less clients with
`{"error_type": "BadRequest"}` only; the German message of a refused
parameter (checks/bounds.py, checks/publication.py) would be lost. This view, for
BadRequest only, shows it; every other error keeps Plone's view, and REST
requests keep plone.rest's answer (which carries the message already).
Registered for every layer: requests refused before traversal
(checks/publication.py) never reach the site that would add our browser layer.
"""

from plone.rest.errors import ErrorHandling
from plone.rest.interfaces import IAPIRequest
from Products.CMFPlone.browser.exceptions import ExceptionView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile

import json


class BadRequestView(ExceptionView):
    template = ViewPageTemplateFile("bad_request.pt")
    plain_template = ViewPageTemplateFile("bad_request_plain.pt")

    def __call__(self):
        if IAPIRequest.providedBy(self.request):
            return ErrorHandling(self.context, self.request)()
        message = str(self.context)
        self.context = self.__parent__
        self.request.response.setStatus(400)
        if "text/html" not in self.request.getHeader("Accept", ""):
            self.request.response.setHeader("Content-Type", "application/json")
            return json.dumps({"error_type": "BadRequest", "message": message})
        # The page is German only; the English half is for developers (JSON).
        message = message.split(" / ")[0]
        try:
            return self.template(message=message)
        except Exception:
            # Refused before traversal (form decoding, credentials): there is
            # no site yet and so no main template.
            return self.plain_template(message=message)
