"""E-mail notices through the real WSGI server: subscribe, double opt-in,
notices at the first publication, unsubscribe, abuse limits, the list."""

from notice_helpers import APPROVALS
from notice_helpers import body
from notice_helpers import notices
from notice_helpers import parse
from notice_helpers import PASSWORD
from notice_helpers import subscribed
from Products.CMFPlone.tests.utils import MockMailHost
from rest_payloads import upcoming_workshop
from rundtisch.policy.notices import storage
from signup_http import authenticator

import pytest
import re
import requests
import transaction


JSON = {"Accept": "application/json", "Content-Type": "application/json"}
CONFIRM_LINK = re.compile(r"http\S+/@@benachrichtigungen-bestaetigen\?token=[\w-]+")
UNSUBSCRIBE_LINK = re.compile(r"http\S+/@@benachrichtigungen-abbestellen\?token=[\w-]+")
INVALID = "Dieser Link ist nicht mehr gültig."


@pytest.fixture
def portal(functional_portal):
    """The fixtures of conftest.py, on the functional layer."""
    return functional_portal


@pytest.fixture
def sent(portal, people, fresh_limits, monkeypatch):
    """The mails the server hands to the MailHost, in a plain list."""
    mails = []
    monkeypatch.setattr(
        MockMailHost, "send", lambda self, message, *args, **kw: mails.append(message)
    )
    transaction.commit()
    return mails


@pytest.fixture
def site(portal, sent):
    return portal.absolute_url()


def rest(method, url, user, **kwargs):
    response = requests.request(
        method, url, headers=JSON, auth=(user, PASSWORD), timeout=60, **kwargs
    )
    assert response.ok, (method, url, response.status_code, response.text[:300])
    return response


def publish_workshop(site, workshop_id, topics=()):
    """Written by the Redaktion, approved by both departments, over REST."""
    rest(
        "POST",
        site,
        "autorin",
        json=upcoming_workshop(workshop_id, topics=list(topics)),
    )
    url = f"{site}/{workshop_id}"
    review(url)
    assert rest("GET", url, "autorin").json()["review_state"] == "published"
    return url


def review(url):
    rest("POST", f"{url}/@workflow/submit", "autorin")
    for user, transition in APPROVALS:
        rest("POST", f"{url}/@workflow/{transition}", user)


def subscribe(site, email, lists=("veranstaltungen",), topics=(), **overrides):
    session = requests.Session()
    url = f"{site}/@@benachrichtigungen"
    page = session.get(url, timeout=60)
    data = {
        "email": email,
        "lists:list": list(lists or ()),
        "topics:list": list(topics),
        "_authenticator": authenticator(page.text),
        "protected_1": "",
    }
    data.update(overrides)
    return session.post(url, data={k: v for k, v in data.items() if v is not None})


def follow(link, **extra):
    """Open a personal link, then press its button (GET asks, POST acts)."""
    session = requests.Session()
    page = session.get(link, timeout=60)
    assert page.status_code == 200
    url, _sep, query = link.partition("?")
    data = {
        "token": query.removeprefix("token="),
        "_authenticator": authenticator(page.text),
        "protected_1": "",
        **extra,
    }
    return page, session.post(url, data=data, timeout=60)


def mails_to(sent, address):
    return [mail for mail in map(parse, sent) if mail["To"] == address]


def subscribe_and_confirm(site, sent, email, **choice):
    assert "Fast geschafft" in subscribe(site, email, **choice).text
    (mail,) = mails_to(sent, email)
    (link,) = CONFIRM_LINK.findall(body(mail))
    page, confirmed = follow(link)
    assert "Bestellung bestätigen" in page.text
    assert "Ihre Bestellung ist bestätigt." in confirmed.text


def stored_addresses():
    transaction.begin()
    tree = storage._tree()
    return sorted(record["email"] for record in tree.values()) if tree else []


def confirmed_addresses():
    transaction.begin()
    return sorted(record["email"] for _token, record in storage.confirmed())


