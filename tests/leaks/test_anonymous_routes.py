"""Nothing private, pending or in a working copy leaves through any anonymous
route (docs/design.md §5)."""

from leak_routes import crawl
from leak_routes import MARKERS
from leak_routes import routes
from leak_routes import SIGNUP_MARKERS
from leak_routes import signup_routes
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD


HIDDEN = ("private", "pending", "private_result", "working_copy")


class TestAnonymousCrawl:
    def test_no_marker_reaches_an_anonymous_reader(
        self, demo_portal_url, hidden_content
    ):
        hidden_paths = [
            "/" + "/".join(hidden_content[key].getPhysicalPath()[2:]) for key in HIDDEN
        ]
        markers = [*MARKERS.values(), *SIGNUP_MARKERS]
        route_list = routes(markers, hidden_paths) + signup_routes()
        leaks = [
            (route, marker)
            for route, text in crawl(demo_portal_url, route_list)
            for marker in markers
            if marker in text
        ]
        assert leaks == []

    def test_the_crawl_reaches_the_published_content(
        self, demo_portal_url, hidden_content
    ):
        """Guards the test above: the routes answer with real content."""
        texts = dict(crawl(demo_portal_url, routes([], [])))
        assert (
            "Workshop 3: Umsetzungsperspektive"
            in texts[("GET", "/veranstaltungen/rss.xml", "html")]
        )
        assert "workshop-3" in texts[("GET", "/sitemap.xml.gz?page=1", "html")]
        assert "BEGIN:VEVENT" in texts[("GET", "/veranstaltungen/ics_view", "html")]

    def test_a_manager_finds_every_marker_on_the_same_routes(
        self, demo_portal_url, hidden_content
    ):
        """Guards the crawl: the routes would show the markers to someone
        allowed to see them, so their absence above means something."""
        texts = "\n".join(
            text
            for _route, text in crawl(
                demo_portal_url,
                routes(MARKERS.values(), []),
                auth=(SITE_OWNER_NAME, SITE_OWNER_PASSWORD),
            )
        )
        assert [marker for marker in MARKERS.values() if marker not in texts] == []
