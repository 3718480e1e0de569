"""Nothing private, pending or in a working copy leaves through any anonymous
route (DESIGN.md §5)."""

from leak_routes import MARKERS
from leak_routes import routes
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD

import gzip
import requests


HIDDEN = ("private", "pending", "private_result", "working_copy")


def answer_text(response):
    body = response.content
    if body[:2] == b"\x1f\x8b":  # sitemap.xml.gz
        body = gzip.decompress(body)
    return body.decode("utf-8", errors="replace")


def crawl(portal_url, route_list, auth=None):
    """Yield (route, text) for every route; fail on a server error."""
    session = requests.Session()
    session.auth = auth
    for method, path, headers, body in route_list:
        response = session.request(
            method, portal_url + path, headers=headers, json=body, timeout=60
        )
        assert response.status_code < 500, (method, path, response.text[:300])
        yield (method, path, "json" if headers else "html"), answer_text(response)


class TestAnonymousCrawl:
    def test_no_marker_reaches_an_anonymous_reader(self, portal_url, hidden_content):
        hidden_paths = [
            "/" + "/".join(hidden_content[key].getPhysicalPath()[2:]) for key in HIDDEN
        ]
        leaks = [
            (route, marker)
            for route, text in crawl(portal_url, routes(MARKERS.values(), hidden_paths))
            for marker in MARKERS.values()
            if marker in text
        ]
        assert leaks == []

    def test_the_crawl_reaches_the_published_content(self, portal_url, hidden_content):
        """Guards the test above: the routes answer with real content."""
        texts = dict(crawl(portal_url, routes([], [])))
        assert (
            "Workshop 3: Umsetzungsperspektive"
            in texts[("GET", "/veranstaltungen/rss.xml", "html")]
        )
        assert "workshop-3" in texts[("GET", "/sitemap.xml.gz?page=1", "html")]
        assert "BEGIN:VEVENT" in texts[("GET", "/veranstaltungen/ics_view", "html")]

    def test_a_manager_finds_every_marker_on_the_same_routes(
        self, portal_url, hidden_content
    ):
        """Guards the crawl: the routes would show the markers to someone
        allowed to see them, so their absence above means something."""
        texts = "\n".join(
            text
            for _route, text in crawl(
                portal_url,
                routes(MARKERS.values(), []),
                auth=(SITE_OWNER_NAME, SITE_OWNER_PASSWORD),
            )
        )
        assert [marker for marker in MARKERS.values() if marker not in texts] == []
