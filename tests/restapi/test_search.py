"""@search filters and sorts by the contract's indexes, with listing
metadata, on the demo content."""

from rundtisch.policy.demo import content


def search(session, **params):
    response = session.get("/@search", params=params)
    assert response.status_code == 200, response.text
    return response.json()["items"]


def titles(session, **params):
    return [item["title"] for item in search(session, **params)]


RT = content.ROUND_TABLE["title"]
W1 = content.WORKSHOP_1["title"]
W2 = content.WORKSHOP_2["title"]
W3 = content.WORKSHOP_3["title"]
W4 = content.upcoming_workshop()["title"]


def result_titles(**fields):
    return {
        result["title"]
        for result in content.RESULTS + content.WORKSHOP_3_RESULTS
        if all(result[name] == value for name, value in fields.items())
        and result["id"] != content.PENDING_RESULT
    }


class TestSearch:
    def test_filters_workshops_by_topic(self, anonymous):
        found = titles(
            anonymous,
            portal_type="Workshop",
            topics="gruppenbegleitung",
            sort_on="start",
        )
        assert found == [RT, W1, W4]

    def test_sorts_by_start_both_ways(self, anonymous):
        query = {"portal_type": "Workshop", "sort_on": "start"}
        assert titles(anonymous, **query) == [RT, W1, W2, W3, W4]
        query["sort_order"] = "descending"
        assert titles(anonymous, **query) == [W4, W3, W2, W1, RT]

    def test_filters_by_a_start_range(self, anonymous):
        query = {"start.query": ["2024-04-29", "2024-04-30"], "start.range": "min:max"}
        assert titles(anonymous, portal_type="Workshop", **query) == [W3]

    def test_filters_by_event_format(self, anonymous):
        query = {"portal_type": "Workshop", "event_format": "round_table"}
        assert titles(anonymous, **query) == [RT]
        query["event_format"] = "workshop"
        assert len(titles(anonymous, **query)) == 4

    def test_filters_results_by_kind(self, anonymous):
        found = set(titles(anonymous, portal_type="Result", result_kind="requirement"))
        assert found == result_titles(result_kind="requirement")
        assert len(found) == 3

    def test_a_result_waiting_for_review_is_not_found(self, anonymous):
        query = {"portal_type": "Result", "result_kind": "open_question"}
        assert titles(anonymous, **query) == []

    def test_listing_metadata_carries_dates_and_vocabulary_titles(self, anonymous):
        columns = ["start", "end", "location", "series_number", "event_format"]
        item = search(
            anonymous,
            portal_type="Workshop",
            topics="stadtgesellschaft",
            event_format="workshop",
            sort_on="start",
            metadata_fields=[*columns, "topics"],
        )[-1]
        assert item["title"] == W3
        assert item["start"] == "2024-04-29T13:00:00+00:00"
        assert item["end"] == "2024-04-29T16:00:00+00:00"
        assert item["series_number"] == 3
        assert item["event_format"] == {"token": "workshop", "title": "Workshop"}
        assert {"token": "foerderung", "title": "Förderlandschaft"} in item["topics"]
