"""Staff do the whole review in the browser (issue 11): submit, reject with
and without a reason, retract, change published content through a working
copy, and a reviewer who holds only a local role.

Only the Classic UI pages are used for the steps under test; REST and plain
HTTP serve as the anonymous visitor's eyes and for setting up a user.
Screenshots: test-artifacts/e2e/review-*.png.
"""

from datetime import datetime
from datetime import timedelta
from review_pages import approval_box
from review_pages import berlin_now_texts
from review_pages import check_in
from review_pages import check_out
from review_pages import choose_state
from review_pages import editor_adds_workshop
from review_pages import open_queue
from review_pages import queue_rows
from review_pages import status_messages

import pytest
import requests


pytestmark = pytest.mark.e2e

EDITOR_NAME = "Clara Redlich (Redaktion)"


def in_three_weeks():
    return (datetime.now() + timedelta(days=21)).replace(
        hour=17, minute=0, second=0, microsecond=0
    )


def anonymous_json(url):
    response = requests.get(url, headers={"Accept": "application/json"}, timeout=30)
    response.raise_for_status()
    return response.json()


def editor_json(page, url):
    """The REST view of `url` with the page's login cookie."""
    response = page.request.get(url, headers={"Accept": "application/json"})
    assert response.ok, response.status
    return response.json()


def test_reject_needs_a_reason_and_the_editor_reads_it(
    portal_url, new_page, login, screenshot, mail_sink
):
    sink, _port = mail_sink
    title = "Workshop R: Prüfung mit Rückfragen"
    editor, url = editor_adds_workshop(
        new_page, login, portal_url, title, in_three_weeks()
    )
    assert "zur Prüfung einreichen" in approval_box(editor)

    choose_state(editor, url, "submit")
    screenshot(editor, "review-01-submitted")
    message = status_messages(editor)
    assert "GB Soziales und GB Stadtentwicklung" in message
    assert "gesperrt" in approval_box(editor)
    assert "Bearbeiten" not in editor.inner_text("#edit-zone")

    # The reviewer finds it in the queue, reached from the toolbar.
    reviewer = new_page()
    login(reviewer, "pruefung-soziales")
    open_queue(reviewer, portal_url)
    screenshot(reviewer, "review-02-queue")
    row = queue_rows(reviewer)[title]
    assert row["Eingereicht von"] == EDITOR_NAME
    assert row["Eingereicht am"].removesuffix(" Uhr") in berlin_now_texts()
    assert row["Wartet auf"] == "GB Soziales"
    assert "GB Soziales: " in reviewer.inner_text(".rundtisch-queue-counts")

    # Reject without a reason: a German message, the form stays, nothing changes.
    choose_state(reviewer, url, "reject")
    assert "@@transition-reason" in reviewer.url
    reviewer.get_by_role("button", name="Ausführen").click()
    reviewer.wait_for_load_state()
    screenshot(reviewer, "review-03-reject-without-reason")
    assert "Bitte geben Sie eine Begründung an" in reviewer.inner_text("#content")
    assert "In Prüfung" in reviewer.inner_text("#plone-contentmenu-workflow")

    # With a reason: back to draft, the editor is told why.
    mails_before = len(sink.messages)
    reviewer.fill(
        "#form-widgets-comment", "Bitte den Raum und die Barrierefreiheit angeben."
    )
    reviewer.get_by_role("button", name="Ausführen").click()
    reviewer.wait_for_load_state()
    screenshot(reviewer, "review-04-rejected")
    assert "Zurückgewiesen" in status_messages(reviewer)
    # The draft is no longer theirs to read: they land on their queue, not
    # on "Unzureichende Berechtigungen" (issue 25).
    assert reviewer.url.endswith("/@@meine-pruefauftraege")
    assert "Unzureichende Berechtigungen" not in reviewer.inner_text("body")
    mail = sink.wait_for(
        lambda m: m["Subject"] == f"Zurückgewiesen: {title}", since=mails_before
    )
    assert "Barrierefreiheit angeben" in mail.get_body(("plain",)).get_content()

    editor.goto(url)
    screenshot(editor, "review-05-editor-reads-reason")
    box = approval_box(editor)
    assert "Zurückgewiesen am" in box
    assert "Bitte den Raum und die Barrierefreiheit angeben." in box
    editor.goto(f"{url}/@@historyview")
    assert "Bitte den Raum und die Barrierefreiheit angeben." in editor.inner_text(
        "body"
    )

    # Submitted again and retracted by the editor, with a reason.
    choose_state(editor, url, "submit")
    choose_state(editor, url, "retract")
    editor.get_by_role("button", name="Ausführen").click()
    editor.wait_for_load_state()
    assert "Bitte geben Sie eine Begründung an" in editor.inner_text("#content")
    editor.fill("#form-widgets-comment", "Termin verschiebt sich.")
    editor.get_by_role("button", name="Ausführen").click()
    editor.wait_for_load_state()
    screenshot(editor, "review-06-retracted")
    assert "Zurückgezogen" in status_messages(editor)
    assert "Entwurf" in editor.inner_text("#plone-contentmenu-workflow")
    assert "Termin verschiebt sich." in approval_box(editor)


