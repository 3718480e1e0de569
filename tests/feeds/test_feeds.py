"""RSS feeds of new workshops and new results (issue 17), read over a real
WSGI server with feedparser, as a feed reader would: published items only."""

from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from plone.dexterity.utils import createContentInContainer
from rundtisch.policy.demo import content

import feedparser
import lxml.html
import pytest
import requests
import transaction


PUBLISHED_WORKSHOPS = {data["title"] for data in content.workshops()}
PENDING_RESULT = next(
    data["title"]
    for data in content.WORKSHOP_3_RESULTS
    if data["id"] == content.PENDING_RESULT
)
PUBLISHED_RESULTS = {
    data["title"] for data in content.RESULTS + content.WORKSHOP_3_RESULTS
} - {PENDING_RESULT}


def read_feed(url, auth=None):
    response = requests.get(url, auth=auth, timeout=30)
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("application/rss+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "rss20"
    return feed


def titles(feed):
    return [entry.title for entry in feed.entries]


@pytest.fixture(scope="class")
def unpublished(demo_functional_portal_class, unpublished_workshops):
    """The draft workshop and the one in review, and a draft result."""
    portal = demo_functional_portal_class
    with api.env.adopt_user(username="redaktion"):
        createContentInContainer(
            portal["ergebnisse"],
            "Result",
            id="ergebnis-entwurf",
            title="Ergebnis im Entwurf",
            result_kind="challenge",
        )
    transaction.commit()
    return portal


class TestWorkshopsFeed:
    def test_lists_the_published_workshops_newest_first(
        self, demo_portal_url, unpublished
    ):
        feed = read_feed(f"{demo_portal_url}/@@rss-veranstaltungen")
        assert set(titles(feed)) == PUBLISHED_WORKSHOPS
        published = [entry.published_parsed for entry in feed.entries]
        assert published == sorted(published, reverse=True)
        assert feed.feed.title.startswith("Neue Veranstaltungen – ")
        assert "${" not in feed.feed.title
        assert feed.feed.title.endswith(api.portal.get().Title())
        assert feed.feed.language == "de"

    def test_an_entry_says_when_and_where(self, demo_portal_url, unpublished):
        feed = read_feed(f"{demo_portal_url}/@@rss-veranstaltungen")
        entry = next(e for e in feed.entries if e.link.endswith("/workshop-3"))
        assert entry.description.startswith("Montag, 29. April 2024, 15:00 bis")
        assert "Dresden" in entry.description
        assert content.WORKSHOP_3["description"] in entry.description

    def test_drafts_stay_out_also_for_a_manager(self, demo_portal_url, unpublished):
        feed = read_feed(
            f"{demo_portal_url}/@@rss-veranstaltungen",
            auth=(SITE_OWNER_NAME, SITE_OWNER_PASSWORD),
        )
        assert set(titles(feed)) == PUBLISHED_WORKSHOPS


class TestResultsFeed:
    def test_lists_the_published_results_of_both_places(
        self, demo_portal_url, unpublished
    ):
        feed = read_feed(f"{demo_portal_url}/@@rss-ergebnisse")
        assert set(titles(feed)) == PUBLISHED_RESULTS
        assert "Von Leipzig lernen" in titles(feed), "kept inside Workshop 3"
        assert PENDING_RESULT not in titles(feed)
        assert "Ergebnis im Entwurf" not in titles(feed)
        assert feed.feed.title.startswith("Neue Ergebnisse – ")
        assert "${" not in feed.feed.title
        assert feed.feed.title.endswith(api.portal.get().Title())


def head_feed_links(html):
    """(title, href) of the feeds a page's <head> advertises."""
    head = lxml.html.fromstring(html).find("head")
    return [
        (link.get("title"), link.get("href"))
        for link in head.iter("link")
        if link.get("rel") == "alternate" and "xml" in (link.get("type") or "")
    ]


class TestFeedLinks:
    @pytest.mark.parametrize(
        "path",
        ["", "/veranstaltungen", "/ergebnisse", "/koordinierungsstelle", "/impressum"],
    )
    def test_every_head_links_only_feeds_with_items(self, demo_portal_url, path):
        """Not Plone's empty /RSS, /rss.xml and /atom.xml (issue 26)."""
        links = head_feed_links(requests.get(demo_portal_url + path, timeout=30).text)
        assert {href for _title, href in links} == {
            f"{demo_portal_url}/@@rss-veranstaltungen",
            f"{demo_portal_url}/@@rss-ergebnisse",
        }
        for title, href in links:
            feed = read_feed(href)
            assert feed.entries, href
            assert title == feed.feed.title

    @pytest.mark.parametrize(
        "path,feed",
        [
            ("/veranstaltungen", "rss-veranstaltungen"),
            ("/ergebnisse", "rss-ergebnisse"),
        ],
    )
    def test_listings_link_their_feed_in_head_and_page(
        self, demo_portal_url, path, feed
    ):
        html = requests.get(demo_portal_url + path, timeout=30).text
        url = f"{demo_portal_url}/@@{feed}"
        head = html.split("</head>")[0]
        assert 'type="application/rss+xml"' in head
        assert f'href="{url}"' in head
        assert f'href="{url}"' in html.split("</head>")[1]

    def test_switched_off_with_plone_syndication(
        self, demo_functional_portal_class, demo_portal_url
    ):
        record = "plone.base.interfaces.syndication.ISiteSyndicationSettings.allowed"
        api.portal.set_registry_record(record, False)
        transaction.commit()
        try:
            # A query string of its own: the feed read a moment ago may still
            # be in plone.app.caching's RAM cache (plone.content.feed).
            response = requests.get(
                f"{demo_portal_url}/@@rss-ergebnisse?switched=off", timeout=30
            )
            assert response.status_code == 404
            # Logged in: an anonymous page may come from the RAM cache, whose
            # ETag does not follow registry changes.
            html = requests.get(
                f"{demo_portal_url}/ergebnisse",
                auth=(SITE_OWNER_NAME, SITE_OWNER_PASSWORD),
                timeout=30,
            ).text
            assert "@@rss-ergebnisse" not in html
        finally:
            api.portal.set_registry_record(record, True)
            transaction.commit()

    def test_plone_search_feed_is_off(self, demo_portal_url):
        """It would ignore the search terms (Plone 6.2): registry/syndication.xml."""
        response = requests.get(
            f"{demo_portal_url}/@@search_rss?SearchableText=Workshop", timeout=30
        )
        assert response.status_code == 404
