"""German throughout: no msgid and no English UI word on the pages visitors
and editors see.

Every page is scanned for (a) untranslated msgids (``result_kind_challenge``,
``label_toggle_navigation``) and (b) English interface words ("Add row",
"Required", "Close", …), in its visible text, the text of collapsed menus and
the options of selects, and in the attributes people perceive: title,
placeholder, aria-label, alt and the value of buttons. Plus a few German
phrases that are wrong (a singular count in the plural, "Kein Wert" as the
empty choice of a select).

One browser context per role; all pages of a role are visited in one test
and the findings are reported together.
"""

from datetime import datetime
from datetime import timedelta
from form_widgets import open_content_browser
from page_checks import rest
from review_pages import choose_action
from review_pages import page_url
from urllib.parse import urljoin

import pytest
import re
import requests


pytestmark = pytest.mark.e2e


# word_word in lowercase ASCII: how our and Plone's msgids look.
MSGID = re.compile(r"(?<![\w.@/:{-])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![\w.@/-])")

# English interface text, matched as whole words and case-sensitively so that
# German words containing them ("Legende", "Homepage") do not count.
ENGLISH = [
    "Add row",
    "Delete row",
    "Move row",
    "Move up",
    "Move down",
    "Required",
    "Close",
    "Toggle navigation",
    "Start Page",
    "Current Content",
    "Favorites",
    "Recently Used",
    # The content browser's own labels and the status in its preview.
    "close",
    "home",
    "clear search",
    "grid view",
    "list view",
    "published",
    "pending",
    "private",
    # Chromium's own validation message, shown in the form by pat-validation
    # (German with Debian's chromium-l10n, scripts/install-browser.sh).
    "Please",
    "Legend",
    "Added",
    "Deleted",
    "Changed",
    "Enable icalendar import",
    "Allowed types",
    "results found",
    "Search",
    "Log in",
    "Log out",
    "Submit",
    "Cancel",
    "Save",
    "Edit",
    "Contents",
    "View",
    "Actions",
    "Display",
    "Add new",
    "State",
    "Home",
    "Skip to",
    "Previous",
    "Next",
    "Show all",
    "Select",
    "Remove",
    "Upload",
    "Browse",
    "Clear",
    "Choose",
    "Loading",
    "No value",
    "Title",
    "Description",
    "Summary",
    "Date",
    "Sharing",
    "History",
    "Settings",
    "Preview",
    "Back",
    "Done",
    "More",
    "Open",
    "Yes",
    "No",
    # easyform's field editor (the sign-up form's questions)
    "fields",
    "Delete field",
    "Are you sure",
    "Relation Choice",
    "Relation List",
]
ENGLISH_PATTERN = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(word) for word in ENGLISH) + r")(?![\w-])"
)
# German, but wrong where it appears.
WRONG_GERMAN = re.compile(
    r"(?<![\d.])\b1 Ergebnisse\b|\bKein Wert\b|\bExistiert in\b|^Warnung:?$",
    re.M,
)

# Texts that look like msgids or English words but are content or names
# (none so far).
ALLOWED = frozenset()

# Visible text, the text of collapsed menus and hidden dialogs, select options
# and the perceived attributes of every element; as [(where, text)].
COLLECT = """() => {
  const skip = new Set(["SCRIPT", "STYLE", "TEMPLATE", "NOSCRIPT", "CODE", "PRE",
                        "TEXTAREA"]);
  const found = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      for (let el = node.parentElement; el; el = el.parentElement) {
        if (skip.has(el.tagName) || el.isContentEditable) {
          return NodeFilter.FILTER_REJECT;
        }
      }
      return node.textContent.trim() ? NodeFilter.FILTER_ACCEPT
                                     : NodeFilter.FILTER_REJECT;
    },
  });
  while (walker.nextNode()) {
    const parent = walker.currentNode.parentElement;
    found.push([parent.tagName.toLowerCase() + (parent.id ? "#" + parent.id : ""),
                walker.currentNode.textContent.trim()]);
  }
  const attributes = ["title", "placeholder", "aria-label", "alt",
                      "aria-description", "data-bs-original-title",
                      "data-confirm_msg"];
  for (const el of document.querySelectorAll("*")) {
    if (el.closest("script, style, template, noscript")) continue;
    for (const name of attributes) {
      const value = el.getAttribute(name);
      if (value && value.trim()) {
        found.push([el.tagName.toLowerCase() + "[" + name + "]", value.trim()]);
      }
    }
    if (el.tagName === "INPUT" && ["submit", "button", "reset"].includes(el.type)
        && el.value) {
      found.push(["input[value]", el.value]);
    }
  }
  found.push(["title", document.title]);
  return found;
}"""


def findings_in(page, name):
    """{where: offending text} for the page currently open in `page`."""
    page.wait_for_load_state("networkidle")
    found = []
    texts = [("inner_text", line) for line in page.inner_text("body").splitlines()]
    texts += page.evaluate(COLLECT)
    seen = set()
    for where, text in texts:
        for problem in problems(text):
            if (problem, text) not in seen:
                seen.add((problem, text))
                found.append(f"{name}: {problem!r} in {where}: {text[:120]!r}")
    return found