def test_published_workshop_changes_through_an_approved_working_copy(
    portal_url, new_page, login, screenshot
):
    title = "Workshop W: Wohnen im Quartier"
    editor, url = editor_adds_workshop(
        new_page, login, portal_url, title, in_three_weeks(), location="Rathaus"
    )
    choose_state(editor, url, "submit")
    social, urban = new_page(), new_page()
    login(social, "pruefung-soziales")
    login(urban, "pruefung-stadtentwicklung")
    choose_state(social, url, "approve_social")
    assert "Es fehlt noch die Freigabe von GB Stadtentwicklung" in status_messages(
        social
    )
    choose_state(urban, url, "approve_urban")
    assert "veröffentlicht" in status_messages(urban)
    published = anonymous_json(url)
    assert published["effective"], "the first publication sets the date"

    # Redaktion makes a working copy and changes the place.
    copy_url = check_out(editor, url)
    assert copy_url != url
    editor.goto(f"{copy_url}/edit")
    editor.fill("input[name$='.location']", "Kulturpalast, Saal 2")
    editor.click("#form-buttons-save")
    editor.wait_for_load_state()
    # The edit form shows and saves the publication date in the same zone.
    assert editor_json(editor, copy_url)["effective"] == published["effective"]
    choose_state(editor, copy_url, "submit")

    # Reviewers see it marked as a change, with a working diff.
    open_queue(social, portal_url)
    screenshot(social, "review-07-queue-with-change")
    change = social.locator("table.rundtisch-queue tbody tr", has_text=title)
    assert "Änderung an veröffentlichtem Inhalt" in change.inner_text()
    change.get_by_role("link", name="Änderungen anzeigen").click()
    social.wait_for_load_state()
    screenshot(social, "review-08-diff")
    diff = social.inner_text("#content")
    assert "Keine wesentlichen Änderungen" not in diff
    assert "Kulturpalast, Saal 2" in diff and "Rathaus" in diff

    choose_state(social, copy_url, "approve_social")
    choose_state(urban, copy_url, "approve_urban")
    assert "Original durch die Arbeitskopie ersetzen" in status_messages(urban)
    # The working copy itself never goes public.
    assert requests.get(copy_url, timeout=30, allow_redirects=False).status_code != 200

    # Redaktion checks in.
    editor.goto(copy_url)
    assert "Original durch Arbeitskopie ersetzen" in approval_box(editor)
    assert check_in(editor, copy_url) == url
    screenshot(editor, "review-09-checked-in")
    assert "Unzureichende Berechtigungen" not in editor.inner_text("body")

    # Anonymous visitors see the change on the page, in the listing and search.
    after = anonymous_json(url)
    assert after["location"] == "Kulturpalast, Saal 2"
    assert after["review_state"] == "published"
    assert after["effective"] == published["effective"]
    visitor = new_page()
    visitor.goto(url)
    assert "Kulturpalast, Saal 2" in visitor.inner_text("#content")
    visitor.goto(f"{portal_url}/veranstaltungen")
    assert visitor.get_by_role("link", name=title).count() >= 1
    visitor.goto(f"{portal_url}/@@search?SearchableText=Quartier")
    screenshot(visitor, "review-10-anonymous-search")
    assert title in visitor.inner_text("#content")


