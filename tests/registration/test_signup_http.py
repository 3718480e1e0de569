"""Sign-up through the real WSGI server: form, double post, concurrency, cancel."""

from email import message_from_bytes
from email.policy import default
from Products.CMFPlone.tests.utils import MockMailHost
from rundtisch.policy.interfaces import IRegistrationStatus
from rundtisch.policy.notices.throttle import RateLimit
from rundtisch.policy.registration.booking import action as actions
from rundtisch.policy.registration.data.saved_data import registration_action
from signup_http import authenticator
from signup_http import concurrent_sign_ups
from signup_http import post_signup
from signup_http import signup_data
from ZPublisher.HTTPRequest import HTTPRequest

import pytest
import re
import requests
import transaction


CANCEL_LINK = re.compile(r"http\S+/@@abmelden\?token=[\w-]+")
KNOWN = "Falls Sie mit {email} bereits für diese Veranstaltung angemeldet sind"


@pytest.fixture
def sent(monkeypatch):
    """The mails the server sends, in a plain list.

    The test MailHost collects mails in a PersistentList; concurrent
    sign-ups would conflict over it and hide whether the sign-up logic
    itself merges or refuses conflicts.
    """
    mails = []
    monkeypatch.setattr(
        MockMailHost, "send", lambda self, message, *args, **kw: mails.append(message)
    )
    return mails


@pytest.fixture
def portal(functional_portal, sent):
    """The workshop fixtures of conftest.py, on the functional layer."""
    return functional_portal


@pytest.fixture
def fresh_resends(monkeypatch):
    """The limit of confirmations sent again starts empty (it lives in the
    process)."""
    monkeypatch.setattr(actions, "RESENDS", RateLimit(actions.RESENDS.limit))


def mails_to(sent, address):
    parsed = (message_from_bytes(bytes(raw), policy=default) for raw in sent)
    return [mail for mail in parsed if mail["To"] == address]


def cancel_link(mail):
    return CANCEL_LINK.search(mail.get_body(("plain",)).get_content()).group(0)


def fresh_status(workshop):
    """Counters as committed by the server threads."""
    transaction.begin()
    return IRegistrationStatus(workshop).as_dict()


def saved_rows(workshop):
    transaction.begin()
    return registration_action(workshop["anmeldung"]).getSavedFormInput()


def test_sign_up_over_http_confirms(workshop, signup):
    transaction.commit()
    response = signup(workshop["anmeldung"].absolute_url(), "erika@example.org")
    assert response.status_code == 200
    assert "Sie sind angemeldet." in response.text
    assert fresh_status(workshop)["confirmed"] == 1


def test_form_posted_twice_creates_one_sign_up(workshop, signup, fresh_resends):
    transaction.commit()
    url = workshop["anmeldung"].absolute_url()
    session = requests.Session()
    signup(url, "erika@example.org", session=session)
    again = signup(url, "erika@example.org", session=session)
    assert KNOWN.format(email="erika@example.org") in again.text
    assert len(saved_rows(workshop)) == 1
    assert fresh_status(workshop)["confirmed"] == 1


def test_a_strangers_address_is_not_confirmed_but_mailed_again(
    workshop, signup, sent, fresh_resends
):
    """Typing someone's address tells nothing about their sign-up: the
    answer is a thank-you page without their status, name or an error, and
    the confirmation goes (again) to the address, not to the one who typed
    it; at most three times an hour."""
    transaction.commit()
    url = workshop["anmeldung"].absolute_url()
    signup(url, "erika@example.org")
    (first,) = mails_to(sent, "erika@example.org")
    answers = [
        signup(
            url,
            "Erika@Example.org",
            **{"form.widgets.vorname": "Mallory", "form.widgets.nachname": "Neugier"},
        )
        for _ in range(4)
    ]
    for answer in answers:
        assert answer.status_code == 200
        assert KNOWN.format(email="Erika@Example.org") in answer.text
        for revealing in (
            "bereits jemand",
            "Sie sind angemeldet",
            "Warteliste",
            "bestätigt",
            "Erika Mustermann",
            "Mallory",
            "form.widgets.email",  # not the form again, with an error
        ):
            assert revealing not in answer.text
    # The page is the same for each try, mail sent again or not (4th: limit).
    assert len({scrub(answer.text) for answer in answers}) == 1
    again = mails_to(sent, "erika@example.org")[1:]
    assert len(again) == 3
    assert {mail["Subject"] for mail in again} == {first["Subject"]}
    assert {cancel_link(mail) for mail in again} == {cancel_link(first)}
    assert len(saved_rows(workshop)) == 1
    assert fresh_status(workshop)["confirmed"] == 1


def scrub(html):
    """A page without what differs on every answer (CSRF token, cache ids)."""
    return re.sub(r'value="[0-9a-f]{40}"|\?[0-9a-f]{8,}"', "", html)


