"""No dead ends for staff (issue 25), in Chromium under the portal's CSP:
replacing the workshop photo saves the new one, and an edit lock left by an
abandoned edit form says who holds it and is released by the Redaktion, so
the reviewer can approve."""

from datetime import datetime
from io import BytesIO
from page_checks import collect_csp_violations
from PIL import Image
from review_pages import add_workshop
from review_pages import choose_state
from review_pages import status_messages

import pytest


pytestmark = pytest.mark.e2e


def png(width, height, colour):
    buffer = BytesIO()
    Image.new("RGB", (width, height), colour).save(buffer, format="PNG")
    return {"name": "foto.png", "mimeType": "image/png", "buffer": buffer.getvalue()}


def image_size(page, url):
    """(width, height) of the photo the portal serves for the workshop."""
    response = page.request.get(f"{url}/@@images/image")
    assert response.ok
    return Image.open(BytesIO(response.body())).size


def save_photo(page, url, photo):
    page.goto(f"{url}/edit")
    page.set_input_files("input[type=file][name$='.image']", photo)


def test_replacing_the_photo_saves_the_new_one(portal_url, new_page, login, screenshot):
    page = new_page()
    violations = collect_csp_violations(page)
    login(page, "redaktion")
    url = add_workshop(
        page, portal_url, "Workshop Fotowechsel", datetime(2027, 6, 1, 18)
    )
    save_photo(page, url, png(40, 30, "red"))
    page.click("#form-buttons-save")
    page.wait_for_load_state()
    assert image_size(page, url) == (40, 30)

    save_photo(page, url, png(64, 48, "blue"))
    # Choosing a file ticks "ersetzen" (theme/static/file-widget.js).
    assert page.is_checked("input[type=radio][value=replace]")
    screenshot(page, "staff-photo-chosen")
    # A file chosen wins also when "behalten" is ticked again without the
    # script, as it was under the CSP before (browser/file_widgets.py).
    page.evaluate(
        "document.querySelector('input[type=radio][value=nochange]').checked = true"
    )
    page.click("#form-buttons-save")
    page.wait_for_load_state()
    assert "Änderungen gespeichert" in status_messages(page)
    assert image_size(page, url) == (64, 48)
    screenshot(page, "staff-photo-replaced")

    # Keeping the photo still keeps it.
    page.goto(f"{url}/edit")
    assert page.is_checked("input[type=radio][value=nochange]")
    page.click("#form-buttons-save")
    page.wait_for_load_state()
    assert image_size(page, url) == (64, 48)
    assert violations == []


def test_a_stale_lock_says_who_holds_it_and_the_redaktion_releases_it(
    portal_url, new_page, login, screenshot
):
    editor = new_page()
    editor_violations = collect_csp_violations(editor)
    login(editor, "redaktion")
    url = add_workshop(editor, portal_url, "Workshop Sperre", datetime(2027, 6, 8, 18))
    # The edit form locks the item; the Redaktion leaves without saving.
    editor.goto(f"{url}/edit")
    editor.wait_for_load_state("networkidle")
    editor.goto(url)
    choose_state(editor, url, "submit")
    editor.wait_for_load_state()

    reviewer = new_page()
    reviewer_violations = collect_csp_violations(reviewer)
    login(reviewer, "pruefung-soziales")
    reviewer.goto(url)
    lock = reviewer.locator(".rundtisch-lock")
    assert "Redaktion" in lock.inner_text()
    assert "bearbeitet diese Seite seit" in lock.inner_text()
    # Reviewers are told whom to ask; releasing is the Redaktion's.
    assert reviewer.locator(".rundtisch-lock button").count() == 0
    screenshot(reviewer, "staff-lock-reviewer-sees-holder")

    editor.goto(url)
    screenshot(editor, "staff-lock-redaktion-sees-release")
    editor.get_by_role("button", name="Sperre aufheben").click()
    editor.wait_for_load_state()
    assert "Die Sperre ist aufgehoben." in status_messages(editor)
    assert editor.locator(".rundtisch-lock").count() == 0
    screenshot(editor, "staff-lock-released")

    choose_state(reviewer, url, "approve_social")
    assert reviewer.locator(".rundtisch-lock").count() == 0
    screenshot(reviewer, "staff-lock-reviewer-approved")
    history = reviewer.request.get(
        f"{url}/@workflow", headers={"Accept": "application/json"}
    )
    assert history.ok
    actions = [entry["action"] for entry in history.json()["history"]]
    assert actions[-1] == "approve_social"
    assert editor_violations == [] and reviewer_violations == []