def test_office_page_changes_through_an_approved_working_copy(
    portal_url, new_page, login, screenshot
):
    """The Koordinierungsstelle is in no add menu (there is one), yet
    Redaktion changes it like any published page."""
    url = f"{portal_url}/koordinierungsstelle"
    editor, social, urban = new_page(), new_page(), new_page()
    login(editor, "redaktion")
    login(social, "pruefung-soziales")
    login(urban, "pruefung-stadtentwicklung")
    copy_url = check_out(editor, url)
    assert copy_url != url and "Unzureichende Berechtigungen" not in editor.title()
    editor.goto(f"{copy_url}/edit")
    editor.fill("textarea[name$='.description']", "Neu gefasst nach Workshop 4.")
    editor.click("#form-buttons-save")
    editor.wait_for_load_state()
    choose_state(editor, copy_url, "submit")
    choose_state(social, copy_url, "approve_social")
    choose_state(urban, copy_url, "approve_urban")
    assert check_in(editor, copy_url) == url
    screenshot(editor, "review-13-office-checked-in")
    assert anonymous_json(url)["description"] == "Neu gefasst nach Workshop 4."
    offices = requests.get(
        f"{portal_url}/@search",
        params={"portal_type": "CoordinationOffice"},
        headers={"Accept": "application/json"},
        timeout=30,
    ).json()
    assert offices["items_total"] == 1


def test_reviewer_with_only_a_local_role_is_mailed_and_sees_the_queue(
    portal_url, new_page, login, screenshot, mail_sink, admin_password
):
    sink, _port = mail_sink
    user_id, password = "pruefung-lokal", "lokal-geheim-42"
    created = requests.post(
        f"{portal_url}/@users",
        json={
            "username": user_id,
            "email": "pruefung-lokal@example.org",
            "fullname": "Lea Lokal",
            "password": password,
        },
        headers={"Accept": "application/json"},
        auth=("admin", admin_password),
        timeout=30,
    )
    assert created.status_code == 201, created.text

    # A site administrator gives the role on the sharing page of the folder.
    admin = new_page()
    login(admin, "admin", admin_password)
    admin.goto(f"{portal_url}/veranstaltungen/@@sharing")
    admin.fill("#sharing-user-group-search", "Lea")
    admin.click("#sharing-search-button")
    row = admin.locator("#user-group-sharing-settings tr", has_text="Lea Lokal")
    row.wait_for()
    row.locator("input[name='entries.role_SocialReviewer:records']").check()
    admin.click("#sharing-save-button")
    admin.wait_for_load_state()
    screenshot(admin, "review-11-sharing-local-reviewer")

    title = "Workshop L: Prüfung vor Ort"
    editor, url = editor_adds_workshop(
        new_page, login, portal_url, title, in_three_weeks()
    )
    mails_before = len(sink.messages)
    choose_state(editor, url, "submit")
    sink.wait_for(
        lambda m: (
            m["Subject"] == f"Zur Prüfung: {title}"
            and "pruefung-lokal@example.org" in m["To"]
        ),
        since=mails_before,
    )

    local = new_page()
    login(local, user_id, password)
    local.goto(f"{portal_url}/@@meine-pruefauftraege")
    screenshot(local, "review-12-local-reviewer-queue")
    assert queue_rows(local)[title]["Wartet auf"] == "GB Soziales"
    choose_state(local, url, "approve_social")
    assert "Es fehlt noch die Freigabe von GB Stadtentwicklung" in status_messages(
        local
    )
