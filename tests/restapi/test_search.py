"""@search filters and sorts by the contract's indexes, with listing metadata."""

from portal_session import PortalSession

import pytest


@pytest.fixture(scope="class")
def anonymous(portal_url, sample):
    session = PortalSession(portal_url)
    yield session
    session.close()


def titles(response):
    assert response.status_code == 200, response.text
    return [item["title"] for item in response.json()["items"]]


W3 = "Workshop 3: Umsetzungsperspektive"
W4 = "Workshop 4: Gruppen begleiten"
RT = "4. Runder Tisch"


class TestSearch:
    def test_filters_workshops_by_topic(self, anonymous):
        found = anonymous.get(
            "/@search",
            params={"portal_type": "Workshop", "topics": "gruppenbegleitung"},
        )
        assert titles(found) == [W4]

    def test_sorts_by_start_both_ways(self, anonymous):
        query = {"portal_type": "Workshop", "sort_on": "start"}
        assert titles(anonymous.get("/@search", params=query)) == [RT, W3, W4]
        query["sort_order"] = "descending"
        assert titles(anonymous.get("/@search", params=query)) == [W4, W3, RT]

    def test_filters_by_a_start_range(self, anonymous):
        found = anonymous.get(
            "/@search",
            params={
                "portal_type": "Workshop",
                "start.query": ["2024-04-29", "2024-04-30"],
                "start.range": "min:max",
            },
        )
        assert titles(found) == [W3]

    def test_filters_by_event_format(self, anonymous):
        query = {"portal_type": "Workshop", "event_format": "round_table"}
        assert titles(anonymous.get("/@search", params=query)) == [RT]
        query["event_format"] = "workshop"
        assert len(titles(anonymous.get("/@search", params=query))) == 2

    def test_filters_results_by_kind(self, anonymous):
        query = {"portal_type": "Result", "result_kind": "requirement"}
        assert titles(anonymous.get("/@search", params=query)) == [
            "Dresden braucht eine Koordinierungsstelle"
        ]
        query["result_kind"] = "challenge"
        assert titles(anonymous.get("/@search", params=query)) == []

    def test_listing_metadata_carries_dates_and_vocabulary_titles(self, anonymous):
        response = anonymous.get(
            "/@search",
            params={
                "portal_type": "Workshop",
                "topics": "koordinierungsstelle",
                "metadata_fields": [
                    "start",
                    "end",
                    "location",
                    "series_number",
                    "event_format",
                    "topics",
                ],
            },
        )
        (item,) = response.json()["items"]
        assert item["start"] == "2024-04-29T13:00:00+00:00"
        assert item["end"] == "2024-04-29T16:00:00+00:00"
        assert item["series_number"] == 3
        assert item["event_format"] == {"token": "workshop", "title": "Workshop"}
        assert {"token": "vernetzung", "title": "Vernetzung und Austausch"} in item[
            "topics"
        ]
