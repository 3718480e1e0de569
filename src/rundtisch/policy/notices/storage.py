"""The notice subscribers: e-mail addresses without Plone accounts.

An OOBTree in an annotation of the site, keyed by a secret token (the one of
the confirmation and unsubscribe links). Each value is a plain dict with only
what the notices need: ``email``, ``lists``, ``topics``, ``created`` and
``confirmed`` (the time of the double opt-in, None before). Values are
replaced, never changed in place, so the BTree's buckets resolve concurrent
sign-ups to different tokens without conflict errors. Nothing here is
traversable or serialized by the REST API.

Unconfirmed subscriptions count as gone after EXPIRY and are deleted on the
next subscription: that write happens anyway, needs no cron job, and stale
entries are invisible meanwhile (links refused, no notices, not listed).
"""

from BTrees.OOBTree import OOBTree
from datetime import datetime
from datetime import timedelta
from datetime import UTC
from plone import api
from zope.annotation.interfaces import IAnnotations

import secrets


ANNOTATION_KEY = "rundtisch.policy.notices"
EXPIRY = timedelta(days=7)


def utcnow():
    return datetime.now(UTC)


def _tree(create=False):
    annotations = IAnnotations(api.portal.get())
    tree = annotations.get(ANNOTATION_KEY)
    if tree is None and create:
        tree = annotations[ANNOTATION_KEY] = OOBTree()
    return tree


def _expired(record, now):
    return record["confirmed"] is None and record["created"] + EXPIRY <= now


def purge_expired(now=None):
    """Delete unconfirmed subscriptions older than EXPIRY; return how many."""
    now = now or utcnow()
    tree = _tree()
    if tree is None:
        return 0
    expired = [token for token, record in tree.items() if _expired(record, now)]
    for token in expired:
        del tree[token]
    return len(expired)


def add(email, lists, topics, now=None):
    """Store an unconfirmed subscription; return its token.

    A pending request of the same address is replaced, so only the newest
    confirmation link works; a confirmed one stays until the new one is
    confirmed (`confirm`), so nobody can change another's subscription.
    """
    now = now or utcnow()
    purge_expired(now)
    tree = _tree(create=True)
    for token, record in list(tree.items()):
        if record["confirmed"] is None and same_address(record["email"], email):
            del tree[token]
    token = secrets.token_urlsafe(32)
    tree[token] = {
        "email": email,
        "lists": tuple(lists),
        "topics": tuple(topics),
        "created": now,
        "confirmed": None,
    }
    return token


def same_address(one, other):
    return one.strip().lower() == other.strip().lower()


def get(token, now=None):
    """The subscription of `token`, or None (unknown, removed or expired)."""
    tree = _tree()
    record = tree.get(token) if tree is not None and token else None
    if record is None or _expired(record, now or utcnow()):
        return None
    return record


def confirm(token, now=None):
    """Confirm the subscription of `token`; it replaces an older confirmed
    one of the same address. Return False for an invalid token."""
    now = now or utcnow()
    record = get(token, now)
    if record is None:
        return False
    if record["confirmed"] is None:
        tree = _tree()
        for other, existing in list(tree.items()):
            if other != token and same_address(existing["email"], record["email"]):
                del tree[other]
        tree[token] = dict(record, confirmed=now)
    return True


def remove(token):
    """Delete the subscription of `token` entirely; False if there is none."""
    tree = _tree()
    if tree is None or token not in tree:
        return False
    del tree[token]
    return True


def confirmed():
    """(token, subscription) of every confirmed subscription."""
    tree = _tree()
    if tree is None:
        return []
    return [(token, record) for token, record in tree.items() if record["confirmed"]]
