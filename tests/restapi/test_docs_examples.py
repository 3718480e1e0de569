"""Every curl call in docs/rest.md works against a running server and answers
what the document shows."""

from doc_examples import examples
from rundtisch.policy.restapi.cors.policy import ReadOnlyCORSPolicy

import icalendar
import pytest
import requests


DOCUMENTED_ORIGIN = "https://www.dresden.de"
EXAMPLES = examples()


def assert_contains_shape(expected, actual, path="$"):
    """`actual` has every key of `expected`, recursively; lists are compared
    by their first element; scalars by JSON type (null matches anything)."""
    if isinstance(expected, dict):
        assert isinstance(actual, dict), f"{path}: {actual!r} is not an object"
        for key, value in expected.items():
            assert key in actual, f"{path}: no {key!r} in {sorted(actual)}"
            assert_contains_shape(value, actual[key], f"{path}.{key}")
    elif isinstance(expected, list):
        assert isinstance(actual, list), f"{path}: {actual!r} is not a list"
        if expected:
            assert actual, f"{path}: empty list"
            assert_contains_shape(expected[0], actual[0], f"{path}[0]")
    elif expected is not None and actual is not None:
        assert type(expected) is type(actual), f"{path}: {actual!r}"


def assert_calendar(expected, response):
    calendar = icalendar.Calendar.from_ical(response.content)
    names = {component.name for component in calendar.walk()}
    for line in expected.splitlines():
        if line.startswith("BEGIN:"):
            assert line.removeprefix("BEGIN:") in names


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


@pytest.fixture(scope="class")
def cors_for_documented_origin():
    original = ReadOnlyCORSPolicy.allow_origin
    ReadOnlyCORSPolicy.allow_origin = [DOCUMENTED_ORIGIN]
    yield
    ReadOnlyCORSPolicy.allow_origin = original


@pytest.mark.usefixtures("cors_for_documented_origin")
class TestDocumentedCalls:
    @pytest.mark.parametrize("example", EXAMPLES, ids=lambda example: example.id)
    def test_call_answers_as_documented(self, example, portal_url, sample):
        url = example.url.replace("$PORTAL", portal_url)
        response = requests.request(
            example.method, url, headers=example.headers, timeout=30
        )
        if example.expected_kind == "http":
            assert_http(example.expected, response)
            return
        assert response.status_code == 200, response.text[:500]
        if example.expected_kind == "json":
            assert_contains_shape(example.expected, response.json())
        elif example.expected_kind == "ics":
            assert_calendar(example.expected, response)
