"""A rush on a newly published workshop with a photo: every view answers 200.

The photo's scales are made when the workshop is saved
(browser/workshop_image.py), so the first visitors have nothing to write;
before, they all wrote the same scale and conflicted past the retries.
Over a real instance with its four worker threads, not the test layer's
single-threaded server.
"""

from concurrent.futures import ThreadPoolExecutor
from html.parser import HTMLParser
from rundtisch.policy.demo.image import pin_board_jpeg
from rundtisch.policy.operations.filters.compression import MIN_SIZE
from server_processes import Instance
from server_processes import running
from workshop_signups import create_reviewers
from workshop_signups import publish_workshop

import base64
import pytest
import re
import requests
import shutil


VISITORS = 16


class ImageSources(HTMLParser):
    def __init__(self):
        super().__init__()
        self.urls = set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "img" and "@@images" in (attrs.get("src") or ""):
            self.urls.add(attrs["src"])
            for candidate in (attrs.get("srcset") or "").split(","):
                if candidate.strip():
                    self.urls.add(candidate.split()[0])


def image_urls(html):
    parser = ImageSources()
    parser.feed(html)
    return parser.urls


def publish_workshop_with_photo(instance, workshop_id):
    photo = base64.b64encode(pin_board_jpeg()).decode("ascii")
    return publish_workshop(
        instance,
        workshop_id,
        image={
            "data": photo,
            "encoding": "base64",
            "filename": "foto.jpg",
            "content-type": "image/jpeg",
        },
        image_alt="Eine Pinnwand voller Karten",
    )


def conflicts(instance):
    """ZODB conflicts the instance logged so far (each one a retried request)."""
    log = (instance.var / "log" / "instance.log").read_text(encoding="utf-8")
    return sum("Conflict" in line for line in log.splitlines())


def rush(urls):
    with ThreadPoolExecutor(VISITORS) as pool:
        return list(pool.map(lambda url: requests.get(url, timeout=120), urls))


@pytest.fixture(scope="module")
def instance(tmp_path_factory):
    instance = Instance(tmp_path_factory.mktemp("first-views"), "a", {})
    instance.create_site()
    with running([instance]):
        create_reviewers(instance)
        yield instance


def test_sixteen_first_views_of_a_new_workshop_with_a_photo(instance):
    # Page templates are compiled once per process; a first workshop does
    # that (CPython 3.11.7 can fail compiling one template in several threads
    # at once, gh-106905, which is not what this test is about).
    warm_up = publish_workshop_with_photo(instance, "aufwaermen")
    assert requests.get(warm_up, timeout=120).status_code == 200

    url = publish_workshop_with_photo(instance, "neu-veroeffentlicht")
    conflicts_before = conflicts(instance)
    pages = rush([url] * VISITORS)
    assert [page.status_code for page in pages] == [200] * VISITORS
    photos = image_urls(pages[0].text)
    assert photos, "the workshop page shows its photo"
    # Every visitor's browser then fetches the photo (and its HiDPI variant).
    answers = rush([photo for photo in photos for _ in range(VISITORS)])
    assert {answer.status_code for answer in answers} == {200}
    assert {answer.headers["Content-Type"] for answer in answers} == {"image/jpeg"}
    # Nobody wrote: no request had to be retried (before: nine conflicts
    # over the same scales, past the retries under a heavier rush).
    assert conflicts(instance) == conflicts_before


def test_pages_styles_and_scripts_come_compressed(instance):
    """What `make start` serves, without a proxy: text answers are gzipped
    (operations/filters/compression.py), photos are not."""
    page = requests.get(instance.site_url, timeout=60)
    assert page.headers["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in page.headers["Vary"]
    resources = [
        url
        for url in re.findall(r'(?:href|src)="([^"]+\.(?:css|js))"', page.text)
        if url.startswith(instance.url)
    ]
    assert any(url.endswith(".css") for url in resources)
    assert any(url.endswith(".js") for url in resources)
    compressed = 0
    for url in resources:
        answer = requests.get(url, timeout=60)
        assert answer.status_code == 200, url
        if len(answer.content) >= MIN_SIZE:  # smaller ones gain nothing
            assert answer.headers.get("Content-Encoding") == "gzip", url
            compressed += 1
    assert compressed >= 2


# Pages of the demo site whose templates a first rush compiles: the front
# page, our views and Plone's (each with main_template and the viewlets).
FIRST_PAGES = (
    "",
    "/veranstaltungen",
    "/veranstaltungen/workshop-3",
    "/veranstaltungen/workshop-4",
    "/veranstaltungen/workshop-4/anmeldung",
    "/ergebnisse",
    "/ergebnisse/foerderlandschaft",
    "/koordinierungsstelle",
    "/@@benachrichtigungen",
    "/@@fuer-partnerseiten",
    "/@@search?SearchableText=Wohnen",
    "/login",
    "/sitemap",
    "/contact-info",
    "/accessibility-info",
)
ROUNDS = 3
ELEMENT_ID = re.compile(r'\sid="([^"]+)"')


@pytest.fixture(scope="module")
def demo_instance(tmp_path_factory):
    instance = Instance(tmp_path_factory.mktemp("first-compile"), "a", {})
    instance.environ["DEMO"] = "1"
    instance.create_site()
    return instance


def page_ids(html):
    """The ids of a page's elements: a viewlet that failed to render takes
    its ids along."""
    return set(ELEMENT_ID.findall(html))


@pytest.mark.parametrize("round_", range(ROUNDS))
def test_first_views_after_a_deploy_compile_every_template(demo_instance, round_):
    """After a deploy the template cache is empty: the first visitors arrive
    together and their threads compile the same templates at once. CPython
    3.11.7 could fail that (gh-106905): answers 500, or a page without a
    viewlet (operations/patches/template_cooking.py). Each round starts the instance
    with an empty cache; without the fix one round in four or so failed."""
    cache = demo_instance.var / "cache"
    shutil.rmtree(cache, ignore_errors=True)
    cache.mkdir()
    urls = [demo_instance.site_url + page for page in FIRST_PAGES] * 2
    with running([demo_instance]):
        pages = rush(urls)
        failed = [
            (url, page.status_code)
            for url, page in zip(urls, pages, strict=True)
            if page.status_code != 200
        ]
        assert failed == []
        for url, page in zip(urls, pages, strict=True):
            reference = requests.get(url, timeout=120)
            missing = page_ids(reference.text) - page_ids(page.text)
            assert missing == set(), url
