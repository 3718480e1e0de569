"""axe-core in Chromium: no WCAG 2.1 AA violation on the public pages, of
any impact (docs/design.md §8; issue 14).

Each page is checked at a desktop (1280x800) and a phone (390x844) viewport;
the full axe results are saved as test-artifacts/e2e/axe-<page>-<viewport>.json.
"""

import pytest
import requests


pytestmark = pytest.mark.e2e

VIEWPORTS = ["desktop", "mobile"]
# Page name -> path below the site.
SITE_PAGES = {
    "home": "",
    "workshop-listing": "veranstaltungen",
    "results-overview": "ergebnisse",
    "office-page": "koordinierungsstelle",
    "imprint": "impressum",
    "privacy": "datenschutz",
    "accessibility-statement": "barrierefreiheit",
    "easy-language": "leichte-sprache",
    "sitemap": "sitemap",
    "search": "@@search?SearchableText=Wohnen",
}
# Page name -> path below the demo workshop whose sign-up is open.
WORKSHOP_PAGES = {"workshop-page": "", "signup-form": "/anmeldung"}


def assert_no_violations(violations):
    assert violations == [], "\n".join(
        f"{v['impact']}: {v['id']} ({v['help']}) at {v['targets']}" for v in violations
    )


@pytest.fixture(scope="module")
def open_workshop_url(portal_url):
    """The published demo workshop whose sign-up is open."""
    response = requests.get(
        f"{portal_url}/@search",
        params={"portal_type": "Workshop", "sort_on": "start", "fullobjects": 1},
        headers={"Accept": "application/json"},
        timeout=30,
    )
    for item in response.json()["items"]:
        if (item.get("registration") or {}).get("status") in ("open", "waitlist"):
            return item["@id"]
    raise AssertionError("The demo content has no workshop with open sign-up.")


@pytest.fixture
def signup_form_url(open_workshop_url):
    return f"{open_workshop_url}/anmeldung"


def audit(page, name, screenshot, axe):
    """Keep a screenshot of the page and fail on any axe violation."""
    screenshot(page, name)
    assert_no_violations(axe(page, name, impacts=None))


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("name", [*SITE_PAGES, *WORKSHOP_PAGES])
def test_page_has_no_serious_violation(
    portal_url, new_page, axe, screenshot, open_workshop_url, name, viewport
):
    if name in SITE_PAGES:
        url = f"{portal_url}/{SITE_PAGES[name]}"
    else:
        url = f"{open_workshop_url}{WORKSHOP_PAGES[name]}"
    page = new_page(viewport)
    response = page.goto(url)
    assert response.status == 200
    audit(page, f"{name}-{viewport}", screenshot, axe)


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_signup_form_errors_have_no_serious_violation(
    new_page, axe, screenshot, signup_form_url, viewport
):
    page = new_page(viewport)
    page.goto(signup_form_url)
    page.click("#form-buttons-submit")
    page.wait_for_selector(".invalid-feedback, .fieldErrorBox, .is-invalid")
    audit(page, f"signup-form-errors-{viewport}", screenshot, axe)
