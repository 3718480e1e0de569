"""Times in Berlin time everywhere (issue 11), on both sides of the switch
to summer time: a workshop at 10:00 on the morning clocks go forward
(UTC+2) and one at 18:00 in winter (UTC+1), entered and reviewed through the
pages. Workshop page, listing, front page, status box, queue and iCal agree.
"""

from datetime import timedelta
from dst import summer_and_winter_starts
from icalendar import Calendar
from review_pages import add_workshop
from review_pages import approval_box
from review_pages import berlin_now_texts
from review_pages import choose_state
from review_pages import queue_rows
from zoneinfo import ZoneInfo

import pytest
import re
import requests


pytestmark = pytest.mark.e2e

BERLIN = ZoneInfo("Europe/Berlin")
TIME_RANGE = re.compile(r"\d\d:\d\d bis \d\d:\d\d Uhr")


def ics_start(url):
    calendar = Calendar.from_ical(requests.get(f"{url}/ics_view", timeout=30).content)
    (event,) = calendar.walk("VEVENT")
    return event.decoded("dtstart")


def test_times_agree_on_every_page_across_the_clock_change(
    portal_url, new_page, login, screenshot
):
    editor, social, urban = new_page(), new_page(), new_page()
    login(editor, "redaktion")
    login(social, "pruefung-soziales")
    login(urban, "pruefung-stadtentwicklung")
    workshops = {}
    for season, start in zip(
        ("Sommerzeit", "Winterzeit"), summer_and_winter_starts(), strict=True
    ):
        title = f"Workshop Zeit: {season}"
        url = add_workshop(editor, portal_url, title, start)
        choose_state(editor, url, "submit")
        workshops[title] = (url, start)

    social.goto(f"{portal_url}/@@meine-pruefauftraege")
    rows = queue_rows(social)
    for title in workshops:
        assert rows[title]["Eingereicht am"].removesuffix(" Uhr") in berlin_now_texts()

    for url, _start in workshops.values():
        choose_state(social, url, "approve_social")
        choose_state(urban, url, "approve_urban")
        editor.goto(url)
        box = approval_box(editor)
        shown = re.findall(r"freigegeben am (\d\d\.\d\d\.\d{4}, \d\d:\d\d) Uhr", box)
        assert len(shown) == 2 and set(shown) <= berlin_now_texts(), box

    visitor = new_page()
    for title, (url, start) in workshops.items():
        end = start + timedelta(hours=2)
        expected = f"{start:%H:%M} bis {end:%H:%M} Uhr"
        visitor.goto(url)
        screenshot(visitor, f"times-{title.rsplit(' ', 1)[-1].lower()}")
        assert expected in visitor.inner_text("#content"), title
        assert ics_start(url) == start.replace(tzinfo=BERLIN)

        visitor.goto(f"{portal_url}/veranstaltungen")
        entry = visitor.locator("article, li", has_text=title).last
        assert expected in entry.inner_text(), title

    # Every workshop on the front page shows the time of its own page.
    visitor.goto(portal_url)
    screenshot(visitor, "times-front-page")
    teasers = visitor.locator("#rt-workshops-title ~ ul .rt-teaser").all()
    assert teasers
    for teaser in teasers:
        front_time = TIME_RANGE.search(teaser.inner_text())
        assert front_time, teaser.inner_text()
        front_time = front_time.group(0)
        link = teaser.locator("a").first
        page = new_page()
        page.goto(link.get_attribute("href"))
        assert front_time in page.inner_text("#content"), link.inner_text()
