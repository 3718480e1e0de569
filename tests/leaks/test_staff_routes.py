"""Sign-up data stays with organisers and Managers: the Redaktion and the
reviewers see drafts, but never a participant's personal data (DESIGN.md §4)."""

from leak_routes import crawl
from leak_routes import routes
from leak_routes import SIGNUP_MARKERS
from leak_routes import signup_routes
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD

import pytest


# Redaktion holds Editor and Reader everywhere; the reviewers review drafts.
STAFF = ("test-redaktion", "test-pruefung-soziales", "test-pruefung-stadtentwicklung")


class TestStaffCrawl:
    @pytest.mark.parametrize("user_id", STAFF)
    def test_no_sign_up_data_reaches_editors_or_reviewers(
        self, portal_url, hidden_content, staff_password, user_id
    ):
        route_list = routes(SIGNUP_MARKERS, []) + signup_routes()
        credentials = (user_id, staff_password)
        leaks = [
            (route, marker)
            for route, text in crawl(portal_url, route_list, auth=credentials)
            for marker in SIGNUP_MARKERS
            if marker in text
        ]
        assert leaks == []

    def test_a_manager_sees_the_sign_ups(self, portal_url, hidden_content):
        """Guards the test above: the routes do show sign-ups to those allowed."""
        credentials = (SITE_OWNER_NAME, SITE_OWNER_PASSWORD)
        texts = "\n".join(
            text
            for _route, text in crawl(portal_url, signup_routes(), auth=credentials)
        )
        assert [marker for marker in SIGNUP_MARKERS if marker not in texts] == []
