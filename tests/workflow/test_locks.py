"""Edit locks that explain themselves (issue 25): staff see who holds the
lock and since when; only the Redaktion and administrators release it."""

from plone import api
from plone.locking.interfaces import ILockable
from plone.protect.authenticator import createToken
from review_helpers import bring_to
from review_helpers import create_item
from rundtisch.policy.workflow.locks import current_lock

import pytest


@pytest.fixture
def locked_pending(document):
    """Locked by the Redaktion's edit form, then submitted."""
    with api.env.adopt_user(username="autorin"):
        ILockable(document).lock()
    return bring_to(document, "pending")


def release_as(user_id, item):
    request = item.REQUEST
    with api.env.adopt_user(username=user_id):
        request.method = "POST"
        request.form["_authenticator"] = createToken()
        api.content.get_view("sperre-aufheben", item, request)()
    return ILockable(item).locked()


def test_staff_see_who_holds_the_lock(locked_pending):
    with api.env.adopt_user(username="pruefung-soziales"):
        lock = current_lock(locked_pending)
    assert lock["fullname"] == "Autorin"
    assert not lock["own"]
    assert lock["since"].endswith("Uhr")


def test_a_reviewer_cannot_release_the_lock(locked_pending):
    assert release_as("pruefung-soziales", locked_pending)


def test_the_redaktion_releases_the_lock(locked_pending):
    assert not release_as("redaktion", locked_pending)
    assert current_lock(locked_pending) is None


def test_an_unlocked_item_has_no_notice(portal, users):
    item = create_item(portal, title="Offen")
    assert current_lock(item) is None
