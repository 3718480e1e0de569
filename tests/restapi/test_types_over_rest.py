"""Anonymous REST GET of each type returns the §2 field names (the contract;
the detailed serialization is the REST work's, issue 5)."""

from contract import CONTRACT_FIELDS

import pytest
import requests


# A published demo item of each type.
DEMO_ITEMS = {
    "veranstaltungen/workshop-3": "Workshop",
    "ergebnisse/grundstuecke": "Result",
    "koordinierungsstelle": "CoordinationOffice",
}


class TestRestGet:
    @pytest.mark.parametrize("path", sorted(DEMO_ITEMS))
    def test_returns_the_contract_fields(self, demo_functional_portal, path):
        response = requests.get(
            f"{demo_functional_portal.absolute_url()}/{path}",
            headers={"Accept": "application/json"},
            timeout=60,
        )
        assert response.status_code == 200
        assert CONTRACT_FIELDS[DEMO_ITEMS[path]] <= set(response.json())

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
