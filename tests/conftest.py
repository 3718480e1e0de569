"""Fixtures shared by the whole suite (pytest-plone on our test layers)."""

from pytest_plone import fixtures_factory
from rundtisch.policy.testing import FUNCTIONAL_TESTING
from rundtisch.policy.testing import INTEGRATION_TESTING

import pytest


pytest_plugins = ["pytest_plone"]

globals().update(
    fixtures_factory(
        (
            (FUNCTIONAL_TESTING, "functional"),
            (INTEGRATION_TESTING, "integration"),
        )
    )
)


@pytest.fixture(scope="session")
def package_name() -> str:
    return "rundtisch.policy"
