"""CORS: read-only, for the origins of $CORS_ALLOW_ORIGINS, nothing without it."""

from rundtisch.policy.operations.environment import cors
from rundtisch.policy.operations.environment.cors import origins_from

import os
import pytest
import requests
import subprocess
import sys


ORIGIN = "https://www.leipzig.de"


def test_origins_are_read_from_a_comma_separated_list():
    environ = {
        "CORS_ALLOW_ORIGINS": " https://www.dresden.de, https://www.leipzig.de/ ,"
    }
    assert origins_from(environ) == ["https://www.dresden.de", "https://www.leipzig.de"]


def test_no_variable_means_no_origin():
    assert origins_from({}) == []
    assert origins_from({"CORS_ALLOW_ORIGINS": ""}) == []


def test_the_policy_takes_its_origins_from_the_environment_at_start_up():
    environ = dict(os.environ, CORS_ALLOW_ORIGINS=ORIGIN)
    output = subprocess.run(
        [
            sys.executable,
            "-c",
            "from rundtisch.policy.restapi.cors.policy import ReadOnlyCORSPolicy;"
            "print(ReadOnlyCORSPolicy(None, None).allow_origin)",
        ],
        env=environ,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert output.strip() == repr([ORIGIN])


@pytest.fixture
def allowed_origins(monkeypatch):
    def allow(*origins):
        monkeypatch.setattr(cors, "ALLOWED_ORIGINS", list(origins))

    return allow


def search(demo_portal_url, method="GET", **headers):
    headers = {"Accept": "application/json", "Origin": ORIGIN, **headers}
    return requests.request(
        method, f"{demo_portal_url}/@search", headers=headers, timeout=30
    )


class TestCORS:
    def test_an_allowed_origin_may_read(self, demo_portal_url, allowed_origins):
        allowed_origins(ORIGIN)
        response = search(demo_portal_url)
        assert response.status_code == 200
        assert response.headers["Access-Control-Allow-Origin"] == ORIGIN
        assert "Access-Control-Allow-Credentials" not in response.headers

    def test_without_configured_origins_no_cors_headers(
        self, demo_portal_url, allowed_origins
    ):
        allowed_origins()
        response = search(demo_portal_url)
        assert response.status_code == 200
        assert "Access-Control-Allow-Origin" not in response.headers

    def test_another_origin_gets_no_cors_headers(
        self, demo_portal_url, allowed_origins
    ):
        allowed_origins("https://www.dresden.de")
        assert "Access-Control-Allow-Origin" not in search(demo_portal_url).headers

    @pytest.mark.parametrize("service", ["@search", "@querystring-search"])
    def test_a_writing_method_is_not_preflighted(
        self, demo_portal_url, allowed_origins, service
    ):
        allowed_origins(ORIGIN)
        response = requests.options(
            f"{demo_portal_url}/{service}",
            headers={"Origin": ORIGIN, "Access-Control-Request-Method": "POST"},
            timeout=30,
        )
        assert "Access-Control-Allow-Origin" not in response.headers
        assert "Access-Control-Allow-Methods" not in response.headers

    def test_a_simple_post_gets_no_cors_headers(self, demo_portal_url, allowed_origins):
        allowed_origins(ORIGIN)
        response = requests.post(
            f"{demo_portal_url}/@querystring-search",
            headers={"Accept": "application/json", "Origin": ORIGIN},
            json={"query": []},
            timeout=30,
        )
        assert "Access-Control-Allow-Origin" not in response.headers


class TestCORSWithCaching:
    """plone.app.caching keeps anonymous REST answers in RAM and replays their
    headers; an allowed origin's header must not reach other readers."""

    def test_the_rest_ruleset_keys_and_varies_on_the_origin(self, demo_portal_url):
        from plone import api

        prefix = "plone.app.caching.terseCaching.plone.content.dynamic"
        assert "corsOrigin" in api.portal.get_registry_record(f"{prefix}.etags")
        assert "Origin" in api.portal.get_registry_record(f"{prefix}.vary")

    def test_a_cached_answer_keeps_its_origin_to_itself(
        self, demo_portal_url, allowed_origins
    ):
        allowed_origins(ORIGIN)
        first = search(demo_portal_url)
        again = search(demo_portal_url)
        assert again.headers.get("X-Ramcache")  # served from the RAM cache
        assert again.headers["Access-Control-Allow-Origin"] == ORIGIN
        assert "Origin" in first.headers["Vary"]
        without_origin = requests.get(
            f"{demo_portal_url}/@search",
            headers={"Accept": "application/json"},
            timeout=30,
        )
        assert "Access-Control-Allow-Origin" not in without_origin.headers
        other = search(demo_portal_url, Origin="https://example.org")
        assert "Access-Control-Allow-Origin" not in other.headers
