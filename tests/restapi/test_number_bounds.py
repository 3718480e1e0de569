"""Numbers from REST are whole and bounded: capacity 0-10,000 (issue 12)."""

from plone import api

import pytest
import requests
import transaction


JSON = {"Accept": "application/json", "Content-Type": "application/json"}
PASSWORD = "geheim-1234"


@pytest.fixture
def workshop_url(functional_portal):
    api.user.create(username="redaktion", email="r@example.org", password=PASSWORD)
    api.group.add_user(groupname="redaktionsteam", username="redaktion")
    transaction.commit()
    response = requests.post(
        functional_portal.absolute_url(),
        json={
            "@type": "Workshop",
            "title": "Zahlen",
            "start": "2027-01-27T18:00:00+01:00",
            "end": "2027-01-27T20:00:00+01:00",
        },
        headers=JSON,
        auth=("redaktion", PASSWORD),
        timeout=30,
    )
    assert response.status_code == 201, response.text
    return response.json()["@id"]


def patch(url, **values):
    return requests.patch(
        url, json=values, headers=JSON, auth=("redaktion", PASSWORD), timeout=30
    )


@pytest.mark.parametrize("value", [10**30, 2**63, 10_001, -1, True, "viele"])
def test_capacity_out_of_bounds_is_refused(workshop_url, value):
    response = patch(workshop_url, capacity=value)
    assert response.status_code == 400, response.text
    assert "Traceback" not in response.text


@pytest.mark.parametrize("value", [0, 1, 10_000])
def test_capacity_within_bounds_is_kept(workshop_url, value):
    assert patch(workshop_url, capacity=value).status_code == 204
    stored = requests.get(
        workshop_url, headers=JSON, auth=("redaktion", PASSWORD), timeout=30
    ).json()["capacity"]
    assert stored == value and type(stored) is int


@pytest.mark.parametrize("value", [0, 1001, True])
def test_series_number_out_of_bounds_is_refused(workshop_url, value):
    assert patch(workshop_url, series_number=value).status_code == 400