def problems(text):
    result = [match for match in MSGID.findall(text) if match not in ALLOWED]
    result += [match for match in ENGLISH_PATTERN.findall(text) if match not in ALLOWED]
    result += [match.group(0) for match in WRONG_GERMAN.finditer(text)]
    return result


def test_the_text_patterns_catch_what_the_review_found():
    """The patterns themselves: what is wrong is found, German is left alone."""
    for text in (
        "result_kind_challenge (2)",
        "Add row",
        "Toggle navigation",
        "1 Ergebnisse gefunden.",
        "Kein Wert",
        "Legend",
        "(+) Added",
        "close",
        "home",
        "published",
        "Current Content",
        "fields bearbeiten",
        "Delete field",
        "Are you sure you want to delete this field?",
        "Relation Choice",
    ):
        assert problems(text), text
    for text in (
        "Herausforderung (2)",
        "Legende",
        "Homepage",
        "11 Ergebnisse gefunden.",
        "1 Ergebnis gefunden.",
        "info@rundtisch-wohnen.dresden.de",
        "https://example.org/some_path",
        "Navigation",
        "Filter",
    ):
        assert not problems(text), text


def anonymous_json(url, **params):
    response = requests.get(
        url, params=params, headers={"Accept": "application/json"}, timeout=30
    )
    response.raise_for_status()
    return response.json()


def visit(page, url, name, found):
    response = page.goto(url)
    assert response is not None and response.ok, f"{name}: {url} gave {response}"
    found.extend(findings_in(page, name))


def test_visitors_read_german_only(portal_url, new_page):
    page = new_page()
    found = []
    visit(page, portal_url, "home", found)
    footer_links = {
        urljoin(page.url, href)
        for href in page.eval_on_selector_all(
            "#portal-footer-wrapper a[href], #portal-footer a[href]",
            "links => links.map(link => link.getAttribute('href'))",
        )
    }
    visit(page, f"{portal_url}/veranstaltungen", "veranstaltungen", found)
    workshops = anonymous_json(
        f"{portal_url}/@search", portal_type="Workshop", b_size=100
    )["items"]
    assert workshops, "the demo has published workshops"
    signup_forms = []
    for workshop in workshops:
        visit(page, workshop["@id"], f"workshop {workshop['@id']}", found)
        signup_forms += [
            urljoin(page.url, href)
            for href in page.eval_on_selector_all(
                "a[href*='anmeldung']",
                "links => links.map(link => link.getAttribute('href'))",
            )
            if "anmeldungen" not in href
        ]
    assert signup_forms, "the demo has a workshop open for sign-up"
    for url in sorted(set(signup_forms)):
        visit(page, url, "anmeldung", found)
    visit(page, f"{portal_url}/ergebnisse", "ergebnisse", found)
    kinds = page.eval_on_selector_all(
        "select[name='kind'] option[value]:not([value=''])",
        "options => options.map(option => [option.value, option.textContent.trim()])",
    )
    topics = page.eval_on_selector_all(
        "select[name='topic'] option[value]:not([value=''])",
        "options => options.map(option => option.value)",
    )
    # A kind with a single result: the count must be in the singular.
    single = [kind for kind, text in kinds if text.endswith("(1)")]
    kind = (single or [kinds[0][0]])[0]
    visit(page, f"{portal_url}/ergebnisse?kind={kind}", "ergebnisse?kind", found)
    visit(page, f"{portal_url}/ergebnisse?topic={topics[0]}", "ergebnisse?topic", found)
    result = page.eval_on_selector(
        "#content a[href*='/ergebnisse/'], #content a[href*='/veranstaltungen/']",
        "link => link.href",
    )
    visit(page, result, "result", found)
    visit(page, f"{portal_url}/koordinierungsstelle", "koordinierungsstelle", found)
    visit(page, f"{portal_url}/sitemap", "sitemap", found)
    visit(page, f"{portal_url}/@@search?SearchableText=Wohnen", "search", found)
    visit(page, f"{portal_url}/@@search?SearchableText=xyzzy", "search-none", found)
    for url in sorted(footer_links):
        if url.startswith(portal_url):
            visit(page, url, f"footer {url}", found)
    assert found == [], "\n".join(found)


def scan_content_browser(page, field, screenshot):
    """Open the content browser of a relation field as an editor does and
    scan what it shows: the favourites ("Aktueller Inhalt", "Startseite"),
    its buttons, the search field, a folder's level and an item's preview."""
    panel = open_content_browser(page, field)
    found = findings_in(page, "content browser")
    panel.locator(".favorites button.dropdown-toggle").click()
    panel.locator(".favorites .dropdown-menu").wait_for()
    found += findings_in(page, "content browser favourites")
    favourites = panel.locator(".favorites .dropdown-menu a").all_inner_texts()
    assert favourites == ["Aktueller Inhalt", "Startseite"], favourites
    page.keyboard.press("Escape")
    panel.locator(".levelToolbar button").first.click()  # the site root
    panel.locator(".contentItem", has_text="Ergebnisse").first.locator(
        ".browseSub"
    ).click()
    panel.locator(".levelColumn").nth(1).locator(".contentItem").first.click()
    page.wait_for_load_state("networkidle")
    screenshot(page, "german-content-browser")
    found += findings_in(page, "content browser preview")
    panel.locator("input[name='filter']").fill("Wohnen")
    page.wait_for_load_state("networkidle")
    found += findings_in(page, "content browser search")
    return found


