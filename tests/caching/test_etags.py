"""The REST ruleset's ETag components (caching/etags.py) are registered under
the names the caching profile lists."""

from plone.app.caching.interfaces import IETagValue
from rundtisch.policy.caching.etags import CatalogCounterAndRegistration
from rundtisch.policy.caching.etags import CORSOrigin
from rundtisch.policy.interfaces import IRundtischPolicyLayer
from rundtisch.policy.operations.environment import cors
from rundtisch.policy.restapi.cors.policy import ReadOnlyCORSPolicy
from zope.component import getMultiAdapter
from zope.interface import alsoProvides

import pytest


@pytest.mark.parametrize(
    "name, component",
    [("catalogCounter", CatalogCounterAndRegistration), ("corsOrigin", CORSOrigin)],
)
def test_component_on_our_layer(portal, name, component):
    request = portal.REQUEST
    alsoProvides(request, IRundtischPolicyLayer)
    found = getMultiAdapter((portal, request), IETagValue, name=name)
    assert type(found) is component


def test_a_workshop_s_etag_counts_its_sign_ups(workshop):
    request = workshop.REQUEST
    alsoProvides(request, IRundtischPolicyLayer)
    etag = getMultiAdapter((workshop, request), IETagValue, name="catalogCounter")
    assert etag().endswith(".0.0")


def test_the_origin_part_names_only_origins_the_cors_policy_allows(portal, monkeypatch):
    """The ETag and the CORS policy read the same origins (allowed_origins):
    an allowed origin gets its own cache entry, every other origin shares one."""
    monkeypatch.setattr(cors, "ALLOWED_ORIGINS", ["https://www.leipzig.de"])
    request = portal.REQUEST
    request.environ["HTTP_ORIGIN"] = "https://www.leipzig.de"
    assert CORSOrigin(portal, request)() == "https://www.leipzig.de"
    assert ReadOnlyCORSPolicy(portal, request).allow_origin == [
        "https://www.leipzig.de"
    ]
    request.environ["HTTP_ORIGIN"] = "https://elsewhere.example"
    assert CORSOrigin(portal, request)() == ""
    monkeypatch.setattr(cors, "ALLOWED_ORIGINS", [])
    request.environ["HTTP_ORIGIN"] = "https://www.leipzig.de"
    assert CORSOrigin(portal, request)() == ""
