"""Varnish with proxy/varnish.vcl in front of a real instance (`make proxy`).

Starts an instance whose site knows the proxy (CACHE_PROXIES, applied by
create-site like the mail settings) and varnishd on free ports, publishes a
workshop with sign-up through the review workflow and checks what an
operator relies on: anonymous pages and REST reads come from the cache,
text is compressed, logged-in users are never served from it, and a sign-up
posted through the proxy shows in the seats of the next anonymous visitor
long before the cached page would have expired (plone.cachepurging).
"""

from pathlib import Path
from rundtisch.policy.operations.environment.proxy import PAGE_SMAXAGE
from server_processes import ADMIN
from server_processes import CachingProxy
from server_processes import Instance
from server_processes import REPO
from server_processes import running
from signup_http import post_signup
from workshop_signups import create_reviewers
from workshop_signups import publish_workshop

import os
import pytest
import re
import requests
import subprocess
import time


WORKSHOP = "ansturm"
CAPACITY = 20
SEATS = re.compile(r"Freie Plätze:\s*<strong>(\d+)</strong>")
JSON = {"Accept": "application/json"}


def install_varnish():
    """What `make test` does first (scripts/install-proxy.sh); as root the
    test installs it itself, otherwise it is skipped with the command."""
    if CachingProxy.available():
        return
    if os.geteuid() != 0:
        pytest.skip(
            "varnishd is missing and we are not root: "
            "sudo apt-get install varnish (or run scripts/install-proxy.sh as root)"
        )
    subprocess.run([REPO / "scripts" / "install-proxy.sh"], check=True)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """(instance, proxy) with a published workshop taking sign-ups."""
    install_varnish()
    base = Path(tmp_path_factory.mktemp("proxy"))
    proxy = CachingProxy(base)
    instance = Instance(base, "a", {"CACHE_PROXIES": proxy.url})
    instance.create_site()
    with running([instance]):
        proxy.start([instance])
        try:
            create_reviewers(instance)
            publish_workshop(instance, WORKSHOP, CAPACITY)
            yield instance, proxy
        finally:
            proxy.stop()


def anonymous(url, **kwargs):
    """A new visitor: no cookies, no login."""
    return requests.get(url, timeout=60, **kwargs)


def page_url(proxy):
    return f"{proxy.url}/Plone/{WORKSHOP}"


def cached_twice(url, **kwargs):
    """The second of two anonymous requests, asserting it came from the cache."""
    first = anonymous(url, **kwargs)
    assert first.status_code == 200, first.text[:300]
    second = anonymous(url, **kwargs)
    assert second.headers["X-Cache"] == "HIT", second.headers
    return second


def test_second_anonymous_visit_is_served_by_the_proxy(site):
    _instance, proxy = site
    response = cached_twice(page_url(proxy))
    assert "text/html" in response.headers["Content-Type"]
    assert int(response.headers["Age"]) <= PAGE_SMAXAGE
    # s-maxage is for the purged proxy only; browsers revalidate.
    cache_control = response.headers["Cache-Control"]
    assert "s-maxage" not in cache_control
    assert "max-age=0" in cache_control


def test_rest_json_is_its_own_variant_of_the_same_url(site):
    _instance, proxy = site
    cached_twice(page_url(proxy))
    response = cached_twice(page_url(proxy), headers=JSON)
    assert response.headers["Content-Type"].startswith("application/json")
    assert response.json()["@id"].endswith(f"/{WORKSHOP}")


def test_text_is_gzip_compressed_when_asked(site):
    _instance, proxy = site
    compressed = anonymous(page_url(proxy), headers={"Accept-Encoding": "gzip"})
    assert compressed.headers.get("Content-Encoding") == "gzip"
    assert "Accept-Encoding" in compressed.headers.get("Vary", "")
    plain = anonymous(page_url(proxy), headers={"Accept-Encoding": "identity"})
    assert "Content-Encoding" not in plain.headers
    assert plain.text == compressed.text


