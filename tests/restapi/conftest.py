from portal_session import PortalSession

import pytest


@pytest.fixture(scope="class")
def anonymous(demo_portal_url):
    """A visitor's REST session on the demo site."""
    session = PortalSession(demo_portal_url)
    yield session
    session.close()
