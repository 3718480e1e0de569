"""A seeded fuzzer over every anonymous route (issue 28): every browser view
and REST service rundtisch.policy registers (read from its ZCML, so a view
added later is fuzzed too) and the key plone.restapi endpoints, on the demo
content, × hostile query strings, methods, headers and bodies. A few
thousand requests, bounded in time; none may answer 5xx, and every error
answer carries the security headers of operations/filters/headers.py.

Through one kept-alive session, so an answer with a stray body (HEAD) would
also break the next request. The seed is printed on failure; FUZZ_SEED and
FUZZ_REQUESTS override it and the number of requests.
"""

from pathlib import Path
from rundtisch.policy.operations.filters.headers import SECURITY_HEADERS

import os
import random
import requests
import time
import xml.etree.ElementTree as ElementTree


PACKAGE = Path(__file__).resolve().parents[2] / "src" / "rundtisch" / "policy"
NAMESPACES = {
    "browser": "http://namespaces.zope.org/browser",
    "plone": "http://namespaces.plone.org/plone",
}
SEED = int(os.environ.get("FUZZ_SEED", "28"))
REQUESTS = int(os.environ.get("FUZZ_REQUESTS", "3000"))
TIME_LIMIT = 150  # seconds
CONTEXTS = [
    "",
    "veranstaltungen",
    "veranstaltungen/workshop-4",
    "veranstaltungen/workshop-4/anmeldung",
    "ergebnisse",
    "ergebnisse/grundstuecke",
    "koordinierungsstelle",
    "impressum",
]
RESTAPI_ROUTES = [
    "@search",
    "@querystring-search",
    "@navigation",
    "@contextnavigation",
    "@breadcrumbs",
    "@navroot",
    "@actions",
    "@types",
    "@workflow",
    "@login",
    "@login-renew",
    "@logout",
    "@users",
    "@vocabularies/rundtisch.topics",
    "@querystring",
    "@site",
    "@translations",
    "@history",
    "@sharing",
    "@registration",
]
PLAIN_ROUTES = ["", "view", "ics_view", "sitemap", "search", "RSS", "login"]
QUERIES = [
    "",
    "x:int=abc",
    "x:float=abc",
    "x:date=2020-13-45",
    "x:required=",
    "x:list:int=a",
    "x:record=1",
    "x:method=foo",
    "x:boolean:int=z",
    "b_start=",
    "b_start=-1",
    "b_size=0",
    "b_size=99999999999999999999999",
    "b_start:int=-5",
    "sort_limit=x",
    "sort_on=SearchableText",
    "sort_order=sideways",
    "expand:int=5",
    "expand=navigation&expand.navigation.depth=99999999999999999999999",
    "expand=contextnavigation&expand.contextnavigation.bottomLevel=",
    "expand.contextnavigation.root_path=/../../etc",
    "expand.contextnavigation.name=a&expand.contextnavigation.name=b",
    "path.depth=1000000000000",
    "path.query=/etc/passwd",
    "SearchableText=not",
    "SearchableText=-1",
    "SearchableText=a%20AND",
    "SearchableText=%00",
    "SearchableText=*",
    "SearchableText=%22",
    "start.query=2020-13-45",
    "start.query=2020-01-01&start.range=sideways",
    "end.query:list=a&end.range=min",
    "fullobjects=1&b_size=100000",
    "metadata_fields:int=1",
    "metadata_fields=_all&b_size=1000",
    "token:int=5",
    "token:list=a&token:list=b",
    "token=%ff%fe",
    "topic=a&topic=b",
    "kind=a&kind=b",
    "workflow_action=a&workflow_action=b",
    "workflow_action=submit",
    "query=%7Bbad",
    "query=%5B1%5D",
    "portal_type:list=Workshop&portal_type:list=Result",
    "Subject:int=1",
    "review_state=private",
    "%ff=%ff",
    "a%00b=c",
    "x=" + "A" * 5000,
    "format=xml",
    "_authenticator=x",
    "came_from=http://evil.example",
    "form.submitted=1&form.buttons.submit=1",
]
METHODS = ["GET"] * 6 + ["POST"] * 3 + ["HEAD", "PUT", "DELETE", "PATCH"]
METHODS += ["PROPFIND", "OPTIONS"]
HEADERS = [
    {},
    {"Accept": "application/json"},
    {"Accept": "text/html"},
    {"Authorization": "Basic !!!"},
    {"Authorization": "Basic Zm9v"},  # "foo": no colon
    {"Authorization": "Bearer not.a.token"},
    {"Cookie": "__ac=!!!"},
    {"Cookie": "x__ac=1; statusmessages=%%%"},
    {"Accept-Language": "xx;q=abc"},
    {"Range": "bytes=9999999-1"},
    {"If-Modified-Since": "gestern"},
    {"X-Forwarded-For": "not an address"},
    {"Accept": "application/json", "Content-Type": "application/json"},
]
BODIES = [
    (None, None),
    ("application/json", b"{bad"),
    ("application/json", b"[1]"),
    ("application/json", b'"text"'),
    ("application/json", b'{"login": 5, "password": []}'),
    ("application/json", b'{"query": "x", "b_size": 99999999999999999999999}'),
    ("application/json", b'{"query": [{"i": 1}], "sort_on": []}'),
    ("application/json", b'{"username": {"a": 1}, "email": 5}'),
    ("Application/JSON", b"{bad"),
    ("text/plain", b'{"login": "admin", "password": "x"}'),
    ("application/x-www-form-urlencoded", b"x:int=abc&b_start="),
    ("application/x-www-form-urlencoded", b"%ff=%fe&token:list=a"),
    ("multipart/form-data; boundary=", b"--\r\n"),
    ("multipart/form-data", b"no boundary"),
    ("multipart/form-data; boundary=x", b"--x\r\nbroken"),
    ("application/xml", b"<?xml version='1.0'?><!DOCTYPE a [<!ENTITY b 'c'>]><a/>"),
]