def test_double_opt_in_then_one_notice_each(site, sent):
    response = subscribe(site, "alle@example.org")
    assert response.status_code == 200
    assert "Fast geschafft" in response.text
    (mail,) = mails_to(sent, "alle@example.org")
    assert mail["Subject"].startswith("Bitte bestätigen")
    (link,) = CONFIRM_LINK.findall(body(mail))
    assert confirmed_addresses() == []
    page = requests.get(link, timeout=60)
    assert "Bestellung bestätigen" in page.text
    assert confirmed_addresses() == [], "a mail scanner's GET confirms nothing"
    _page, confirmed = follow(link)
    assert "Ihre Bestellung ist bestätigt." in confirmed.text
    assert confirmed_addresses() == ["alle@example.org"]

    subscribe_and_confirm(site, sent, "inklusion@example.org", topics=["inklusion"])
    subscribe_and_confirm(site, sent, "weg@example.org")
    subscribe(site, "unbestaetigt@example.org")
    sent.clear()

    publish_workshop(site, "workshop-1", topics=["foerderung"])
    received = notices(sent)
    assert sorted(received) == ["alle@example.org", "weg@example.org"]
    assert [len(mails) for mails in received.values()] == [1, 1]

    (link,) = UNSUBSCRIBE_LINK.findall(body(received["weg@example.org"][0]))
    page, response = follow(link)
    assert "Möchten Sie die Benachrichtigungen an" in page.text
    assert "Sie sind abgemeldet." in response.text
    assert "weg@example.org" not in stored_addresses()
    again = requests.get(link, timeout=60)
    assert INVALID in again.text
    assert "Abbestellen</button>" not in again.text

    sent.clear()
    publish_workshop(site, "workshop-2", topics=["inklusion", "foerderung"])
    received = notices(sent)
    assert sorted(received) == ["alle@example.org", "inklusion@example.org"]
    assert [len(mails) for mails in received.values()] == [1, 1]


def test_republication_and_check_in_send_no_notice(site, sent):
    subscribed("alle@example.org", lists=["veranstaltungen", "ergebnisse"])
    transaction.commit()
    url = publish_workshop(site, "workshop-1")
    assert list(notices(sent)) == ["alle@example.org"]
    sent.clear()

    rest("POST", f"{url}/@workflow/retract", "autorin", json={"comment": "Termin"})
    review(url)
    assert rest("GET", url, "autorin").json()["review_state"] == "published"

    copy_url = rest("POST", f"{url}/@workingcopy", "autorin").json()["@id"]
    rest("PATCH", copy_url, "autorin", json={"title": "Workshop 1 (verschoben)"})
    review(copy_url)
    rest("PATCH", f"{url}/@workingcopy", "autorin")
    assert rest("GET", url, "autorin").json()["title"] == "Workshop 1 (verschoben)"
    assert notices(sent) == {}


