"""Every curl call in docs/rest.md, run against the demo site `make start`
builds, answers what the document shows."""

from doc_examples import examples
from doc_examples import mismatches
from doc_examples import text_matches
from rundtisch.policy.operations.environment import cors

import icalendar
import pytest
import requests


DOCUMENTED_ORIGIN = "https://www.dresden.de"
EXAMPLES = examples()


def assert_calendar(expected, response, portal_url):
    """A valid calendar holding every documented line ("…": any text)."""
    calendar = icalendar.Calendar.from_ical(response.content)
    lines = calendar.to_ical().decode("utf-8").replace("\r\n ", "").splitlines()
    missing = [
        documented
        for documented in expected.splitlines()
        if not any(text_matches(documented, line, portal_url) for line in lines)
    ]
    assert missing == [], "\n".join(lines)


def assert_http(expected, response):
    status_line, *header_lines = expected.strip().splitlines()
    assert response.status_code == int(status_line.split()[1])
    documented = dict(line.split(": ", 1) for line in header_lines)
    cors = {
        name: value
        for name, value in response.headers.items()
        if name.lower().startswith("access-control-")
    }
    assert cors == {k: v for k, v in documented.items() if k.startswith("Access-")}


def test_the_document_has_examples_of_every_kind():
    kinds = {example.expected_kind for example in EXAMPLES}
    assert {"json", "ics", "http"} <= kinds


def test_every_example_shows_its_answer():
    assert [example.id for example in EXAMPLES if example.expected is None] == []


@pytest.fixture(scope="class")
def cors_for_documented_origin():
    original = cors.ALLOWED_ORIGINS
    cors.ALLOWED_ORIGINS = [DOCUMENTED_ORIGIN]
    yield
    cors.ALLOWED_ORIGINS = original


@pytest.mark.usefixtures("cors_for_documented_origin")
class TestDocumentedCalls:
    """One demo site for all calls: none of them changes it."""

    @pytest.mark.parametrize("example", EXAMPLES, ids=lambda example: example.id)
    def test_call_answers_as_documented(self, example, demo_portal_url):
        url = example.url.replace("$PORTAL", demo_portal_url)
        response = requests.request(
            example.method, url, headers=example.headers, timeout=30
        )
        if example.expected_kind == "http":
            assert_http(example.expected, response)
            return
        assert response.status_code == 200, response.text[:500]
        if example.expected_kind == "json":
            assert mismatches(example.expected, response.json(), demo_portal_url) == []
        elif example.expected_kind == "ics":
            assert_calendar(example.expected, response, demo_portal_url)