def test_validation_messages_are_shown_in_german(workshop, signup):
    transaction.commit()
    response = signup(
        workshop["anmeldung"].absolute_url(),
        "keine-adresse",
        **{"form.widgets.organisation": "=HYPERLINK(1)"},
    )
    assert "Bitte geben Sie eine gültige E-Mail-Adresse an" in response.text
    assert "darf nicht mit =, +, -, @ oder einem Tabulator beginnen" in response.text
    assert saved_rows(workshop) == []


def test_last_seat_goes_to_one_of_two_concurrent_sign_ups(workshop_factory):
    workshop = workshop_factory(capacity=1)
    transaction.commit()
    responses = concurrent_sign_ups(workshop["anmeldung"].absolute_url(), 2)
    assert [response.status_code for response in responses] == [200, 200]
    statuses = sorted(row["registration_status"] for row in saved_rows(workshop))
    assert statuses == ["confirmed", "waitlisted"]
    counts = fresh_status(workshop)
    assert (counts["confirmed"], counts["waitlisted"]) == (1, 1)


def test_waiting_list_places_told_at_once_are_exactly_one_to_n(
    workshop_factory, monkeypatch
):
    """Twelve at once for the last seat: eleven are told places 1 to 11, each once.

    Entries to the waiting list are serialized: in one process by turns
    (registration/booking/turns.py), else by ZODB conflicts, which the server retries
    as often as the instance does (zope.conf, MAX_CONFLICT_RETRIES).
    """
    monkeypatch.setattr(HTTPRequest, "retry_max_count", 5)
    workshop = workshop_factory(capacity=2)
    transaction.commit()
    url = workshop["anmeldung"].absolute_url()
    # One sign-up first renders the pages once: CPython 3.11 before 3.11.8
    # can fail to compile a template in several threads at once (gh-106905).
    post_signup(url, "first@example.org")
    responses = concurrent_sign_ups(url, 12)
    assert [response.status_code for response in responses] == [200] * 12
    places = sorted(
        int(match.group(1))
        for response in responses
        for match in [re.search(r"Warteliste[^<]*\(Platz (\d+)\)", response.text)]
        if match
    )
    assert places == list(range(1, 12))
    counts = fresh_status(workshop)
    assert (counts["confirmed"], counts["waitlisted"]) == (2, 11)


def test_concurrent_sign_ups_never_overbook_without_waiting_list(workshop_factory):
    workshop = workshop_factory(capacity=2, waitlist_enabled=False)
    transaction.commit()
    responses = concurrent_sign_ups(workshop["anmeldung"].absolute_url(), 4)
    booked = [r for r in responses if "Sie sind angemeldet." in r.text]
    refused = [r for r in responses if "Die Veranstaltung ist ausgebucht." in r.text]
    assert (len(booked), len(refused)) == (2, 2)
    assert len(saved_rows(workshop)) == 2
    assert fresh_status(workshop)["confirmed"] == 2


def test_closed_form_shows_a_message_instead_of_the_form(workshop_factory):
    workshop = workshop_factory(capacity=1, waitlist_enabled=False)
    workshop.capacity = 0  # keep a seat count, then fill it below
    workshop.capacity = 1
    registration_action(workshop["anmeldung"]).book.counter.confirmed = 1
    transaction.commit()
    page = requests.get(workshop["anmeldung"].absolute_url(), timeout=60)
    assert "Die Veranstaltung ist ausgebucht." in page.text
    assert "form.widgets.email" not in page.text


def test_form_of_private_workshop_is_not_reachable_anonymously(workshop_factory):
    workshop = workshop_factory(published=False)
    transaction.commit()
    page = requests.get(
        workshop["anmeldung"].absolute_url(), timeout=60, allow_redirects=False
    )
    assert page.status_code in (302, 401)


def test_filled_honeypot_is_refused(workshop, signup):
    transaction.commit()
    response = signup(
        workshop["anmeldung"].absolute_url(), "bot@example.org", protected_1="spam"
    )
    assert response.status_code == 403
    assert saved_rows(workshop) == []


def test_post_without_honeypot_field_is_refused(workshop, signup):
    transaction.commit()
    url = workshop["anmeldung"].absolute_url()
    session = requests.Session()
    token = authenticator(session.get(url, timeout=60).text)
    data = {**signup_data("bot@example.org"), "_authenticator": token}
    del data["protected_1"]
    assert session.post(url, data=data, timeout=60).status_code == 403
    assert saved_rows(workshop) == []


FORM_ROUTES = ["", "/@@embedded", "/embedded", "/@@view"]