def test_editors_read_german_only(portal_url, new_page, login, screenshot):
    page = new_page()
    login(page, "redaktion")
    found = []
    visit(page, portal_url, "home (redaktion)", found)
    visit(
        page,
        f"{portal_url}/veranstaltungen/++add++Workshop",
        "add Workshop",
        found,
    )
    visit(page, f"{portal_url}/ergebnisse/++add++Result", "add Result", found)
    found.extend(scan_content_browser(page, "IResult.workshops", screenshot))
    # Document and CoordinationOffice wherever Redaktion may add them.
    for folder in (portal_url, f"{portal_url}/veranstaltungen"):
        page.goto(folder)
        for url in page.eval_on_selector_all(
            "#plone-contentmenu-factories a[href*='++add++']",
            "links => links.map(link => link.href)",
        ):
            type_name = url.rsplit("+", 1)[-1]
            if type_name in ("Document", "CoordinationOffice"):
                visit(page, url, f"add {type_name} in {folder}", found)
    # Its toolbar and frame; the table itself is drawn by the structure
    # pattern, which the portal's CSP (no 'unsafe-eval') currently stops.
    visit(
        page,
        f"{portal_url}/veranstaltungen/folder_contents",
        "folder_contents",
        found,
    )
    # A published workshop: its working copy's edit form and iterate's diff,
    # then the copy is cancelled again so the portal stays as it was.
    workshop = anonymous_json(
        f"{portal_url}/@search", portal_type="Workshop", b_size=1
    )["items"][0]["@id"]
    visit(page, workshop, "workshop (redaktion)", found)
    choose_action(page, workshop, "iterate_checkout")
    page.click("[name='form.button.Checkout']")
    page.wait_for_load_state()
    copy = page_url(page)
    try:
        found.extend(findings_in(page, "working copy"))
        visit(page, f"{copy}/edit", "edit workshop", found)
        page.fill("input[name$='.location']", "Kulturpalast, Saal 3")
        page.click("#form-buttons-save")
        page.wait_for_load_state()
        found.extend(findings_in(page, "saved working copy"))
        visit(page, f"{copy}/@@iterate_diff", "iterate_diff", found)
        visit(page, f"{copy}/@@historyview", "history", found)
    finally:
        page.goto(f"{copy}/@@content-cancel-checkout")
        page.click("[name='form.button.Cancel']")
        page.wait_for_load_state()
    assert found == [], "\n".join(found)


def wait_for_pattern(page, selector, name):
    """Until Patternslib has set up pattern `name` on the element (clicked
    before, a modal link opens a page instead)."""
    page.wait_for_function(
        "([selector, name]) => document.querySelector(selector)?.[`pattern-${name}`]",
        arg=[selector, name],
        timeout=30_000,
    )


def test_editors_read_german_in_the_sign_up_forms_field_editor(
    portal_url, new_page, login, screenshot
):
    """easyform's field editor of a draft workshop's sign-up form, its
    "Feld hinzufügen" modal and a field's settings (docs/design.md §4).
    Screenshots: test-artifacts/e2e/german-field-editor-*.png."""
    start = (datetime.now() + timedelta(days=30)).replace(
        hour=18, minute=0, second=0, microsecond=0
    )
    workshop = rest(
        "POST",
        f"{portal_url}/veranstaltungen",
        "redaktion",
        json={
            "@type": "Workshop",
            "title": "Workshop F: Fragen im Anmeldeformular",
            "start": start.isoformat(),
            "end": (start + timedelta(hours=2)).isoformat(),
            "location": "Rathaus Dresden, Raum 4",
            "registration_enabled": True,
            "capacity": 10,
        },
    ).json()["@id"]
    fields_url = f"{workshop}/anmeldung/fields"
    page = new_page()
    login(page, "redaktion")
    found = []
    try:
        visit(page, fields_url, "field editor", found)
        screenshot(page, "german-field-editor-1-fields")
        wait_for_pattern(page, "#add-field", "plone-modal")
        page.click("#add-field")
        page.locator(".modal-dialog #add-field-form").wait_for(timeout=30_000)
        found.extend(findings_in(page, "add-field modal"))
        screenshot(page, "german-field-editor-2-add-field")
        page.goto(fields_url)
        settings = ".fieldPreview[data-field_id='email'] .fieldSettings"
        wait_for_pattern(page, settings, "plone-modal")
        page.click(settings)
        page.locator(".modal-dialog form").first.wait_for(timeout=30_000)
        found.extend(findings_in(page, "field settings modal"))
        screenshot(page, "german-field-editor-3-settings")
    finally:
        rest("DELETE", workshop, "redaktion")
    assert found == [], "\n".join(found)
