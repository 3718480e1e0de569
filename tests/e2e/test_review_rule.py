"""In the browser: a result in a draft workshop waits for its workshop, and
the page tells the Redaktion why (issue 28). Screenshot:
test-artifacts/e2e/review-rule-result-in-draft.png."""

from review_pages import approval_box

import pytest
import requests


pytestmark = pytest.mark.e2e

DEMO_PASSWORD = "demo1234"


def create(url, body):
    response = requests.post(
        url,
        json=body,
        headers={"Accept": "application/json"},
        auth=("redaktion", DEMO_PASSWORD),
        timeout=30,
    )
    assert response.status_code == 201, response.text
    return response.json()["@id"]


def test_a_result_in_a_draft_workshop_waits_for_it(
    portal_url, new_page, login, screenshot
):
    workshop = create(
        f"{portal_url}/veranstaltungen",
        {"@type": "Workshop", "title": "Workshop E: noch Entwurf"},
    )
    result = create(workshop, {"@type": "Result", "title": "Ergebnis im Entwurf"})
    page = new_page()
    login(page, "redaktion")
    page.goto(result)
    screenshot(page, "review-rule-result-in-draft")
    assert "Nicht öffentlich, solange „Workshop E: noch Entwurf“" in approval_box(page)
    assert "Nächster Schritt" not in approval_box(page)
    # The toolbar's "Status" menu offers no "Zur Prüfung einreichen".
    assert page.locator("#workflow-transition-submit").count() == 0