@pytest.mark.parametrize("route", FORM_ROUTES)
def test_every_route_into_the_form_needs_the_honeypot_field(workshop, route):
    transaction.commit()
    url = workshop["anmeldung"].absolute_url()
    session = requests.Session()
    token = authenticator(session.get(url + route, timeout=60).text)
    data = {**signup_data("bot@example.org"), "_authenticator": token}
    del data["protected_1"]
    assert session.post(url + route, data=data, timeout=60).status_code == 403
    assert saved_rows(workshop) == []
    # With the (empty) field the same post signs up: the route works.
    response = session.post(url + route, data={**data, "protected_1": ""}, timeout=60)
    assert response.status_code == 200
    assert "Sie sind angemeldet." in response.text
    assert len(saved_rows(workshop)) == 1


def test_inline_validation_never_submits(workshop):
    """easyform's ``@@z3cform_validate_field`` updates the whole form, and
    with a submit button in the post it ran the sign-up, past the honeypot."""
    transaction.commit()
    url = workshop["anmeldung"].absolute_url()
    session = requests.Session()
    token = authenticator(session.get(url, timeout=60).text)
    data = {
        **signup_data("bot@example.org"),
        "_authenticator": token,
        "fname": "form.widgets.email",
    }
    for honeypot in ({}, {"protected_1": ""}):
        fields = {k: v for k, v in data.items() if k != "protected_1"} | honeypot
        response = session.post(
            f"{url}/@@z3cform_validate_field", data=fields, timeout=60
        )
        assert response.status_code in (200, 403)
        assert "Sie sind angemeldet" not in response.text
    checked = session.post(
        f"{url}/@@z3cform_validate_field",
        data={**data, "form.widgets.email": "keine-adresse"},
        timeout=60,
    )
    assert checked.status_code == 200
    assert saved_rows(workshop) == []


def test_csrf_token_belongs_to_one_visitor(workshop, portal):
    """plone.protect gives every anonymous visitor the same token; on the
    sign-up form it is bound to a random value in the visitor's cookie."""
    transaction.commit()
    url = workshop["anmeldung"].absolute_url()
    first, second = requests.Session(), requests.Session()
    first_page = first.get(url, timeout=60)
    token = authenticator(first_page.text)
    assert token != authenticator(second.get(url, timeout=60).text)
    cookie = first_page.headers["Set-Cookie"]
    assert "HttpOnly" in cookie
    assert "SameSite=Lax" in cookie
    # Sent to the form only: the visitor's other pages stay cacheable.
    assert f"Path={workshop['anmeldung'].absolute_url_path()};" in cookie + ";"
    # Plone's token for visitors, as any other anonymous page shows it.
    shared = authenticator(
        requests.get(f"{portal.absolute_url()}/@@benachrichtigungen", timeout=60).text
    )
    for client, stolen in (
        (second, token),  # another visitor's token
        (requests, token),  # the token without its cookie
        (second, shared),
        (requests, shared),
    ):
        data = {**signup_data("bot@example.org"), "_authenticator": stolen}
        assert client.post(url, data=data, timeout=60).status_code == 403
    assert saved_rows(workshop) == []
    own = {**signup_data("erika@example.org"), "_authenticator": token}
    assert "Sie sind angemeldet." in first.post(url, data=own, timeout=60).text


def test_post_without_csrf_token_is_refused(workshop):
    transaction.commit()
    response = requests.post(
        workshop["anmeldung"].absolute_url(),
        data=signup_data("erika@example.org"),
        timeout=60,
    )
    assert response.status_code == 403
    assert saved_rows(workshop) == []


def test_cancellation_link_frees_the_seat_and_promotes(workshop_factory, register):
    workshop = workshop_factory(capacity=1)
    register(workshop, "a@example.org")
    register(workshop, "b@example.org")
    action = registration_action(workshop["anmeldung"])
    token = next(
        row["token"]
        for row in action.getSavedFormInput()
        if row["email"] == "a@example.org"
    )
    transaction.commit()
    link = f"{workshop['anmeldung'].absolute_url()}/@@abmelden?token={token}"
    session = requests.Session()
    confirm = session.get(link, timeout=60)
    assert "Möchten Sie Ihre Anmeldung" in confirm.text
    assert fresh_status(workshop)["confirmed"] == 1  # a GET cancels nothing
    response = session.post(
        link.split("?")[0],
        data={
            "token": token,
            "_authenticator": authenticator(confirm.text),
            "protected_1": "",
        },
        timeout=60,
    )
    assert "Ihre Anmeldung ist storniert." in response.text
    statuses = {
        row["email"]: row["registration_status"] for row in saved_rows(workshop)
    }
    assert statuses == {"a@example.org": "cancelled", "b@example.org": "confirmed"}
    assert "token" not in next(
        row for row in saved_rows(workshop) if row["email"] == "a@example.org"
    )
    again = session.get(link, timeout=60)
    assert "ungültig oder die Anmeldung wurde bereits storniert" in again.text


def test_unknown_cancellation_token_changes_nothing(workshop):
    transaction.commit()
    page = requests.get(
        f"{workshop['anmeldung'].absolute_url()}/@@abmelden?token=geraten", timeout=60
    )
    assert "ungültig" in page.text
