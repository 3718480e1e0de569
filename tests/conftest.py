"""Fixtures shared by the whole suite (pytest-plone on our test layers)."""

from plone import api
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID
from pytest_plone import fixtures_factory
from rundtisch.policy.demo.content import berlin
from rundtisch.policy.demo.publish import submit
from rundtisch.policy.testing import DEMO_FUNCTIONAL_TESTING
from rundtisch.policy.testing import DEMO_INTEGRATION_TESTING
from rundtisch.policy.testing import FUNCTIONAL_TESTING
from rundtisch.policy.testing import INTEGRATION_TESTING

import os
import pytest
import transaction


# As instance/templates/zope.conf.in does for the instance: compile the .po
# files, so the tests see the German catalogue.
os.environ.setdefault("zope_i18n_compile_mo_files", "true")

pytest_plugins = ["pytest_plone"]


def pytest_configure(config):
    """The portal runs with TZ=Europe/Berlin (Makefile); so must its tests.

    Zope's DateTime reads the process's zone once, at import (already done
    by the pytest plugins), so it cannot be set from here.
    """
    if os.environ.get("TZ") != "Europe/Berlin":
        pytest.exit(
            "Run the tests with TZ=Europe/Berlin, as `make test` does: "
            "TZ=Europe/Berlin .venv/bin/pytest ...",
            returncode=4,
        )


globals().update(
    fixtures_factory(
        (
            (FUNCTIONAL_TESTING, "functional"),
            (INTEGRATION_TESTING, "integration"),
        )
    )
)
# Not kept for the whole session: a kept demo layer would stay stacked on the
# policy fixture and every plain `portal` test would see the demo content.
# Group demo tests in classes so each class sets the layer up once.
globals().update(
    fixtures_factory(
        (
            (DEMO_FUNCTIONAL_TESTING, "demo_functional"),
            (DEMO_INTEGRATION_TESTING, "demo_integration"),
        ),
        keep_session=False,
    )
)


@pytest.fixture(scope="session")
def package_name() -> str:
    return "rundtisch.policy"


@pytest.fixture()
def demo_portal(demo_integration):
    """The site with the demo content (integration layer)."""
    return demo_integration["portal"]


@pytest.fixture()
def demo_functional_portal(demo_functional):
    """The site with the demo content, served by a real WSGI server."""
    return demo_functional["portal"]


@pytest.fixture(scope="class")
def demo_functional_portal_class(demo_functional_class):
    """The demo site over a real WSGI server, shared by the tests of a class
    (as pytest-plone's `functional_portal_class`): what `make start` serves."""
    demo_functional_class.testSetUp()
    try:
        yield demo_functional_class["portal"]
    finally:
        demo_functional_class.testTearDown()


@pytest.fixture(scope="class")
def demo_portal_url(demo_functional_portal_class):
    return demo_functional_portal_class.absolute_url()


@pytest.fixture(scope="class")
def unpublished_workshops(demo_functional_portal_class):
    """Next to the demo's workshops, committed: a draft ("entwurf") and one
    in review ("in-pruefung"), both written by the Redaktion. Returns the
    workshop folder."""
    folder = demo_functional_portal_class["veranstaltungen"]
    with api.env.adopt_user(username="redaktion"):
        for id_, title in (("entwurf", "Entwurf"), ("in-pruefung", "In Prüfung")):
            api.content.create(
                container=folder,
                type="Workshop",
                id=id_,
                title=title,
                start=berlin(2030, 1, 1, 10),
                end=berlin(2030, 1, 1, 12),
            )
    submit(folder["in-pruefung"])
    transaction.commit()
    return folder


@pytest.fixture
def manager(portal):
    """The site, with the test user as Manager."""
    setRoles(portal, TEST_USER_ID, ["Manager"])
    return portal


@pytest.fixture
def workshop(manager):
    folder = api.content.create(container=manager, type="Folder", id="veranstaltungen")
    return api.content.create(container=folder, type="Workshop", id="workshop-3")


@pytest.fixture
def results_folder(manager):
    return api.content.create(container=manager, type="ResultsFolder", id="ergebnisse")
