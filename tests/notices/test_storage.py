"""The subscribers' storage: only what the notices need, tokens, expiry."""

from BTrees.OOBTree import OOBTree
from datetime import timedelta
from plone.restapi.interfaces import ISerializeToJson
from rundtisch.policy.notices import storage
from rundtisch.policy.notices.throttle import RateLimit
from z3c.caching.registry import lookup
from zope.annotation.interfaces import IAnnotations
from zope.component import getMultiAdapter

import pytest


def test_nothing_is_stored_before_the_first_subscription(portal):
    assert storage.ANNOTATION_KEY not in IAnnotations(portal)
    assert storage.get("irgendwas") is None
    assert storage.confirmed() == []


def test_subscription_keeps_only_address_choice_and_times(portal):
    token = storage.add("Erika@Example.org", ["veranstaltungen"], ["inklusion"])
    tree = IAnnotations(portal)[storage.ANNOTATION_KEY]
    assert isinstance(tree, OOBTree)
    assert list(tree.keys()) == [token]
    record = tree[token]
    assert set(record) == {"email", "lists", "topics", "created", "confirmed"}
    assert record["email"] == "Erika@Example.org"
    assert record["lists"] == ("veranstaltungen",)
    assert record["topics"] == ("inklusion",)
    assert record["confirmed"] is None
    assert len(token) >= 40  # secrets.token_urlsafe(32)
    assert token.replace("-", "").replace("_", "").isalnum()


def test_only_confirmed_subscriptions_count(portal):
    token = storage.add("erika@example.org", ["ergebnisse"], [])
    assert storage.confirmed() == []
    assert storage.confirm(token)
    ((confirmed_token, record),) = storage.confirmed()
    assert confirmed_token == token
    assert record["confirmed"] is not None
    assert not storage.confirm("geraten")


def test_unconfirmed_subscriptions_expire_and_are_purged(portal):
    now = storage.utcnow()
    old = storage.add("alt@example.org", ["ergebnisse"], [], now=now - timedelta(8))
    kept = storage.add("treu@example.org", ["ergebnisse"], [], now=now - timedelta(8))
    storage.confirm(kept, now=now - timedelta(8))
    recent = storage.add("neu@example.org", ["ergebnisse"], [], now=now - timedelta(6))
    assert storage.get(old) is None, "expired: the link no longer works"
    assert not storage.confirm(old)
    storage.add("noch-jemand@example.org", ["ergebnisse"], [], now=now)
    tree = IAnnotations(portal)[storage.ANNOTATION_KEY]
    assert old not in tree, "deleted by the next subscription"
    assert kept in tree and recent in tree


def test_new_request_replaces_the_pending_one_of_the_same_address(portal):
    first = storage.add("erika@example.org", ["ergebnisse"], [])
    second = storage.add("ERIKA@example.org", ["veranstaltungen"], [])
    assert storage.get(first) is None
    assert storage.get(second)["lists"] == ("veranstaltungen",)


def test_confirmed_choice_changes_only_with_the_new_confirmation(portal):
    old = storage.add("erika@example.org", ["ergebnisse"], [])
    storage.confirm(old)
    new = storage.add("erika@example.org", ["veranstaltungen"], ["inklusion"])
    assert [token for token, _record in storage.confirmed()] == [old]
    storage.confirm(new)
    assert [token for token, _record in storage.confirmed()] == [new]
    assert storage.get(old) is None


def test_remove_deletes_everything_once(portal):
    token = storage.add("erika@example.org", ["ergebnisse"], [])
    storage.confirm(token)
    assert storage.remove(token)
    assert not storage.remove(token)
    assert storage.get(token) is None
    tree = IAnnotations(portal)[storage.ANNOTATION_KEY]
    assert "erika@example.org" not in repr(list(tree.values()))


def test_subscribers_are_not_in_the_rest_serialization(portal):
    storage.confirm(storage.add("geheim@example.org", ["ergebnisse"], []))
    serialized = getMultiAdapter((portal, portal.REQUEST), ISerializeToJson)()
    assert "geheim@example.org" not in repr(serialized)


def test_rate_limit_counts_per_key_within_the_window():
    now = [1000.0]
    limit = RateLimit(2, window=60, clock=lambda: now[0])
    assert limit.hit("a") and limit.hit("a")
    assert not limit.hit("a")
    assert limit.hit("b")
    now[0] += 61
    assert limit.hit("a")
    limit.forget_old()
    assert set(limit.hits) == {"a"}


@pytest.mark.parametrize(
    "name",
    [
        "benachrichtigungen",
        "benachrichtigungen-bestaetigen",
        "benachrichtigungen-abbestellen",
        "abonnements",
    ],
)
def test_pages_are_never_cached(manager, name):
    view = manager.restrictedTraverse(f"@@{name}")
    assert lookup(view) == "rundtisch.policy.forms"
