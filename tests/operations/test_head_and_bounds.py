"""The HEAD filter of instance/zope.ini and the table of parameter bounds,
without a server (the served answers: tests/security/)."""

from rundtisch.policy.operations.checks.bounds import check_parameters
from rundtisch.policy.operations.filters.head import filter_factory
from zExceptions import BadRequest

import pytest


def test_head_reaches_zope_as_get_and_answers_without_a_body():
    seen = {}

    def app(environ, start_response):
        seen["method"] = environ["REQUEST_METHOD"]
        start_response("200 OK", [("Content-Length", "4")])
        return [b"page"]

    environ = {"REQUEST_METHOD": "HEAD"}
    body = filter_factory({})(app)(environ, lambda status, headers: None)
    assert seen["method"] == "GET"
    assert list(body) == []
    assert environ["REQUEST_METHOD"] == "HEAD", "the access log still says HEAD"


@pytest.mark.parametrize(
    "parameters",
    [
        {"expand.navigation.depth": "99999999999999999999999"},
        {"path.depth": str(10**12)},
        {"b_size": "1001"},
        {"b_size": "0"},
        {"b_start": ""},
        {"b_start": ["1", "2"]},
        {"sort_limit": "x"},
        {"limit": 10**23},
        {"expand.contextnavigation.bottomLevel": ""},
        {"expand": 5},
        {"expand": ",".join(["breadcrumbs"] * 51)},
        {"metadata_fields": [f"f{n}" for n in range(51)]},
        {"expand.contextnavigation.name": ["a", "b"]},
        {"b_size": True},
        {"path": {"query": "/Plone", "depth": 10**12}},
        {"query": [{"i": "path", "o": "x", "v": "/Plone::1000000000000"}]},
        {"query": [{"i": "path", "o": "x", "v": "/Plone::abc"}]},
    ],
)
def test_values_past_the_bounds_are_refused(parameters):
    with pytest.raises(BadRequest, match="Ungültiger Parameter"):
        check_parameters(parameters)


def test_values_within_the_bounds_pass():
    check_parameters(
        {
            "expand.navigation.depth": "10",
            "path.depth": "-1",
            "b_size": 1000,
            "b_start": "100000",
            "sort_limit": "25",
            "expand": "breadcrumbs,navigation",
            "metadata_fields": ["_all", "start"],
            "SearchableText": "x" * 10_000,
            "path": {"query": "/Plone", "depth": 2},
            "query": [{"i": "path", "o": "x", "v": "/Plone::1"}, "not a dict"],
        }
    )
