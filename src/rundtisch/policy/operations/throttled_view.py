"""The answer to a throttled login (login_throttle.py): 429 with `Retry-After`
and a German/English message, as JSON for REST clients, else as text.

An exception view, so the login form, basic authentication and `@login`
all get the same answer, and the security-headers filter adds its headers
as to every answer (docs/design.md §7).
"""

from plone.rest.interfaces import IAPIRequest
from Products.Five.browser import BrowserView
from rundtisch.policy import _
from zope.i18n import translate

import json


def message(wait):
    minutes = wait // 60 + 1
    text = _(
        "login_throttled",
        default="Too many failed logins. Please try again in ${minutes} minutes.",
        mapping={"minutes": minutes},
    )
    german = translate(text, target_language="de")
    english = translate(text, target_language="en")
    return f"{german} / {english}"


class LoginThrottledView(BrowserView):
    def __call__(self):
        wait = self.context.wait
        response = self.request.response
        # Locked: plone.transformchain sets the status again from the
        # exception's class name, which Zope's table does not know (500).
        response.setStatus(429, lock=True)
        response.setHeader("Retry-After", str(wait))
        response.setHeader("Cache-Control", "no-store")
        text = message(wait)
        if IAPIRequest.providedBy(self.request) or "json" in self.request.getHeader(
            "Accept", ""
        ):
            response.setHeader("Content-Type", "application/json")
            return json.dumps(
                {"error": {"type": "TooManyRequests", "message": text}},
                ensure_ascii=False,
            )
        response.setHeader("Content-Type", "text/plain; charset=utf-8")
        return text + "\n"
