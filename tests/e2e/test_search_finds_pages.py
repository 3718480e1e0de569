"""A citizen searches for what a page shows and finds that page (issue 26).

For every published Workshop, Result and the Koordinierungsstelle: the words
the browser shows in the page's content that come from the item's fields
(REST tells which are the item's own), searched anonymously in Plone's
search page (@@search) and in REST (@search). Rare words first, one per
field, so every field of every type is tried.
"""

from collections import Counter
from collections import defaultdict

import html
import pytest
import re
import requests


pytestmark = pytest.mark.e2e

JSON = {"Accept": "application/json"}
TYPES = ("Workshop", "Result", "CoordinationOffice")
# REST keys that are not text a visitor reads as the item's own words.
NOT_TEXT = {
    "id", "UID", "parent", "items", "items_total", "review_state", "registration",
    "lock", "previous_item", "next_item", "image", "image_caption", "image_alt",
    "contact_email", "contact_phone", "event_url", "created", "modified",
    "effective", "expires", "language", "layout", "version", "working_copy",
    "working_copy_of", "allow_discussion", "exclude_from_nav", "is_folderish",
    "creators", "contributors", "rights", "subjects", "sync_uid", "recurrence",
    "attendance_count", "type_title", "table_of_contents", "approvals",
    "documentation", "start", "end", "whole_day", "open_end", "series_number",
}  # fmt: skip
WORD = re.compile(r"[^\W\d_]{6,}")


def strings(value):
    """The text in a REST value: row cells, titles of choices and relations."""
    if isinstance(value, str):
        return [html.unescape(re.sub(r"<[^>]+>", " ", value))]
    if isinstance(value, list):
        return [text for entry in value for text in strings(entry)]
    if isinstance(value, dict):
        if "@id" in value or "token" in value:  # a related item or a choice
            return strings(value.get("title"))
        if "data" in value and "content-type" in value:  # rich text
            return strings(value["data"])
        return [
            text
            for key, entry in value.items()
            if key not in ("url", "@type")
            for text in strings(entry)
        ]
    return []


def field_words(item):
    words = {}
    for key, value in item.items():
        if key.startswith("@") or key in NOT_TEXT:
            continue
        found = set(WORD.findall(" ".join(strings(value))))
        if found:
            words[key] = found
    return words


@pytest.fixture(scope="module")
def pages(portal_url, new_page):
    listing = requests.get(
        f"{portal_url}/@search",
        params={"portal_type": TYPES, "b_size": 200, "review_state": "published"},
        headers=JSON,
        timeout=60,
    ).json()["items"]
    assert len(listing) >= 10
    page = new_page()
    collected = []
    for entry in listing:
        url = entry["@id"]
        item = requests.get(url, headers=JSON, timeout=60).json()
        page.goto(url)
        visible = set(WORD.findall(page.locator("#content").inner_text()))
        words = {
            key: found & visible
            for key, found in field_words(item).items()
            if found & visible
        }
        collected.append((url, entry["@type"], words))
    return collected


@pytest.fixture(scope="module")
def new_page(browser):  # module scope: one context for the crawl above
    context = browser.new_context(locale="de-DE")
    yield lambda: context.new_page()
    context.close()


def chosen_words(pages):
    """One word per field of each page, the rarest across all pages first."""
    frequency = Counter(
        word
        for _url, _type, words in pages
        for found in words.values()
        for word in found
    )
    chosen = defaultdict(set)
    for url, _type, words in pages:
        for found in words.values():
            chosen[url].add(min(found, key=lambda word: (frequency[word], word)))
    return chosen


def found_on_search_pages(portal_url, word, portal_type, url, pages=20):
    """Whether Plone's search page lists `url` for `word` on its first page
    or a later one (ten hits a page), as a citizen pages through them: a
    word like "Workshop" matches every workshop the browser tests made."""
    for b_start in range(0, pages * 10, 10):
        page = requests.get(
            f"{portal_url}/@@search",
            params={
                "SearchableText": word,
                "portal_type": portal_type,
                "b_start:int": b_start,
            },
            timeout=60,
        ).text
        if f'href="{url}"' in page:
            return True
        if not re.search(rf"b_start(:int)?={b_start + 10}\b", page):
            return False  # the last page
    return False


def test_every_field_of_every_page_is_found(portal_url, pages):
    missing = []
    chosen = chosen_words(pages)
    assert sum(len(words) for words in chosen.values()) > 40
    for url, portal_type, _words in pages:
        for word in sorted(chosen[url]):
            rest = requests.get(
                f"{portal_url}/@search",
                params={"SearchableText": word, "b_size": 200},
                headers=JSON,
                timeout=60,
            ).json()
            if url not in {hit["@id"] for hit in rest["items"]}:
                missing.append(("@search", url, word))
            if not found_on_search_pages(portal_url, word, portal_type, url):
                missing.append(("@@search", url, word))
    assert not missing


def test_hits_say_what_and_when(portal_url, new_page, screenshot):
    page = new_page()
    page.goto(portal_url)
    # a plain form for visitors: no live search promised without its script
    assert "pat-livesearch" not in page.locator("#searchGadget_form").get_attribute(
        "class"
    )
    page.fill("#searchGadget", "Gruppenbegleitung")
    page.press("#searchGadget", "Enter")
    page.wait_for_url("**/@@search?**")
    hits = page.locator("#search-results li")
    texts = hits.all_inner_texts()
    screenshot(page, "search-hits")
    workshop = next(text for text in texts if "Workshop 1" in text)
    assert re.search(r"Workshop · \w+, \d+\. \w+ \d{4}, \d\d:\d\d", workshop), workshop
    assert any("Ergebnis: Empfehlung" in text for text in texts), texts
    assert not any("result_kind_" in text for text in texts), texts
