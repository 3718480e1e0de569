"""The demo portal as `make start` serves it: a separate WSGI process with
instance/zope.ini's whole pipeline (security headers, HEAD, login throttle),
so that the tests see exactly what a visitor's request meets."""

from server_processes import Instance
from server_processes import running

import pytest


@pytest.fixture(scope="session")
def served_portal(tmp_path_factory):
    """URL of the demo site ("…/Plone") on its own WSGI server."""
    instance = Instance(tmp_path_factory.mktemp("served-demo"), "a", {})
    instance.environ["DEMO"] = "1"
    instance.create_site()
    with running([instance]):
        yield instance


@pytest.fixture(scope="session")
def served_url(served_portal):
    return served_portal.site_url
