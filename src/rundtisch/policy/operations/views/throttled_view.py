"""The answer to a throttled login (checks/login_throttle.py): 429 with `Retry-After`
and a German/English message: JSON for REST clients, a small German page
for browsers, else plain text.

An exception view, so the login form, basic authentication and `@login`
all get the same answer, and the security-headers filter adds its headers
as to every answer (docs/design.md §7). The page is self-contained: the
refusal happens while PAS checks the password, before Plone's page layout
could render for this user.
"""

from html import escape
from plone.rest.interfaces import IAPIRequest
from Products.Five.browser import BrowserView
from rundtisch.policy import _
from zope.component.hooks import getSite
from zope.i18n import translate

import json


TITLE = _("login_throttled_title", default="Zu viele Anmeldeversuche")
HOME = _("login_throttled_home", default="Zur Startseite")
# The English copy for visitors without German: fixed, not a translation
# (the catalogue's defaults are German).
ENGLISH = "Too many failed logins. Please try again in {minutes} minutes."
PAGE = """<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>body {{ font-family: sans-serif; max-width: 40rem; margin: 3rem auto;
padding: 0 1rem; line-height: 1.5; color: #1a1a1a; }}</style>
</head>
<body>
<main>
<h1>{title}</h1>
<p>{german}</p>
<p lang="en">{english}</p>
<p><a href="{home_url}">{home}</a></p>
</main>
</body>
</html>
"""


def messages(wait):
    """The message in German and in English."""
    minutes = wait // 60 + 1
    text = _(
        "login_throttled",
        default="Zu viele fehlgeschlagene Anmeldeversuche. Bitte versuchen Sie "
        "es in ${minutes} Minuten erneut.",
        mapping={"minutes": minutes},
    )
    return translate(text, target_language="de"), ENGLISH.format(minutes=minutes)


class LoginThrottledView(BrowserView):
    def __call__(self):
        wait = self.context.wait
        response = self.request.response
        # Locked: plone.transformchain sets the status again from the
        # exception's class name, which Zope's table does not know (500).
        response.setStatus(429, lock=True)
        response.setHeader("Retry-After", str(wait))
        response.setHeader("Cache-Control", "no-store")
        german, english = messages(wait)
        accept = self.request.getHeader("Accept", "")
        if IAPIRequest.providedBy(self.request) or "json" in accept:
            response.setHeader("Content-Type", "application/json")
            return json.dumps(
                {
                    "error": {
                        "type": "TooManyRequests",
                        "message": f"{german} / {english}",
                    }
                },
                ensure_ascii=False,
            )
        if "text/html" in accept:
            response.setHeader("Content-Type", "text/html; charset=utf-8")
            return PAGE.format(
                title=escape(translate(TITLE, target_language="de")),
                german=escape(german),
                english=escape(english),
                home_url=escape(self.home_url()),
                home=escape(translate(HOME, target_language="de")),
            )
        response.setHeader("Content-Type", "text/plain; charset=utf-8")
        return f"{german} / {english}\n"

    def home_url(self):
        site = getSite()
        return site.absolute_url() if site is not None else "/"
