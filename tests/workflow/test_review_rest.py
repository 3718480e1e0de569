"""Over the real WSGI server: the review through plone.restapi's @workflow."""

from datetime import datetime
from review_helpers import create_item
from review_helpers import create_users
from review_helpers import PASSWORD

import pytest
import requests
import transaction


JSON = {"Accept": "application/json", "Content-Type": "application/json"}


class Client:
    def __init__(self, url, login=None):
        self.url = url
        self.auth = (login, PASSWORD) if login else None

    def __call__(self, method, path, **kwargs):
        return requests.request(
            method,
            f"{self.url}/{path}".rstrip("/"),
            headers=JSON,
            auth=self.auth,
            timeout=30,
            **kwargs,
        )

    def transition(self, path, action, comment=None):
        body = {"comment": comment} if comment else {}
        return self("POST", f"{path}/@workflow/{action}", json=body)


@pytest.fixture
def site(functional_portal):
    create_users()
    create_item(functional_portal, title="Leitbild")
    transaction.commit()
    url = functional_portal.absolute_url()
    return {
        login: Client(url, login)
        for login in (
            "redaktion",
            "pruefung-soziales",
            "pruefung-stadtentwicklung",
            "doppelrolle",
            "veranstaltung",
        )
    } | {"anonymous": Client(url)}


def state(site, path="leitbild"):
    return site["redaktion"]("GET", f"{path}/@workflow").json()["state"]["id"]


def test_double_approval_publishes_on_the_second(site):
    assert site["redaktion"].transition("leitbild", "submit").status_code == 200

    first = site["pruefung-soziales"].transition(
        "leitbild", "approve_social", "Fachlich richtig."
    )
    assert first.status_code == 200
    assert first.json()["review_state"] == "pending"
    assert site["anonymous"]("GET", "leitbild").status_code == 401

    second = site["pruefung-stadtentwicklung"].transition("leitbild", "approve_urban")
    assert second.status_code == 200
    assert second.json()["review_state"] == "published"
    public = site["anonymous"]("GET", "leitbild")
    assert public.status_code == 200
    assert "approvals" not in public.json()["@components"]
    staff = site["pruefung-soziales"]("GET", "leitbild", params={"expand": "approvals"})
    assert staff.json()["@components"]["approvals"]["complete"] is True

    history = site["redaktion"]("GET", "leitbild/@history").json()
    actions = [(e.get("action"), e.get("actor", {}).get("id")) for e in history]
    assert ("approve_social", "pruefung-soziales") in actions
    assert ("approve_urban", "pruefung-stadtentwicklung") in actions


def test_reject_without_reason_is_refused_with_a_message(site):
    site["redaktion"].transition("leitbild", "submit")
    response = site["pruefung-soziales"].transition("leitbild", "reject")
    assert response.status_code == 400
    assert "Bitte geben Sie eine Begründung an" in response.json()["error"]["message"]
    assert state(site) == "pending"

    response = site["pruefung-soziales"].transition(
        "leitbild", "reject", "Die Zahlen sind veraltet."
    )
    assert response.status_code == 200
    assert state(site) == "private"


def test_one_person_with_both_roles_cannot_publish_alone(site):
    site["redaktion"].transition("leitbild", "submit")
    assert (
        site["doppelrolle"].transition("leitbild", "approve_social").status_code == 200
    )
    response = site["doppelrolle"].transition("leitbild", "approve_urban")
    assert response.status_code == 400
    assert state(site) == "pending"
    assert site["anonymous"]("GET", "leitbild").status_code == 401


def test_reviewer_cannot_edit_content_in_review(site):
    site["redaktion"].transition("leitbild", "submit")
    for login in ("pruefung-soziales", "redaktion"):
        response = site[login]("PATCH", "leitbild", json={"title": "Geändert"})
        assert response.status_code in (401, 403)
    assert site["redaktion"]("GET", "leitbild").json()["title"] == "Leitbild"


