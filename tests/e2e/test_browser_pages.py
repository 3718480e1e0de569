"""The portal in Chromium: German, styled, readable on a phone, login works."""

import pytest
import requests


pytestmark = pytest.mark.e2e


@pytest.mark.parametrize("viewport", ["desktop", "mobile"])
def test_front_page_introduces_the_round_table_in_german(
    portal_url, new_page, screenshot, viewport
):
    page = new_page(viewport)
    page.goto(portal_url)
    screenshot(page, f"front-page-{viewport}")
    assert page.get_attribute("html", "lang") == "de"
    assert page.inner_text("h1") == "Runder Tisch Soziales Wohnen Dresden"
    assert "Koordinierungsstelle" in page.inner_text(".rt-intro")
    assert page.is_visible("#rt-workshops-title")
    assert page.is_visible("#rt-results-title")
    header = page.inner_text("#portal-logo")
    assert "Runder Tisch Soziales Wohnen Dresden" in header
    assert "gemeinschaftliches Wohnen" in header
    body = page.inner_text("body")
    assert "Plone" not in body.replace("Plone Foundation", "")
    assert "Willkommen bei Plone" not in body


def test_theme_colours_come_from_our_bundle(portal_url, new_page):
    page = new_page("desktop")
    page.goto(portal_url)
    navigation = page.eval_on_selector(
        ".navbar-barceloneta", "element => getComputedStyle(element).backgroundColor"
    )
    assert navigation == "rgb(0, 85, 127)"


def test_front_page_fits_a_phone_without_sideways_scrolling(portal_url, new_page):
    page = new_page("mobile")
    page.goto(portal_url)
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= 390


def test_editor_logs_in_and_sees_the_toolbar(portal_url, new_page, login, screenshot):
    page = new_page("desktop")
    login(page, "redaktion")
    page.goto(portal_url)
    screenshot(page, "login-editor")
    assert page.is_visible("#edit-zone")


def test_main_menu_and_rest_navigation_show_the_three_sections(portal_url, new_page):
    """Veranstaltungen, Ergebnisse and the Koordinierungsstelle (issue 14),
    in the menu a visitor sees and in the @navigation partner sites read."""
    page = new_page()
    page.goto(portal_url)
    menu = page.inner_text("#portal-globalnav")
    for section in ("Veranstaltungen", "Ergebnisse", "Koordinierungsstelle"):
        assert section in menu
    navigation = requests.get(
        f"{portal_url}/@navigation", headers={"Accept": "application/json"}, timeout=30
    ).json()
    titles = [item["title"] for item in navigation["items"]]
    assert any(title.startswith("Koordinierungsstelle") for title in titles)
    assert "Ergebnisse" in titles and "Veranstaltungen" in titles
