"""Helpers the browser tests share: CSP violations seen in a page, and the
REST calls that set up what a journey starts from."""

import requests


DEMO_PASSWORD = "demo1234"
JSON = {"Accept": "application/json", "Content-Type": "application/json"}


def collect_csp_violations(page):
    """A list that fills with every CSP refusal the page logs or throws (a
    refused eval throws in the page instead of logging to the console)."""
    violations = []
    page.on(
        "console",
        lambda message: (
            violations.append(message.text)
            if "Content Security Policy" in message.text
            else None
        ),
    )
    page.on(
        "pageerror",
        lambda error: (
            violations.append(str(error))
            if "Content Security Policy" in str(error)
            else None
        ),
    )
    return violations


def rest(method, url, user, **kwargs):
    """A REST call as a demo user; fails the test unless it succeeded."""
    response = requests.request(
        method, url, headers=JSON, auth=(user, DEMO_PASSWORD), timeout=60, **kwargs
    )
    assert response.ok, (method, url, response.status_code, response.text[:300])
    return response
