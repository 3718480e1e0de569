"""Anonymous REST GET of each type returns the §2 field names (the contract;
the detailed serialization is the REST work's, issue 5)."""

import pytest
import requests


FIELDS = {
    "veranstaltungen/workshop-3": {
        "start",
        "end",
        "whole_day",
        "open_end",
        "location",
        "image",
        "image_caption",
        "text",
        "series_number",
        "event_format",
        "focus",
        "topics",
        "speakers",
        "hosts",
        "departments",
        "registration_enabled",
        "capacity",
        "registration_start",
        "registration_end",
        "waitlist_enabled",
    },
    "ergebnisse/grundstuecke": {"result_kind", "topics", "status", "workshops", "text"},
    "koordinierungsstelle": {
        "mandate",
        "tasks",
        "professional_requirements",
        "personal_requirements",
        "implementation_status",
        "milestones",
        "based_on",
        "reference_models",
        "contact_name",
        "contact_email",
    },
}


class TestRestGet:
    @pytest.mark.parametrize("path", sorted(FIELDS))
    def test_returns_the_contract_fields(self, demo_functional_portal, path):
        response = requests.get(
            f"{demo_functional_portal.absolute_url()}/{path}",
            headers={"Accept": "application/json"},
            timeout=60,
        )
        assert response.status_code == 200
        assert FIELDS[path] <= set(response.json())

    def test_result_names_its_workshops(self, demo_functional_portal):
        data = requests.get(
            f"{demo_functional_portal.absolute_url()}/ergebnisse/grundstuecke",
            headers={"Accept": "application/json"},
            timeout=60,
        ).json()
        assert data["result_kind"]["title"] == "Herausforderung"
        assert [w["@id"].rsplit("/", 1)[1] for w in data["workshops"]] == [
            "4-runder-tisch"
        ]