def test_one_click_unsubscribe_of_rfc_8058(site, sent):
    subscribed("alle@example.org")
    transaction.commit()
    publish_workshop(site, "workshop-1")
    (mail,) = notices(sent)["alle@example.org"]
    assert mail["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    link = mail["List-Unsubscribe"].strip("<>")
    # What a mail program sends: no cookie, no CSRF token, no honeypot.
    response = requests.post(link, data={"List-Unsubscribe": "One-Click"}, timeout=60)
    assert response.status_code == 200
    assert stored_addresses() == []
    again = requests.post(link, data={"List-Unsubscribe": "One-Click"}, timeout=60)
    assert INVALID in again.text


def test_unsubscribe_post_needs_the_csrf_token_or_one_click(site):
    token = subscribed("alle@example.org")
    transaction.commit()
    response = requests.post(
        f"{site}/@@benachrichtigungen-abbestellen",
        data={"token": token, "protected_1": ""},
        timeout=60,
    )
    assert response.status_code == 403
    assert stored_addresses() == ["alle@example.org"]


def test_unknown_tokens_are_refused(site):
    for view in ("benachrichtigungen-bestaetigen", "benachrichtigungen-abbestellen"):
        page = requests.get(f"{site}/@@{view}?token=geraten", timeout=60)
        assert INVALID in page.text


@pytest.mark.parametrize(
    "overrides",
    [{"protected_1": "spam"}, {"protected_1": None}, {"_authenticator": None}],
    ids=["filled honeypot", "missing honeypot", "missing CSRF token"],
)
def test_bots_are_refused(site, sent, overrides):
    response = subscribe(site, "bot@example.org", **overrides)
    assert response.status_code == 403
    assert sent == []
    assert stored_addresses() == []


def test_bad_input_is_explained_and_not_stored(site, sent):
    response = subscribe(site, "keine-adresse", lists=[])
    assert "Bitte geben Sie eine gültige E-Mail-Adresse an" in response.text
    assert "Bitte wählen Sie mindestens eine Benachrichtigung aus." in response.text
    assert 'aria-invalid="true"' in response.text
    assert sent == []
    assert stored_addresses() == []


def test_crafted_values_get_no_server_error(site, sent):
    response = subscribe(
        site,
        None,
        lists=None,
        **{"email:list": ["a@example.org", "b@example.org"], "lists.x:record": "1"},
    )
    assert response.status_code == 200
    assert "Bitte geben Sie eine gültige E-Mail-Adresse an" in response.text
    page = requests.get(
        f"{site}/@@benachrichtigungen-abbestellen?token:list=a&token:list=b",
        timeout=60,
    )
    assert page.status_code == 200
    assert INVALID in page.text
    assert sent == []


def test_rate_limit_per_address_and_per_client(site, sent):
    for _ in range(3):
        assert subscribe(site, "opfer@example.org").status_code == 200
    refused = subscribe(site, "opfer@example.org")
    assert refused.status_code == 429
    assert "Zu viele Bestellungen in kurzer Zeit." in refused.text
    assert len(mails_to(sent, "opfer@example.org")) == 3
    # 4 attempts of this client above, the refused one too; 10 per hour.
    for number in range(5):
        assert subscribe(site, f"person{number}@example.org").status_code == 200
    assert subscribe(site, "person-x@example.org").status_code == 200
    assert subscribe(site, "person-y@example.org").status_code == 429
    assert "person-y@example.org" not in stored_addresses()


def test_rate_limit_counts_aliases_of_one_mailbox_together(site, sent):
    """``opfer+1@…`` and ``Opfer@…`` reach the same inbox: no way around
    the 3 mails an hour to one victim."""
    for alias in ("opfer@example.org", "opfer+1@example.org", "Opfer+2@Example.org"):
        assert subscribe(site, alias).status_code == 200
    refused = subscribe(site, "OPFER+neu@example.org")
    assert refused.status_code == 429
    assert "Zu viele Bestellungen in kurzer Zeit." in refused.text
    assert len(sent) == 3
    # Another mailbox of the same domain is not affected.
    assert subscribe(site, "opfer2@example.org").status_code == 200


def test_only_organisers_and_managers_see_the_subscribers(site):
    subscribed("erika@example.org", topics=["inklusion"])
    subscribed("unbestaetigt@example.org", confirm=False)
    transaction.commit()
    url = f"{site}/@@abonnements"
    page = requests.get(url, auth=("veranstaltung", PASSWORD), timeout=60)
    assert page.status_code == 200
    assert "erika@example.org" in page.text
    assert "Inklusion" in page.text
    assert "unbestaetigt@example.org" not in page.text
    for auth in (None, ("autorin", PASSWORD), ("pruefung-soziales", PASSWORD)):
        refused = requests.get(url, auth=auth, timeout=60, allow_redirects=False)
        assert refused.status_code in (302, 401, 403), auth
        assert "erika@example.org" not in refused.text
