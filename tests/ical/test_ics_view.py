"""ics_view of a workshop and of the workshop folder: valid RFC 5545, Berlin
times, published workshops only."""

from datetime import datetime
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from rundtisch.policy.demo import content
from rundtisch.policy.demo.content import berlin

import icalendar
import pytest
import requests


def get_calendar(url, auth=None):
    response = requests.get(url, auth=auth, timeout=30)
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/calendar")
    return icalendar.Calendar.from_ical(response.content)


def events(calendar):
    return {str(event["SUMMARY"]): event for event in calendar.walk("VEVENT")}


PUBLISHED_WORKSHOPS = {data["title"] for data in content.workshops()}


@pytest.fixture(scope="class")
def calendar(demo_portal_url):
    return get_calendar(f"{demo_portal_url}/veranstaltungen/workshop-3/ics_view")


class TestWorkshopCalendar:
    def test_has_the_rfc_5545_calendar_properties(self, calendar):
        assert calendar["VERSION"] == "2.0"
        assert calendar["PRODID"]

    def test_holds_the_workshop_with_uid_and_stamp(self, calendar):
        (event,) = calendar.walk("VEVENT")
        assert str(event["SUMMARY"]) == content.WORKSHOP_3["title"]
        assert str(event["LOCATION"]) == "Dresden"
        assert event["UID"] and event["DTSTAMP"]
        assert str(event["URL"]).endswith("/veranstaltungen/workshop-3")

    def test_times_are_berlin_local_times(self, calendar):
        (event,) = calendar.walk("VEVENT")
        assert event["DTSTART"].params["TZID"] == "Europe/Berlin"
        start = event.decoded("DTSTART")
        assert start.replace(tzinfo=None) == datetime(2024, 4, 29, 15, 0)
        assert start.utcoffset().total_seconds() == 2 * 3600
        assert event.decoded("DTEND") == berlin(2024, 4, 29, 18, 0)

    def test_defines_the_berlin_time_zone(self, calendar):
        (zone,) = calendar.walk("VTIMEZONE")
        assert zone["TZID"] == "Europe/Berlin"
        assert zone.walk("DAYLIGHT")[0]["TZOFFSETTO"].to_ical() == "+0200"


class TestFolderCalendar:
    def test_lists_the_published_workshops(
        self, demo_portal_url, unpublished_workshops
    ):
        calendar = get_calendar(f"{demo_portal_url}/veranstaltungen/ics_view")
        assert set(events(calendar)) == PUBLISHED_WORKSHOPS
        assert [zone["TZID"] for zone in calendar.walk("VTIMEZONE")] == [
            "Europe/Berlin"
        ]

    def test_a_manager_gets_the_same_public_feed(
        self, demo_portal_url, unpublished_workshops
    ):
        calendar = get_calendar(
            f"{demo_portal_url}/veranstaltungen/ics_view",
            auth=(SITE_OWNER_NAME, SITE_OWNER_PASSWORD),
        )
        assert "Entwurf" not in events(calendar)
        assert "In Prüfung" not in events(calendar)

    def test_the_site_calendar_is_public_too(
        self, demo_portal_url, unpublished_workshops
    ):
        calendar = get_calendar(f"{demo_portal_url}/ics_view")
        assert content.upcoming_workshop()["title"] in events(calendar)
        assert "Entwurf" not in events(calendar)

    def test_an_unpublished_workshops_workshop_has_no_anonymous_calendar(
        self, demo_portal_url, unpublished_workshops
    ):
        response = requests.get(
            f"{demo_portal_url}/veranstaltungen/entwurf/ics_view",
            timeout=30,
            allow_redirects=False,
        )
        assert response.status_code != 200
        assert "BEGIN:VEVENT" not in response.text
