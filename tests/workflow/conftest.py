"""Fixtures of the review tests: the demo users and a draft of each kind."""

from review_helpers import create_item
from review_helpers import create_users
from review_helpers import USERS

import pytest


@pytest.fixture
def users(portal):
    create_users()
    return USERS


@pytest.fixture
def document(portal, users):
    return create_item(portal, title="Leitbild")


@pytest.fixture
def folder(portal, users):
    return create_item(portal, "Folder", title="Veranstaltungen")
