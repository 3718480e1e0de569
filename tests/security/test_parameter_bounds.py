"""Every parameter that scales the server's work is bounded (issue 28):
past the bound the answer is 400 with a German message, at once, and the
server keeps answering `/@@health` while such requests arrive. Before, a
navigation depth of 10**23 grew the process until the memory ran out and
four `path.depth=10**12` searches kept all four worker threads busy."""

from concurrent.futures import ThreadPoolExecutor
from rundtisch.policy.operations.checks.bounds import MAX_BATCH
from rundtisch.policy.operations.checks.bounds import MAX_DEPTH

import json
import pytest
import requests
import time


JSON = {"Accept": "application/json"}
HUGE = "99999999999999999999999"
TRILLION = str(10**12)
WORKSHOP = "veranstaltungen/workshop-4"
QUERY = [
    {
        "i": "portal_type",
        "o": "plone.app.querystring.operation.selection.any",
        "v": ["Workshop"],
    }
]
# (path with query string, headers): every way in to a scaling parameter.
ABSURD_GETS = [
    (f"@navigation?expand.navigation.depth={HUGE}", JSON),
    (f"@navigation?expand.navigation.depth={TRILLION}", JSON),
    (f"?expand=navigation&expand.navigation.depth={HUGE}", JSON),
    (f"{WORKSHOP}?expand=navigation&expand.navigation.depth={TRILLION}", JSON),
    (f"@contextnavigation?expand.contextnavigation.bottomLevel={HUGE}", JSON),
    (f"@contextnavigation?expand.contextnavigation.topLevel={TRILLION}", JSON),
    (f"@search?path.depth={TRILLION}", JSON),
    (f"@search?path.query=/Plone&path.depth={HUGE}", JSON),
    (f"@search?path.query:record=/Plone&path.depth:record:int={TRILLION}", JSON),
    (f"@@search?path.query:record=/Plone&path.depth:record={HUGE}", None),
    (f"@search?b_size={TRILLION}", JSON),
    (f"@search?b_start={HUGE}", JSON),
    (f"@search?sort_on=start&sort_limit={TRILLION}", JSON),
    (f"@search?fullobjects=1&b_size={TRILLION}", JSON),
    ("@search?" + "&".join(f"metadata_fields=f{n}" for n in range(500)), JSON),
    ("?expand=" + ",".join(["breadcrumbs"] * 500), JSON),
    (
        "@querystring-search?query="
        + requests.utils.quote(json.dumps({"query": QUERY, "b_size": 10**12})),
        JSON,
    ),
    (f"@@search?SearchableText=Dresden&b_size={TRILLION}", None),
    (f"@@search?SearchableText=Dresden&b_start={HUGE}", None),
]
ABSURD_POSTS = [
    ("@querystring-search", {"query": QUERY, "b_size": 10**12}),
    ("@querystring-search", {"query": QUERY, "limit": 10**23}),
    ("@querystring-search", {"query": QUERY, "b_start": 10**12}),
    ("@querystring-search", {"query": QUERY, "fullobjects": 1, "b_size": 10**9}),
    (
        "@querystring-search",
        {
            "query": [
                {
                    "i": "path",
                    "o": "plone.app.querystring.operation.string.absolutePath",
                    "v": f"/Plone::{TRILLION}",
                }
            ]
        },
    ),
]
FAST = 2.0  # seconds; the refused requests above take a few milliseconds


def message(response):
    """The message of an error answer: REST JSON (which escapes umlauts),
    the JSON of Plone's error view, or the page."""
    if response.headers["Content-Type"].startswith("application/json"):
        return str(response.json())
    return response.text


def assert_refused_quickly(response, elapsed):
    assert response.status_code == 400, response.text[:300]
    assert "Ungültiger Parameter" in message(response), response.text[:300]
    assert elapsed < FAST, f"{elapsed:.1f} s"


@pytest.mark.parametrize("path,headers", ABSURD_GETS, ids=[p for p, _h in ABSURD_GETS])
def test_absurd_values_are_refused_at_once(served_url, path, headers):
    started = time.monotonic()
    response = requests.get(f"{served_url}/{path}", headers=headers, timeout=30)
    assert_refused_quickly(response, time.monotonic() - started)


@pytest.mark.parametrize(
    "path,body", ABSURD_POSTS, ids=[str(sorted(b)) for _p, b in ABSURD_POSTS]
)
def test_absurd_values_in_json_bodies_are_refused_at_once(served_url, path, body):
    started = time.monotonic()
    response = requests.post(
        f"{served_url}/{path}", headers=JSON, json=body, timeout=30
    )
    assert_refused_quickly(response, time.monotonic() - started)


@pytest.mark.parametrize(
    "path",
    [
        f"@navigation?expand.navigation.depth={MAX_DEPTH}",
        f"@contextnavigation?expand.contextnavigation.bottomLevel={MAX_DEPTH}",
        f"@search?path.depth={MAX_DEPTH}",
        "@search?path.depth=-1",
        f"@search?b_size={MAX_BATCH}&fullobjects=1",
        f"@search?sort_on=start&sort_limit={MAX_BATCH}",
        "@search?metadata_fields=_all&metadata_fields=start",
        "?expand=breadcrumbs,navigation",
    ],
)
def test_values_within_the_bounds_are_served(served_url, path):
    response = requests.get(f"{served_url}/{path}", headers=JSON, timeout=60)
    assert response.status_code == 200, response.text[:300]


def test_health_answers_while_absurd_requests_arrive(served_portal, served_url):
    """Four workers, four absurd requests at a time, over and over: the
    load balancer's probe still answers within a second."""
    absurd = [
        f"{served_url}/@search?path.depth={TRILLION}",
        f"{served_url}/@navigation?expand.navigation.depth={HUGE}",
        f"{served_url}/@search?b_size={TRILLION}&fullobjects=1",
        f"{served_url}/@contextnavigation?expand.contextnavigation.bottomLevel={HUGE}",
    ]

    def send(url):
        return requests.get(url, headers=JSON, timeout=60).status_code

    with ThreadPoolExecutor(max_workers=4) as pool:
        pending = [pool.submit(send, url) for url in absurd * 5]
        health_times = []
        for _round in range(5):
            started = time.monotonic()
            health = requests.get(f"{served_portal.url}/@@health", timeout=30)
            health_times.append(time.monotonic() - started)
            assert health.status_code == 200
        statuses = [future.result() for future in pending]
    assert set(statuses) == {400}
    assert max(health_times) < 1.0, health_times