def test_approvals_and_queue_for_reviewers(site):
    site["redaktion"].transition("leitbild", "submit")
    site["pruefung-soziales"].transition("leitbild", "approve_social", "Ok.")

    approvals = site["pruefung-stadtentwicklung"]("GET", "leitbild/@approvals").json()
    assert approvals["missing"] == ["gb_stadtentwicklung"]
    social = approvals["departments"][0]
    assert (social["token"], social["approved"], social["actor"]) == (
        "gb_soziales",
        True,
        "pruefung-soziales",
    )
    assert site["anonymous"]("GET", "leitbild/@approvals").status_code == 401

    def queue(login, department):
        return site[login](
            "GET",
            "@search",
            params={
                "review_state": "pending",
                "pending_departments": department,
                "metadata_fields": "pending_departments",
            },
        ).json()["items"]

    assert [
        i["pending_departments"]
        for i in queue("pruefung-stadtentwicklung", "gb_stadtentwicklung")
    ] == [["gb_stadtentwicklung"]]
    assert queue("pruefung-soziales", "gb_soziales") == []


def test_published_page_changes_only_through_an_approved_working_copy(site):
    editor = site["redaktion"]
    editor.transition("leitbild", "submit")
    site["pruefung-soziales"].transition("leitbild", "approve_social")
    site["pruefung-stadtentwicklung"].transition("leitbild", "approve_urban")
    assert editor("PATCH", "leitbild", json={"title": "Neu"}).status_code in (401, 403)

    checkout = editor("POST", "leitbild/@workingcopy")
    assert checkout.status_code == 201, checkout.text
    copy = checkout.json()["@id"].rsplit("/", 1)[-1]
    assert editor("PATCH", copy, json={"title": "Leitbild 2025"}).status_code == 204

    # Not approved yet: check-in refused.
    assert editor("PATCH", "leitbild/@workingcopy").status_code == 403
    editor.transition(copy, "submit")
    site["pruefung-soziales"].transition(copy, "approve_social")
    assert editor("PATCH", "leitbild/@workingcopy").status_code == 403
    site["pruefung-stadtentwicklung"].transition(copy, "approve_urban")
    # The working copy itself never goes public.
    assert state(site, copy) == "pending"
    assert site["anonymous"]("GET", copy).status_code == 401

    assert editor("PATCH", "leitbild/@workingcopy").status_code == 204
    page = site["anonymous"]("GET", "leitbild")
    assert page.status_code == 200
    assert page.json()["title"] == "Leitbild 2025"
    assert page.json()["review_state"] == "published"
    approvals = editor("GET", "leitbild/@approvals").json()
    assert approvals["complete"] is True


def test_publication_date_is_set_once_in_berlin_time_and_survives_edits(site):
    editor = site["redaktion"]
    assert editor("GET", "leitbild").json()["effective"] is None
    editor.transition("leitbild", "submit")
    site["pruefung-soziales"].transition("leitbild", "approve_social")
    site["pruefung-stadtentwicklung"].transition("leitbild", "approve_urban")
    effective = site["anonymous"]("GET", "leitbild").json()["effective"]
    published_at = datetime.fromisoformat(effective)
    assert published_at.second == 0, "to the minute, as the edit form keeps it"
    assert abs(datetime.now(published_at.tzinfo) - published_at).total_seconds() < 120

    # Retract, edit and publish again: the date of the first publication stays.
    editor.transition("leitbild", "retract", comment="Tippfehler")
    assert editor("PATCH", "leitbild", json={"title": "Leitbild!"}).status_code == 204
    editor.transition("leitbild", "submit")
    site["pruefung-soziales"].transition("leitbild", "approve_social")
    site["pruefung-stadtentwicklung"].transition("leitbild", "approve_urban")
    assert site["anonymous"]("GET", "leitbild").json()["effective"] == effective


def test_a_patched_publication_date_keeps_its_moment(site):
    """A Berlin time sent with its offset is stored as that moment, in both
    seasons, and read back unchanged."""
    editor = site["redaktion"]
    for sent in ("2027-03-28T10:30:00+02:00", "2027-01-27T18:15:00+01:00"):
        response = editor("PATCH", "leitbild", json={"effective": sent})
        assert response.status_code == 204, response.text
        stored = editor("GET", "leitbild").json()["effective"]
        assert datetime.fromisoformat(stored) == datetime.fromisoformat(sent), stored