def test_logged_in_users_are_never_served_from_the_cache(site):
    _instance, proxy = site
    cached_twice(page_url(proxy))
    for _attempt in range(2):
        response = requests.get(page_url(proxy), auth=ADMIN, timeout=60)
        assert response.headers["X-Cache"] == "MISS"
        assert "private" in response.headers["Cache-Control"]
        # A page for the administrator, not the anonymous one in the cache.
        assert "@@anmeldungen" in response.text
    with_login_cookie = anonymous(page_url(proxy), cookies={"__ac": "irgendwas"})
    assert with_login_cookie.headers["X-Cache"] == "MISS"


def test_other_cookies_do_not_keep_pages_from_the_cache(site):
    _instance, proxy = site
    cached_twice(page_url(proxy))
    response = anonymous(page_url(proxy), cookies={"_pk_id": "statistik"})
    assert response.headers["X-Cache"] == "HIT"


def test_login_form_is_not_cached(site):
    _instance, proxy = site
    for _attempt in range(2):
        response = anonymous(f"{proxy.url}/Plone/login")
        assert response.headers["X-Cache"] == "MISS"


def test_pages_without_a_caching_rule_are_not_kept(site):
    """The cancellation page (a personal link) has no plone.app.caching rule;
    Zope sends only an "Expires" in the past that Varnish cannot parse."""
    _instance, proxy = site
    url = f"{proxy.url}/Plone/{WORKSHOP}/anmeldung/@@abmelden?token=unbekannt"
    for _attempt in range(2):
        assert anonymous(url).headers["X-Cache"] == "MISS"


def seats_shown(proxy):
    """Free seats on the page and in the REST answer, for a new visitor."""
    page = anonymous(page_url(proxy))
    data = anonymous(page_url(proxy), headers=JSON).json()
    return int(SEATS.search(page.text).group(1)), data["registration"]["seats_left"]


def test_a_sign_up_through_the_proxy_shows_in_the_seats_at_once(site):
    _instance, proxy = site
    cached_twice(page_url(proxy))
    cached_twice(page_url(proxy), headers=JSON)
    before = seats_shown(proxy)
    assert before[0] == before[1]
    purges = proxy.counter("MAIN.bans_added")

    response = post_signup(
        f"{proxy.url}/Plone/{WORKSHOP}/anmeldung", "erika@example.org"
    )
    assert "Sie sind angemeldet." in response.text

    deadline = time.monotonic() + 5
    while seats_shown(proxy) != (before[0] - 1, before[1] - 1):
        assert time.monotonic() < deadline, seats_shown(proxy)
        time.sleep(0.2)
    # Seen because the portal purged, not because the cached copies expired.
    assert proxy.counter("MAIN.bans_added") > purges
    # And the new figures are cached again.
    cached_twice(page_url(proxy))


def test_purge_drops_every_variant_of_a_path(site):
    _instance, proxy = site
    cached_twice(page_url(proxy))
    cached_twice(page_url(proxy), headers=JSON)
    purge = requests.request("PURGE", page_url(proxy), timeout=10)
    assert purge.status_code == 200
    assert anonymous(page_url(proxy)).headers["X-Cache"] == "MISS"
    assert anonymous(page_url(proxy), headers=JSON).headers["X-Cache"] == "MISS"


def test_pages_are_served_while_the_instance_is_down(site):
    """Grace: a restart does not take the site down for anonymous readers.
    (Last in this module: it stops the instance.)"""
    instance, proxy = site
    cached_twice(page_url(proxy))
    instance.stop()
    # Past the page's lifetime, and the health probe has failed twice.
    time.sleep(PAGE_SMAXAGE + 2)
    response = anonymous(page_url(proxy))
    assert response.status_code == 200
    assert response.headers["X-Cache"] == "HIT"
    assert int(response.headers["Age"]) > PAGE_SMAXAGE
    assert SEATS.search(response.text)
