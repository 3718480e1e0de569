"""A light first view for visitors (issue 15): what the Lighthouse figures in
benchmarks/README.md rely on, without timing anything.

Anonymous pages carry no editor bundle (Classic UI's patterns, the table
widget) and no script that blocks rendering: every script in <head> is
deferred (registry/bundles.xml). Pages, CSS and JavaScript come compressed
(operations/filters/compression.py). What visitors need from JavaScript still works
from theme/static/rundtisch-visitor.js: the mobile menu at 390 px, the
search page's filter menu, the navigation marker; the sign-up form answers
without the patterns. Editors keep Plone's bundle: toolbar and TinyMCE.
"""

from html.parser import HTMLParser

import pytest
import requests


pytestmark = pytest.mark.e2e

VISITOR_PAGES = (
    "",
    "veranstaltungen",
    "veranstaltungen/workshop-4",
    "veranstaltungen/workshop-4/anmeldung",
)
EDITOR_BUNDLES = {"plone", "datagridfield-bundle", "eventedit"}


class HeadResources(HTMLParser):
    """The <script> and stylesheet <link> tags of a page's <head>."""

    def __init__(self):
        super().__init__()
        self.in_head = False
        self.scripts = []
        self.stylesheets = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "head":
            self.in_head = True
        elif tag == "body":
            self.in_head = False
        elif self.in_head and tag == "script":
            self.scripts.append(attributes)
        elif self.in_head and tag == "link" and attributes.get("rel") == "stylesheet":
            self.stylesheets.append(attributes)

    def handle_endtag(self, tag):
        if tag == "head":
            self.in_head = False


def head_resources(html):
    parser = HeadResources()
    parser.feed(html)
    return parser


def anonymous_get(url):
    response = requests.get(url, headers={"Accept-Encoding": "gzip"}, timeout=30)
    response.raise_for_status()
    return response


@pytest.mark.parametrize("path", VISITOR_PAGES)
def test_visitors_get_no_editor_bundle_and_no_blocking_script(portal_url, path):
    head = head_resources(anonymous_get(f"{portal_url}/{path}").text)
    bundles = {script.get("data-bundle") for script in head.scripts}
    assert "rundtisch-visitor" in bundles
    assert not bundles & EDITOR_BUNDLES
    for script in head.scripts:
        assert "defer" in script or "async" in script, script
        assert script.get("src"), "no inline script (CSP)"


def test_pages_css_and_javascript_come_compressed(portal_url):
    page = anonymous_get(f"{portal_url}/veranstaltungen/workshop-4")
    assert page.headers["Content-Encoding"] == "gzip"
    head = head_resources(page.text)
    resources = [link["href"] for link in head.stylesheets] + [
        script["src"] for script in head.scripts
    ]
    assert len(resources) >= 4
    for url in resources:
        response = anonymous_get(url)
        if len(response.content) >= 1024:  # smaller ones gain nothing
            assert response.headers["Content-Encoding"] == "gzip", url
        assert "Accept-Encoding" in response.headers["Vary"], url


def test_visitors_browser_loads_no_pattern_bundle(portal_url, new_page):
    page = new_page("mobile")
    scripts = []
    errors = []
    page.on(
        "request",
        lambda request: (
            scripts.append(request.url) if request.resource_type == "script" else None
        ),
    )
    page.on("pageerror", lambda error: errors.append(str(error)))
    for path in VISITOR_PAGES:
        page.goto(f"{portal_url}/{path}")
        page.wait_for_load_state("networkidle")
    assert scripts
    assert not [url for url in scripts if "bundle-plone" in url or "datagrid" in url]
    assert errors == []


def test_mobile_menu_opens_and_closes_at_390_px(portal_url, new_page, screenshot):
    page = new_page("mobile")
    page.goto(f"{portal_url}/veranstaltungen/workshop-4")
    toggler = page.locator(".navbar-toggler")
    menu = page.locator("#offcanvasNavbar")
    assert not menu.is_visible()
    toggler.click()
    menu.get_by_role("link", name="Ergebnisse").wait_for()
    assert toggler.get_attribute("aria-expanded") == "true"
    # The section of the page is marked, as pat-navigationmarker does.
    assert menu.locator("li.inPath").inner_text().strip() == "Veranstaltungen"
    screenshot(page, "light-first-view-menu-mobile")
    page.keyboard.press("Escape")
    menu.wait_for(state="hidden")
    assert page.evaluate("document.activeElement.classList.contains('navbar-toggler')")
    toggler.click()
    menu.get_by_role("button", name="Menü schließen").click()
    menu.wait_for(state="hidden")
    toggler.click()
    menu.get_by_role("link", name="Ergebnisse").click()
    page.wait_for_url(f"{portal_url}/ergebnisse")


def test_search_filter_menu_opens_for_visitors(portal_url, new_page):
    page = new_page("mobile")
    page.goto(f"{portal_url}/@@search?SearchableText=Workshop")
    filters = page.locator("#search-filter .dropdown-menu")
    assert not filters.is_visible()
    page.click("#search-filter-toggle")
    filters.wait_for()
    page.keyboard.press("Escape")
    filters.wait_for(state="hidden")


def test_sign_up_form_answers_without_the_patterns(portal_url, new_page):
    """Validation happens on the server: the empty form comes back with its
    errors (the full sign-up runs in test_signup_flow.py)."""
    page = new_page("mobile")
    page.goto(f"{portal_url}/veranstaltungen/workshop-4/anmeldung")
    page.click("#form-buttons-submit")
    page.wait_for_selector(".invalid-feedback, .fieldErrorBox, .is-invalid")


def test_editors_keep_toolbar_and_tinymce(portal_url, new_page, login):
    page = new_page("desktop")
    login(page, "redaktion")
    page.goto(f"{portal_url}/veranstaltungen")
    assert page.is_visible("#edit-zone")
    bundles = page.eval_on_selector_all(
        "head script[data-bundle]", "scripts => scripts.map(s => s.dataset.bundle)"
    )
    assert "plone" in bundles and "rundtisch-visitor" not in bundles
    page.goto(f"{portal_url}/veranstaltungen/++add++Workshop")
    page.locator(".tox-tinymce").first.wait_for()
