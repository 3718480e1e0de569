"""Fixtures of the notice tests."""

from notice_helpers import create_people
from notice_helpers import PEOPLE
from rundtisch.policy.notices import throttle

import pytest


@pytest.fixture
def people(portal):
    create_people()
    return PEOPLE


@pytest.fixture
def fresh_limits(monkeypatch):
    """The rate limits start empty in every test (they live in the process)."""
    monkeypatch.setattr(
        throttle, "BY_ADDRESS", throttle.RateLimit(throttle.MAX_PER_ADDRESS)
    )
    monkeypatch.setattr(
        throttle, "BY_EMAIL", throttle.RateLimit(throttle.MAX_PER_EMAIL)
    )
