"""The legal pages: drafts from the install profile, public after review,
linked from the footer once visitors may open them."""

from plone import api
from plone.app.testing import logout
from rundtisch.policy.legal.pages import ensure_legal_pages
from rundtisch.policy.legal.pages import PAGE_IDS

import pytest


def footer(portal):
    return api.content.get_view("footer", portal, portal.REQUEST)()


def test_install_creates_the_pages_as_drafts(portal):
    for page_id in ("impressum", "datenschutz", "barrierefreiheit", "leichte-sprache"):
        page = portal[page_id]
        assert page.portal_type == "Document"
        assert api.content.get_state(page) == "private"
        assert page.exclude_from_nav
        assert "[Bitte ergänzen" in page.text.raw or page_id == "leichte-sprache"
    assert portal["barrierefreiheit"].Title() == "Erklärung zur Barrierefreiheit"
    assert "Durchsetzungsverfahren" in portal["barrierefreiheit"].text.raw


def test_the_editors_text_is_kept(manager):
    manager["impressum"].title = "Impressum der Landeshauptstadt"
    api.content.delete(manager["leichte-sprache"])
    created = ensure_legal_pages(manager)
    assert [page.getId() for page in created] == ["leichte-sprache"]
    assert manager["impressum"].title == "Impressum der Landeshauptstadt"


def test_visitors_see_no_link_to_a_draft(portal):
    logout()
    html = footer(portal)
    for page_id in PAGE_IDS:
        assert f"/{page_id}" not in html


@pytest.fixture
def published_privacy_page(demo_portal):
    return demo_portal["datenschutz"]


def test_published_pages_are_linked_in_the_footer_in_order(published_privacy_page):
    portal = api.portal.get()
    assert api.content.get_state(published_privacy_page) == "published"
    logout()
    html = footer(portal)
    positions = [html.index(f'href="{portal.absolute_url()}/{i}"') for i in PAGE_IDS]
    assert positions == sorted(positions)
    assert ">Erklärung zur Barrierefreiheit</a>" in html


def test_published_through_both_departments(published_privacy_page):
    history = published_privacy_page.workflow_history["rundtisch_review_workflow"]
    actors = {entry["actor"] for entry in history}
    assert {"pruefung-soziales", "pruefung-stadtentwicklung"} <= actors