def registered_routes():
    """Names of the browser views and REST services of rundtisch.policy."""
    names = set()
    for zcml in PACKAGE.rglob("*.zcml"):
        tree = ElementTree.parse(zcml)
        for tag in ("browser:page", "browser:view", "plone:service"):
            for element in tree.iter(
                f"{{{NAMESPACES[tag.split(':')[0]]}}}{tag.split(':')[1]}"
            ):
                name = element.get("name")
                if name and name != "*":
                    names.add(name if name.startswith("@") else f"@@{name}")
    return sorted(names)


def fuzzed_requests(rng, routes):
    for _number in range(REQUESTS):
        path = "/".join(
            step for step in (rng.choice(CONTEXTS), rng.choice(routes)) if step
        )
        query = rng.choice(QUERIES)
        method = rng.choice(METHODS)
        headers = dict(rng.choice(HEADERS))
        content_type, body = rng.choice(BODIES) if method != "GET" else (None, None)
        if content_type:
            headers["Content-Type"] = content_type
        yield method, f"{path}?{query}" if query else path, headers, body


def test_registered_routes_are_found():
    routes = registered_routes()
    assert "@@abmelden" in routes and "@@naechste-veranstaltungen" in routes
    assert "@search" in routes and len(routes) > 30


def test_no_anonymous_request_answers_5xx(served_url):
    rng = random.Random(SEED)
    routes = registered_routes() + RESTAPI_ROUTES + PLAIN_ROUTES
    failures, sent = [], 0
    deadline = time.monotonic() + TIME_LIMIT
    with requests.Session() as session:
        for method, path, headers, body in fuzzed_requests(rng, routes):
            if time.monotonic() > deadline:
                break
            response = session.request(
                method,
                f"{served_url}/{path}",
                headers=headers,
                data=body,
                timeout=60,
                allow_redirects=False,
            )
            sent += 1
            problem = None
            if response.status_code >= 500:
                problem = response.text[:200]
            elif response.status_code >= 400:
                missing = [
                    name
                    for name, _value in SECURITY_HEADERS
                    if name not in response.headers
                ]
                if missing:
                    problem = f"without {missing}"
            if problem:
                failures.append(
                    f"{response.status_code} {method} /{path:.120} {headers} "
                    f"{body!r:.60}: {problem}"
                )
    assert sent >= 1000, f"only {sent} requests in {TIME_LIMIT} s"
    assert not failures, (
        f"seed {SEED}: {len(failures)} of {sent} failed:\n" + "\n".join(failures[:40])
    )
