"""A citizen on a phone and with the keyboard alone (issue 26).

- At 390x844 the workshop page offers "Jetzt anmelden" in its first screen;
  the form names the workshop, date, place and seats, its fields tell the
  phone what they hold (autocomplete, type=email), and its submit button is
  the primary blue button.
- From the skip link to the confirmation with Tab, Space and Enter only:
  every control on the way shows a focus ring of at least 2 px with 3:1
  contrast; after sending, the focus is on the confirmation's heading; the
  cancellation ends with a way back.
- The office page fits a phone: nothing wider than the screen, nothing
  scrolling sideways, a table of contents at the top.

Screenshots: test-artifacts/e2e/phone-*.png and keyboard-*.png.
"""

from datetime import datetime
from datetime import timedelta
from page_checks import rest
from zoneinfo import ZoneInfo

import pytest
import re
import requests


pytestmark = pytest.mark.e2e

TITLE = "Workshop 12: Gemeinschaftlich wohnen im Alter"
LOCATION = "Rathaus Dresden, Dr.-Külz-Ring 19, 01067 Dresden"
PHONE = {"width": 390, "height": 844}
START = (datetime.now(ZoneInfo("Europe/Berlin")) + timedelta(days=28)).replace(
    hour=17, minute=0, second=0, microsecond=0
)
# Tab presses from the skip link to the submit button: the sign-up link,
# the link back to the workshop, eleven controls of the form and the link
# to the privacy page, with room for a few more.
TAB_LIMIT = 25
# WCAG 2.1 1.4.11: a focus indicator needs 3:1 against what is next to it.
MIN_CONTRAST = 3.0
MIN_RING_PX = 2.0

# The focused element, its ring and the colour behind it, in the browser.
FOCUS_RING = """() => {
    const element = document.activeElement;
    const style = getComputedStyle(element);
    let background = 'rgba(0, 0, 0, 0)';
    for (let node = element.parentElement; node; node = node.parentElement) {
        const colour = getComputedStyle(node).backgroundColor;
        if (colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent') {
            background = colour;
            break;
        }
    }
    const box = element.getBoundingClientRect();
    return {
        tag: element.tagName,
        id: element.id,
        text: (element.innerText || element.value || '').trim().slice(0, 40),
        outlineStyle: style.outlineStyle,
        outlineWidth: parseFloat(style.outlineWidth) || 0,
        outlineColor: style.outlineColor,
        background: background,
        footer: !!element.closest('#portal-footer-wrapper'),
        visible: box.width > 1 && box.height > 1 && box.bottom > 0
            && box.top < window.innerHeight,
    };
}"""


@pytest.fixture(scope="module")
def workshop(portal_url):
    """A published workshop with five seats, a long title and a description,
    as editors write them."""
    created = rest(
        "POST",
        f"{portal_url}/veranstaltungen",
        "redaktion",
        json={
            "@type": "Workshop",
            "title": TITLE,
            "description": (
                "Wie Menschen im Alter gemeinsam wohnen können: Beispiele aus "
                "Dresden und Leipzig, Fördermöglichkeiten und die Rolle der "
                "Koordinierungsstelle."
            ),
            "focus": "Wohnprojekte für ältere Menschen und ihre Unterstützung",
            "start": START.isoformat(),
            "end": (START + timedelta(hours=3)).isoformat(),
            "location": LOCATION,
            "registration_enabled": True,
            "capacity": 5,
            "waitlist_enabled": True,
        },
    ).json()
    url = created["@id"]
    rest("POST", f"{url}/@workflow/submit", "redaktion")
    rest("POST", f"{url}/@workflow/approve_social", "pruefung-soziales")
    rest("POST", f"{url}/@workflow/approve_urban", "pruefung-stadtentwicklung")
    return url


@pytest.fixture(scope="module")
def demo_workshop(portal_url):
    """The demo workshop whose sign-up is open."""
    response = requests.get(
        f"{portal_url}/@search",
        params={"portal_type": "Workshop", "fullobjects": 1},
        headers={"Accept": "application/json"},
        timeout=30,
    )
    for item in response.json()["items"]:
        if (item.get("registration") or {}).get("status") == "open":
            return item["@id"]
    raise AssertionError("The demo content has no workshop with open sign-up.")


