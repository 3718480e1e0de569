"""The login form as Chromium posts it (multipart/form-data): after ten wrong
passwords even the right one is refused (issue 28, docs/security.md)."""

from rundtisch.policy.operations.checks.login_throttle import MAX_FAILURES_PER_LOGIN

import requests


LOGIN = "rateversuch"
PASSWORD = "richtig-und-lang-2026"


def create_user(portal_url, admin_password):
    requests.post(
        f"{portal_url}/@users",
        json={"username": LOGIN, "email": f"{LOGIN}@example.org", "password": PASSWORD},
        headers={"Accept": "application/json"},
        auth=("admin", admin_password),
        timeout=60,
    ).raise_for_status()


def submit_login_form(page, portal_url, password):
    """Fill in and send Plone's login form; returns the answer to its post."""
    page.goto(f"{portal_url}/login")
    page.fill("#__ac_name", LOGIN)
    page.fill("#__ac_password", password)
    with page.expect_response(
        lambda response: (
            response.request.method == "POST" and response.url.endswith("/login")
        )
    ) as posted:
        page.click("[name$='buttons.login']")
    page.wait_for_load_state()
    return posted.value


def test_wrong_passwords_in_the_login_form_lock_the_account(
    portal_url, admin_password, new_page, screenshot
):
    create_user(portal_url, admin_password)
    page = new_page()
    for _ in range(MAX_FAILURES_PER_LOGIN):
        answer = submit_login_form(page, portal_url, "falsch")
        content_type = answer.request.header_value("content-type")
        assert content_type.startswith("multipart/form-data"), content_type
        assert answer.status == 200
        assert page.locator("#personaltools-logout").count() == 0
    screenshot(page, "login-throttle-failed")
    answer = submit_login_form(page, portal_url, PASSWORD)
    screenshot(page, "login-throttle-refused")
    assert answer.status == 429
    assert 0 < int(answer.headers["retry-after"]) <= 15 * 60 + 1
    assert page.locator("h1").inner_text() == "Zu viele Anmeldeversuche"
    assert (
        "Zu viele fehlgeschlagene Anmeldeversuche" in page.locator("main").inner_text()
    )
    assert page.locator("html").get_attribute("lang") == "de"
    assert not [c for c in page.context.cookies() if c["name"] == "__ac"]
