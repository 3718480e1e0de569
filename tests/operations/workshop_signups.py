"""A published workshop with sign-up on a running instance, over HTTP only.

What the operations tests need from the sign-up (docs/design.md §4): a workshop
that takes sign-ups, anonymous sign-ups through its real `anmeldung` form
(signup_http.py: CSRF token, honeypot) and what was saved, read as the
portal shows it: the counters of `IRegistrationStatus` in the workshop's
REST serialization and the rows of the organisers' CSV export.
"""

from rest_payloads import upcoming_workshop
from server_processes import ADMIN
from signup_http import post_signup

import csv
import io
import requests


JSON = {"Accept": "application/json", "Content-Type": "application/json"}
PASSWORD = "geheim-1234"
# One reviewer per department: the review workflow publishes after both.
REVIEWERS = {
    "pruefung-soziales": ("gb_soziales", "approve_social"),
    "pruefung-stadtentwicklung": ("gb_stadtentwicklung", "approve_urban"),
}
ANSWERS = {
    "Sie sind angemeldet.": "confirmed",
    "Sie stehen auf der Warteliste": "waitlisted",
    "bereits für diese Veranstaltung angemeldet sind": "already signed up",
}
CSV_STATUS = {"bestätigt": "confirmed", "Warteliste": "waitlisted"}


def call(method, url, auth=ADMIN, headers=JSON, **kwargs):
    response = requests.request(
        method, url, headers=headers, auth=auth, timeout=120, **kwargs
    )
    assert response.ok, (method, url, response.status_code, response.text[:500])
    return response


def create_reviewers(instance):
    for username, (group, _transition) in REVIEWERS.items():
        call(
            "POST",
            f"{instance.site_url}/@users",
            json={
                "username": username,
                "email": f"{username}@example.org",
                "password": PASSWORD,
            },
        )
        call(
            "PATCH",
            f"{instance.site_url}/@groups/{group}",
            json={"users": {username: True}},
        )


def publish_workshop(instance, workshop_id, capacity=None, **fields):
    """Create a workshop (with sign-up and waiting list if `capacity` is
    given) and publish it through the review workflow's real transitions:
    submitted by the administrator, approved by a reviewer of each
    department (`create_reviewers` first)."""
    workshop = upcoming_workshop(
        workshop_id, **{"location": "Rathaus Dresden, Festsaal", **fields}
    )
    if capacity is not None:
        workshop.update(
            registration_enabled=True, capacity=capacity, waitlist_enabled=True
        )
    call("POST", instance.site_url, json=workshop)
    url = f"{instance.site_url}/{workshop_id}"
    call("POST", f"{url}/@workflow/submit")
    for username, (_group, transition) in REVIEWERS.items():
        call("POST", f"{url}/@workflow/{transition}", auth=(username, PASSWORD))
    assert call("GET", url).json()["review_state"] == "published"
    return url


def form_url(instance, workshop_id):
    return f"{instance.site_url}/{workshop_id}/anmeldung"


def sign_up(instance, workshop_id, email):
    """One anonymous participant; returns "confirmed", "waitlisted",
    "already signed up" or the HTTP status of a response that is none of these."""
    response = post_signup(form_url(instance, workshop_id), email)
    for text, outcome in ANSWERS.items():
        if text in response.text:
            return outcome
    return response.status_code


def counters(instance, workshop_id):
    """(confirmed, waitlisted) as `IRegistrationStatus` reports them."""
    workshop = call("GET", f"{instance.site_url}/{workshop_id}").json()
    return workshop["registration"]["confirmed"], workshop["registration"]["waitlisted"]


def saved_sign_ups(instance, workshop_id):
    """{e-mail: status} from the saved data, as easyform's download of it
    gives them (it leads to the organisers' CSV for German Excel), and how
    many rows it has (a doubled row would not show in the dict)."""
    response = call(
        "GET",
        f"{form_url(instance, workshop_id)}/actions/anmeldungen/@@data",
        params={"form.buttons.download": "Herunterladen", "csv_delimiter": ","},
        headers={},
    )
    assert response.url.endswith(f"/{workshop_id}/@@anmeldungen.csv")
    text = response.content.decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text), delimiter=";"))
    return {row["E-Mail"]: CSV_STATUS[row["Status"]] for row in rows}, len(rows)