def luminance(colour):
    red, green, blue = (int(part) / 255 for part in re.findall(r"\d+", colour)[:3])

    def linear(channel):
        if channel <= 0.03928:
            return channel / 12.92
        return ((channel + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)


def contrast(first, second):
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def assert_focus_ring(page):
    """The focused control is on screen and has a ring of 2 px and 3:1."""
    # Bootstrap scrolls smoothly: the control arrives on screen a moment
    # after it has the focus.
    page.wait_for_function(
        """() => {
            const box = document.activeElement.getBoundingClientRect();
            return box.bottom > 0 && box.top < window.innerHeight;
        }""",
        timeout=5_000,
    )
    ring = page.evaluate(FOCUS_RING)
    assert ring["visible"], ring
    assert ring["outlineStyle"] not in ("none", "hidden"), ring
    assert ring["outlineWidth"] >= MIN_RING_PX, ring
    assert contrast(ring["outlineColor"], ring["background"]) >= MIN_CONTRAST, ring
    return ring


def keyboard_page(new_page, viewport):
    """A page for Tab-by-Tab checks. Bootstrap scrolls smoothly unless the
    visitor asked for reduced motion; without the animation each focused
    control is on screen at once, as the checks expect."""
    page = new_page(viewport)
    page.emulate_media(reduced_motion="reduce")
    return page


def tab(page):
    page.keyboard.press("Tab")
    return assert_focus_ring(page)


def tab_to(page, predicate, budget):
    """Press Tab until `predicate(ring)`; return the presses it took."""
    for presses in range(1, budget + 1):
        ring = tab(page)
        if predicate(ring):
            return presses
    raise AssertionError(f"Not reached within {budget} Tab presses")


def in_first_screen(page, locator):
    box = locator.bounding_box()
    assert box is not None
    return box["y"] >= 0 and box["y"] + box["height"] <= PHONE["height"]


@pytest.mark.parametrize("which", ["demo", "new"])
def test_sign_up_is_in_the_first_screen_on_a_phone(
    which, demo_workshop, workshop, new_page, artifacts
):
    url = demo_workshop if which == "demo" else workshop
    page = new_page("mobile")
    page.goto(url)
    page.screenshot(path=artifacts / f"phone-workshop-first-screen-{which}.png")
    box = page.locator(".rundtisch-registration")
    link = box.get_by_role("link", name="Jetzt anmelden")
    assert link.count() == 1
    assert in_first_screen(page, link), link.bounding_box()
    # The box says when, where and how many seats are left.
    text = box.inner_text()
    assert "Freie Plätze:" in text
    if which == "new":
        assert LOCATION in text
        assert "17:00 bis 20:00 Uhr" in text
    link.click()
    page.wait_for_load_state()
    assert page.url.rstrip("/").endswith("/anmeldung")


def test_sign_up_form_names_the_workshop_and_helps_the_phone(
    workshop, new_page, screenshot, axe
):
    page = new_page("mobile")
    page.goto(f"{workshop}/anmeldung")
    screenshot(page, "phone-sign-up-form")
    heading = page.inner_text("h1")
    assert TITLE in heading, heading
    facts = page.inner_text(".rundtisch-signup-facts")
    for expected in (LOCATION, "17:00 bis 20:00 Uhr", "5 von 5 frei"):
        assert expected in facts, facts
    autocomplete = {
        "#form-widgets-vorname": "given-name",
        "#form-widgets-nachname": "family-name",
        "#form-widgets-email": "email",
        "#form-widgets-organisation": "organization",
    }
    for selector, token in autocomplete.items():
        assert page.get_attribute(selector, "autocomplete") == token, selector
    assert page.get_attribute("#form-widgets-email", "type") == "email"
    assert page.get_attribute("#form-widgets-vorname", "type") == "text"
    # The submit button is Barceloneta's primary button in the portal's
    # blue, not the grey secondary one that looked disabled.
    submit = page.locator("#form-buttons-submit")
    classes = submit.get_attribute("class").split()
    assert "btn-primary" in classes and "btn-secondary" not in classes, classes
    assert submit.evaluate("b => getComputedStyle(b).backgroundColor") == (
        "rgb(0, 85, 127)"
    )
    assert submit.is_enabled()
    assert axe(page, "phone-sign-up-form", impacts=None) == []


def test_keyboard_only_from_the_skip_link_to_the_confirmation(
    workshop, new_page, screenshot, axe, mail_sink
):
    sink, _port = mail_sink
    page = keyboard_page(new_page, "mobile")
    page.goto(workshop)

    # The first Tab reaches the skip link, shown on screen with its ring.
    ring = tab(page)
    assert ring["text"] == "Zum Inhalt springen", ring
    screenshot(page, "keyboard-01-skip-link")
    page.keyboard.press("Enter")
    presses = tab_to(page, lambda r: r["text"] == "Jetzt anmelden", TAB_LIMIT)
    assert presses <= 2, presses
    with page.expect_navigation():
        page.keyboard.press("Enter")

    # The form: skip link, then field by field.
    ring = tab(page)
    assert ring["text"] == "Zum Inhalt springen", ring
    page.keyboard.press("Enter")
    budget = TAB_LIMIT
    for field, value in (
        ("form-widgets-vorname", "Erika"),
        ("form-widgets-nachname", "Tastatur"),
        ("form-widgets-email", "erika.phone@example.org"),
    ):
        budget -= tab_to(page, lambda r, field=field: r["id"] == field, budget)
        page.keyboard.type(value)
    budget -= tab_to(page, lambda r: r["id"] == "form-widgets-datenschutz-0", budget)
    page.keyboard.press("Space")
    assert page.is_checked("#form-widgets-datenschutz-0")
    budget -= tab_to(page, lambda r: r["id"] == "form-buttons-submit", budget)
    screenshot(page, "keyboard-02-submit-focused")
    mails_before = len(sink.messages)
    with page.expect_navigation():
        page.keyboard.press("Enter")

    # The confirmation: the focus is on its heading, which shows it.
    page.wait_for_function(
        "() => document.activeElement && document.activeElement.tagName === 'H1'"
    )
    assert page.evaluate("document.activeElement.innerText") == "Sie sind angemeldet"
    assert_focus_ring(page)
    screenshot(page, "keyboard-03-confirmation-focused")
    assert axe(page, "keyboard-confirmation-mobile", impacts=None) == []

    # The cancellation ends with a way back to the workshop and home.
    mail = sink.wait_for(
        lambda m: "erika.phone@example.org" in m["To"], since=mails_before
    )
    text = mail.get_body(("plain",)).get_content()
    cancel_url = next(
        link for link in re.findall(r"https?://\S+", text) if "@@abmelden" in link
    )
    page.goto(cancel_url)
    page.get_by_role("button", name="Anmeldung stornieren").click()
    page.wait_for_load_state()
    assert "storniert" in page.inner_text("#content-core")
    screenshot(page, "keyboard-04-cancelled")
    back = page.get_by_role("link", name="Zurück zur Veranstaltung")
    assert back.get_attribute("href") == workshop
    home = page.get_by_role("link", name="Zur Startseite")
    assert home.count() == 1
    assert axe(page, "keyboard-cancelled-mobile", impacts=None) == []


def test_every_page_starts_with_a_skip_link(portal_url, new_page):
    page = new_page("desktop")
    for path in ("", "/veranstaltungen", "/koordinierungsstelle", "/impressum"):
        page.goto(f"{portal_url}{path}")
        first = page.evaluate(
            """() => {
                const all = document.querySelectorAll(
                    'a[href], button, input:not([type=hidden]), select, textarea');
                const link = all[0];
                const url = new URL(link.href);
                const target = url.hash.slice(1);
                url.hash = '';
                const here = new URL(location.href);
                here.hash = '';
                // Its own page (not the folder of Plone's <base href>).
                return {text: link.innerText, href: link.href,
                        samePage: url.href === here.href,
                        target: !!document.getElementById(target)};
            }"""
        )
        assert first["text"] == "Zum Inhalt springen", (path, first)
        assert first["target"] and first["samePage"], (path, first)
        # Hidden until focused: no stray link above the header.
        box = page.get_by_role("link", name="Zum Inhalt springen").bounding_box()
        assert box is None or box["width"] <= 1, (path, box)


def test_office_page_fits_a_phone(portal_url, new_page, screenshot, artifacts):
    page = new_page("mobile")
    page.goto(f"{portal_url}/koordinierungsstelle")
    screenshot(page, "phone-office-page")
    page.screenshot(path=artifacts / "phone-office-first-screen.png")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    too_wide = page.evaluate(
        """(width) => Array.from(
            document.querySelectorAll('#portal-column-content *')).filter(e => {
                const box = e.getBoundingClientRect();
                const scrolls = ['auto', 'scroll'].includes(
                    getComputedStyle(e).overflowX) && e.scrollWidth > e.clientWidth + 1;
                return box.width > 0 && (box.right > width + 0.5 || scrolls);
            }).map(e => e.tagName + '.' + e.className)""",
        PHONE["width"],
    )
    assert too_wide == [], too_wide
    # A short table of contents at the top leads to the sections.
    toc = page.get_by_role("navigation", name="Auf dieser Seite")
    links = toc.get_by_role("link")
    assert 3 <= links.count() <= 9
    assert in_first_screen(page, links.first)
    for href in links.evaluate_all("links => links.map(l => l.getAttribute('href'))"):
        assert page.locator(href).count() == 1, href
    # The tables read as labelled blocks.
    kinds = page.locator("#office-foundations ~ table td[data-label]").first
    assert kinds.evaluate("td => getComputedStyle(td).display") == "block"


@pytest.mark.parametrize("path", ["", "/koordinierungsstelle"])
def test_every_control_shows_its_focus_ring(portal_url, new_page, path):
    """Tab through the whole page, header, navigation, content and the dark
    footer: each stop has its 2 px ring with 3:1 against what is around."""
    page = keyboard_page(new_page, "desktop")
    page.goto(f"{portal_url}{path}")
    seen = []
    in_footer = 0
    for _ in range(150):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement === document.body"):
            break
        ring = assert_focus_ring(page)
        key = (ring["tag"], ring["id"], ring["text"])
        if seen and key == seen[0]:
            break  # once round the page
        seen.append(key)
        in_footer += ring["footer"]
    assert seen[0][2] == "Zum Inhalt springen", seen
    assert in_footer == page.locator("#portal-footer-wrapper a[href]").count(), seen
