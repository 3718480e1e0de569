"""Sign-up data stays with organisers and Managers: the Redaktion and the
reviewers see drafts, but never a participant's personal data (docs/design.md §4)."""

from leak_routes import crawl
from leak_routes import routes
from leak_routes import SIGNUP_LIST
from leak_routes import SIGNUP_LIST_CSV
from leak_routes import SIGNUP_MARKERS
from leak_routes import signup_routes

import pytest


# The demo users: Redaktion holds Contributor, Editor and Reader everywhere
# (and owns the form it created with the workshop); the reviewers review drafts.
STAFF = ("redaktion", "pruefung-soziales", "pruefung-stadtentwicklung")
ORGANISER = "veranstaltung"


class TestStaffCrawl:
    @pytest.mark.parametrize("login", STAFF)
    def test_no_sign_up_data_reaches_editors_or_reviewers(
        self, demo_portal_url, hidden_content, demo_password, login
    ):
        route_list = routes(SIGNUP_MARKERS, []) + signup_routes()
        leaks = [
            (route, marker)
            for route, text in crawl(
                demo_portal_url, route_list, auth=(login, demo_password)
            )
            for marker in SIGNUP_MARKERS
            if marker in text
        ]
        assert leaks == []

    def test_the_organiser_sees_and_exports_the_sign_ups(
        self, demo_portal_url, hidden_content, demo_password
    ):
        """Guards the test above: the routes do show sign-ups to those allowed."""
        texts = dict(
            crawl(demo_portal_url, signup_routes(), auth=(ORGANISER, demo_password))
        )
        for route in (SIGNUP_LIST, SIGNUP_LIST_CSV):
            page = texts[("GET", route, "html")]
            assert [marker for marker in SIGNUP_MARKERS if marker not in page] == []
