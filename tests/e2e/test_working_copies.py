"""Working copies without dead ends (issue 25, docs/design.md §3), in
Chromium: a copy is no second navigation entry, discarding a copy that an
abandoned edit form left locked works, reviewers read that what they review
is a working copy, and a workshop's copy shows the original's seats without
a sign-up button of its own.

Screenshots: test-artifacts/e2e/copies-*.png.
"""

from page_checks import collect_csp_violations
from review_pages import check_in
from review_pages import check_out
from review_pages import choose_state
from review_pages import page_url
from review_pages import status_messages

import pytest
import requests


pytestmark = pytest.mark.e2e


def find(portal_url, admin_password, **query):
    """The URL of the one item the administrator finds with `query`."""
    found = requests.get(
        f"{portal_url}/@search",
        params=query,
        headers={"Accept": "application/json"},
        auth=("admin", admin_password),
        timeout=30,
    )
    assert found.ok, found.text[:300]
    items = found.json()["items"]
    assert len(items) == 1, [item["@id"] for item in items]
    return items[0]["@id"]


def office_entries(page, portal_url):
    """The main navigation's links to the Koordinierungsstelle, as
    (text, address) pairs, on the front page."""
    page.goto(portal_url)
    links = page.locator("#portal-globalnav a")
    return [
        (text.strip(), href.rstrip("/"))
        for text, href in zip(
            links.all_inner_texts(),
            links.evaluate_all("links => links.map(a => a.href)"),
            strict=True,
        )
        if text.strip().startswith("Koordinierungsstelle")
    ]


def record_statuses(page):
    """A list that fills with the status of every page the tab loads."""
    statuses = []
    page.on(
        "response",
        lambda response: (
            statuses.append((response.status, response.url))
            if response.request.is_navigation_request()
            else None
        ),
    )
    return statuses


def test_a_copy_is_no_second_navigation_entry_and_reviewers_see_it_is_a_copy(
    portal_url, new_page, login, screenshot, admin_password
):
    office = find(
        portal_url,
        admin_password,
        portal_type="CoordinationOffice",
        review_state="published",
    )
    editor = new_page()
    violations = collect_csp_violations(editor)
    login(editor, "redaktion")
    assert [url for _text, url in office_entries(editor, portal_url)] == [office]
    copy = check_out(editor, office)
    assert copy != office
    choose_state(editor, copy, "submit")

    # What the reviewers review is a change of the published office: iterate's
    # notice says so, with the link to the changes.
    social, urban = new_page(), new_page()
    login(social, "pruefung-soziales")
    login(urban, "pruefung-stadtentwicklung")
    for reviewer, name in ((social, "social"), (urban, "urban")):
        violations += collect_csp_violations(reviewer)
        reviewer.goto(copy)
        screenshot(reviewer, f"copies-01-reviewer-{name}-sees-notice")
        notice = reviewer.locator(".portalMessage", has_text="Arbeitskopie von")
        assert notice.count() == 1, reviewer.inner_text("#content")
        assert notice.locator("a", has_text="Änderungen anzeigen").count() == 1
    choose_state(social, copy, "approve_social")
    choose_state(urban, copy, "approve_urban")

    # The copy sits beside the office in the site root, but is no entry of
    # the main navigation.
    assert [url for _text, url in office_entries(editor, portal_url)] == [office]
    screenshot(editor, "copies-02-navigation-with-copy")

    assert check_in(editor, copy) == office
    screenshot(editor, "copies-03-checked-in")
    # The office keeps its own setting: one entry in the navigation.
    assert [url for _text, url in office_entries(editor, portal_url)] == [office]
    visitor = new_page()
    assert [url for _text, url in office_entries(visitor, portal_url)] == [office]
    assert violations == []


def test_discarding_a_copy_an_abandoned_edit_form_locked(
    portal_url, new_page, login, screenshot, admin_password
):
    result = find(
        portal_url,
        admin_password,
        portal_type="Result",
        review_state="published",
        Title="Von Leipzig lernen",
    )
    editor = new_page()
    violations = collect_csp_violations(editor)
    statuses = record_statuses(editor)
    login(editor, "redaktion")
    copy = check_out(editor, result)
    assert copy != result

    # The Redaktion opens the copy's edit form and leaves without saving or
    # cancelling: the copy stays locked.
    editor.goto(f"{copy}/edit")
    editor.wait_for_load_state("networkidle")
    editor.goto(copy)
    assert "seit" in editor.inner_text(".rundtisch-lock")

    # "Arbeitskopie verwerfen" is still in the menu, and its form works.
    editor.click("#plone-contentmenu-actions > a")
    assert editor.locator("#plone-contentmenu-actions-iterate_checkout_cancel").count()
    editor.goto(f"{copy}/@@content-cancel-checkout")
    screenshot(editor, "copies-04-cancel-form-while-locked")
    editor.click("[name='form.button.Cancel']")
    editor.wait_for_load_state()
    screenshot(editor, "copies-05-cancelled")
    assert page_url(editor) == result
    assert "Arbeitskopie verworfen" in status_messages(editor)  # the menu's word
    assert editor.request.get(copy).status == 404
    assert [status for status, _url in statuses if status >= 400] == []
    assert violations == []


def test_a_workshop_copy_shows_the_seats_but_signs_nobody_up(
    portal_url, new_page, login, screenshot, admin_password
):
    # The demo's upcoming workshop, with sign-up open (docs/design.md §6).
    workshop = find(
        portal_url,
        admin_password,
        portal_type="Workshop",
        review_state="published",
        Title="Erste Schritte",
    )
    visitor = new_page()
    visitor.goto(workshop)  # fills the visitors' cached body of the original
    assert visitor.locator(".rundtisch-sign-up-button").count() == 1

    editor = new_page()
    violations = collect_csp_violations(editor)
    login(editor, "redaktion")
    copy = check_out(editor, workshop)
    assert copy != workshop
    editor.goto(copy)
    screenshot(editor, "copies-06-workshop-copy")
    box = editor.locator(".rundtisch-registration")
    assert "Freie Plätze" in box.inner_text()
    assert box.locator(".rundtisch-sign-up-button").count() == 0
    assert box.locator("a[href*='anmeldung']").count() == 0
    way_on = box.get_by_role("link", name="Anmeldung über die veröffentlichte Seite")
    assert way_on.get_attribute("href").rstrip("/") == workshop

    # The original still signs people up, for staff and visitors.
    editor.goto(workshop)
    assert editor.locator(".rundtisch-sign-up-button").count() == 1
    visitor.goto(workshop)
    screenshot(visitor, "copies-07-original-for-visitors")
    button = visitor.locator(".rundtisch-sign-up-button")
    assert button.get_attribute("href").startswith(f"{workshop}/anmeldung")
    assert violations == []
