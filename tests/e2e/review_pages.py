"""What staff click in the Classic UI for the review (issue 11), as helpers.

Every step goes through the pages: the add form, the toolbar's "Status" and
"Aktionen" menus, the reason form, iterate's forms, the queue.
"""

from datetime import datetime
from datetime import timedelta
from zoneinfo import ZoneInfo

import re


def add_workshop(page, portal_url, title, start, hours=2, location="Rathaus Dresden"):
    """As Redaktion: fill the add form of a Workshop; return its URL.

    `start` is a naive datetime meaning Berlin time, as the editor types it.
    """
    page.goto(f"{portal_url}/veranstaltungen/++add++Workshop")
    page.fill("input[name$='.title']", title)
    page.fill("input[name$='.start']", start.strftime("%Y-%m-%dT%H:%M"))
    end = start + timedelta(hours=hours)
    page.fill("input[name$='.end']", end.strftime("%Y-%m-%dT%H:%M"))
    page.fill("input[name$='.location']", location)
    page.click("#form-buttons-save")
    page.wait_for_load_state()
    return page.url.split("?")[0].removesuffix("/view").rstrip("/")


def editor_adds_workshop(new_page, login, portal_url, title, start, **fields):
    """Redaktion logs in on a new page and adds a workshop (add_workshop);
    return the page and the workshop's URL."""
    editor = new_page()
    login(editor, "redaktion")
    return editor, add_workshop(editor, portal_url, title, start, **fields)


def choose_state(page, url, transition):
    """Choose `transition` in the toolbar's "Status" menu."""
    page.goto(url)
    page.click("#plone-contentmenu-workflow > a")
    page.click(f"#workflow-transition-{transition}")
    page.wait_for_load_state()


def choose_action(page, url, action_id):
    """Choose an entry of the toolbar's "Aktionen" menu."""
    page.goto(url)
    page.click("#plone-contentmenu-actions > a")
    page.click(f"#plone-contentmenu-actions-{action_id}")
    page.wait_for_load_state()


def status_messages(page):
    return " ".join(page.locator(".portalMessage").all_inner_texts())


def approval_box(page):
    return page.inner_text(".rundtisch-approvals")


def open_queue(page, portal_url):
    """Reach "Prüfaufträge" from the toolbar, as a reviewer would."""
    page.goto(portal_url)
    page.get_by_role("link", name=re.compile("^Prüfaufträge")).first.click()
    page.wait_for_load_state()


def queue_rows(page):
    """The queue's rows as {title: {column heading: text}}."""
    headings = page.locator("table.rundtisch-queue thead th").all_inner_texts()
    rows = {}
    for row in page.locator("table.rundtisch-queue tbody tr").all():
        cells = row.locator("td").all_inner_texts()
        title = row.locator("td a").first.inner_text()
        rows[title] = dict(zip(headings, cells, strict=True))
    return rows


def berlin_now_texts():
    """'02.12.2026, 14:35' for now and the two minutes before: what a clock
    in Berlin showed while the test ran."""
    now = datetime.now(ZoneInfo("Europe/Berlin"))
    return {
        (now - timedelta(minutes=minutes)).strftime("%d.%m.%Y, %H:%M")
        for minutes in (0, 1, 2)
    }


def page_url(page):
    """The page's address without query and `/view`."""
    return page.url.split("?")[0].removesuffix("/view").rstrip("/")


def check_out(page, url):
    """Aktionen → Arbeitskopie erstellen; return the working copy's URL."""
    choose_action(page, url, "iterate_checkout")
    page.click("[name='form.button.Checkout']")
    page.wait_for_load_state()
    return page_url(page)


def check_in(page, copy_url):
    """Aktionen → Original durch Arbeitskopie ersetzen; return where it lands."""
    choose_action(page, copy_url, "iterate_checkin")
    page.click("[name='form.button.Checkin']")
    page.wait_for_load_state()
    return page_url(page)
