"""The partner embed in a partner's page on another origin (issue 17): shown
in the iframe at 320 and 1280 px, current seats, sign-up in the top window,
accessible, no cookie, frameable only where it should be."""

from functools import partial
from http.server import SimpleHTTPRequestHandler
from http.server import ThreadingHTTPServer

import pytest
import re
import requests
import threading


pytestmark = pytest.mark.e2e

WORKSHOP_4 = "Workshop 4: Erste Schritte der Koordinierungsstelle"
PARTNER_PAGE = """<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>Wohnprojekte-Netzwerk</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="margin:0">
<h1>Termine unserer Partner</h1>
{snippet}
</body>
</html>
"""


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


@pytest.fixture(scope="module")
def embed_url(portal_url):
    return f"{portal_url}/@@naechste-veranstaltungen?anzahl=3"


@pytest.fixture(scope="module")
def partner_url(portal_url, embed_url, tmp_path_factory):
    """A partner's page with the snippet of @@fuer-partnerseiten, served from
    a second port: another origin than the portal."""
    page = requests.get(f"{portal_url}/@@fuer-partnerseiten?anzahl=3", timeout=30)
    snippet = page.text.split('id="partner-snippet"')[1].split(">", 1)[1]
    snippet = snippet.split("</textarea>")[0]
    snippet = snippet.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    assert embed_url.replace("&", "&amp;") in snippet or embed_url in snippet
    directory = tmp_path_factory.mktemp("partner-site")
    (directory / "index.html").write_text(
        PARTNER_PAGE.format(snippet=snippet), encoding="utf-8"
    )
    server = ThreadingHTTPServer(
        ("127.0.0.1", 0), partial(QuietHandler, directory=str(directory))
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/index.html"
    server.shutdown()
    server.server_close()


def seats_left(portal_url):
    """What the portal says now (other e2e tests sign up for Workshop 4)."""
    workshop = requests.get(
        f"{portal_url}/veranstaltungen/workshop-4",
        headers={"Accept": "application/json"},
        timeout=30,
    ).json()
    return workshop["registration"]["seats_left"]


def test_headers_allow_framing_only_for_the_embed(portal_url, embed_url):
    embed = requests.get(embed_url, timeout=30)
    assert embed.status_code == 200
    assert "Set-Cookie" not in embed.headers
    policy = embed.headers["Content-Security-Policy"]
    assert "frame-ancestors *" in policy
    assert "script-src 'self'" in policy and "object-src 'none'" in policy
    assert "X-Frame-Options" not in embed.headers
    assert "X-Rundtisch-Frameable" not in embed.headers
    assert "max-age=60" in embed.headers["Cache-Control"]
    for path in ("", "/veranstaltungen", "/@@fuer-partnerseiten"):
        page = requests.get(portal_url + path, timeout=30)
        assert "frame-ancestors 'self'" in page.headers["Content-Security-Policy"]


@pytest.mark.parametrize("width", [320, 1280])
def test_the_partner_page_shows_the_next_workshops(
    portal_url, partner_url, new_page, screenshot, width
):
    page = new_page("mobile" if width < 1280 else "desktop")
    page.set_viewport_size({"width": width, "height": 900})
    blocked = []
    page.on(
        "console",
        lambda message: (
            blocked.append(message.text)
            if "frame-ancestors" in message.text or "X-Frame-Options" in message.text
            else None
        ),
    )
    page.goto(partner_url)
    embed = page.frame_locator("iframe")
    item = embed.locator(".rt-embed-item", has_text=WORKSHOP_4)
    item.wait_for()
    seats = seats_left(portal_url)
    assert f"Freie Plätze: {seats} von 30" in " ".join(item.inner_text().split())
    assert "Uhr" in item.inner_text() and "Rathaus Dresden" in item.inner_text()
    frame = page.frames[1]
    assert frame.evaluate(
        "document.documentElement.scrollWidth <= document.documentElement.clientWidth"
    ), "no horizontal scrolling in the frame"
    assert blocked == []
    screenshot(page, f"partner-embed-{width}")

    # Screen readers hear which workshop the button is for.
    sign_up = item.get_by_role("link", name=re.compile(r"^Jetzt anmelden\W+Workshop 4"))
    sign_up.click()
    page.wait_for_url("**/veranstaltungen/workshop-4/anmeldung")
    assert page.locator("form").count() > 0
    assert page.frames == [page.main_frame], "the form replaced the partner page"


def test_the_embed_is_accessible(embed_url, new_page, axe, screenshot):
    page = new_page("desktop")
    page.goto(embed_url)
    assert page.locator("html").get_attribute("lang") == "de"
    assert axe(page, "partner-embed", impacts=None) == []
    page.set_viewport_size({"width": 320, "height": 700})
    assert axe(page, "partner-embed-320", impacts=None) == []
    screenshot(page, "partner-embed-direct-320")


def test_the_partner_page_is_accessible(portal_url, new_page, axe, screenshot):
    page = new_page("desktop")
    page.goto(f"{portal_url}/@@fuer-partnerseiten?anzahl=2&thema=koordinierungsstelle")
    page.frame_locator("iframe").locator(".rt-embed-item").first.wait_for()
    assert axe(page, "partner-page") == []
    screenshot(page, "partner-page")
