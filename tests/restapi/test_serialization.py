"""GET of Workshop, Result and CoordinationOffice as another city site sees it."""

from portal_session import PortalSession

import pytest


@pytest.fixture(scope="class")
def anonymous(portal_url, sample):
    session = PortalSession(portal_url)
    yield session
    session.close()


class TestWorkshop:
    @pytest.fixture(scope="class")
    def workshop(self, anonymous):
        response = anonymous.get("/veranstaltungen/workshop-3")
        assert response.status_code == 200
        return response.json()

    def test_has_the_contract_fields(self, workshop):
        assert workshop["@type"] == "Workshop"
        assert workshop["series_number"] == 3
        assert workshop["focus"].startswith("Umsetzungsperspektive")
        assert workshop["start"] == "2024-04-29T13:00:00+00:00"
        assert workshop["location"] == "Neues Rathaus Dresden, Festsaal"
        assert workshop["image_caption"] == "Foto: NWID"

    def test_vocabulary_fields_carry_token_and_german_title(self, workshop):
        assert workshop["event_format"] == {"token": "workshop", "title": "Workshop"}
        assert workshop["topics"] == [
            {"token": "koordinierungsstelle", "title": "Koordinierungsstelle"},
            {"token": "vernetzung", "title": "Vernetzung und Austausch"},
        ]
        assert {
            "token": "gb_stadtentwicklung",
            "title": (
                "Geschäftsbereich Stadtentwicklung, Bau, Verkehr und Liegenschaften"
            ),
        } in workshop["departments"]

    def test_host_department_carries_token_and_title(self, workshop):
        assert workshop["hosts"] == [
            {
                "name": "Bürgermeisterin",
                "function": "Begrüßung",
                "department": {
                    "token": "gb_soziales",
                    "title": "Geschäftsbereich Arbeit, Soziales, Gesundheit und Wohnen",
                },
            }
        ]

    def test_has_the_registration_object(self, workshop):
        assert set(workshop["registration"]) == {
            "status",
            "capacity",
            "confirmed",
            "waitlisted",
            "seats_left",
            "form_url",
        }


class TestResult:
    @pytest.fixture(scope="class")
    def result(self, anonymous):
        response = anonymous.get(
            "/veranstaltungen/workshop-3/bedarf-koordinierungsstelle"
        )
        assert response.status_code == 200
        return response.json()

    def test_kind_and_status_carry_titles(self, result):
        assert result["result_kind"] == {"token": "requirement", "title": "Anforderung"}
        assert result["status"] == {"token": "agreed", "title": "Vereinbart"}

    def test_workshops_are_followable_summaries_with_start(self, result, anonymous):
        (workshop,) = result["workshops"]
        assert workshop["@type"] == "Workshop"
        assert workshop["title"] == "Workshop 3: Umsetzungsperspektive"
        assert workshop["review_state"] == "published"
        assert workshop["start"] == "2024-04-29T13:00:00+00:00"
        followed = anonymous.get(workshop["@id"])
        assert followed.json()["series_number"] == 3


class TestCoordinationOffice:
    @pytest.fixture(scope="class")
    def office(self, anonymous):
        response = anonymous.get("/koordinierungsstelle")
        assert response.status_code == 200
        return response.json()

    def test_implementation_status_carries_title(self, office):
        assert office["implementation_status"] == {
            "token": "concept",
            "title": "Konzeption",
        }

    def test_based_on_lists_results(self, office):
        (result,) = office["based_on"]
        assert result["@type"] == "Result"
        assert result["@id"].endswith(
            "/veranstaltungen/workshop-3/bedarf-koordinierungsstelle"
        )
        assert result["review_state"] == "published"

    def test_tables_keep_their_columns(self, office):
        assert office["tasks"] == [
            {"title": "Beraten", "description": "Gruppen von der Idee an."}
        ]
        assert office["reference_models"][0]["city"] == "Leipzig"
