"""The REST ruleset's ETag components (caching/etags.py) are registered under
the names the caching profile lists."""

from plone.app.caching.interfaces import IETagValue
from rundtisch.policy.caching.etags import CatalogCounterAndRegistration
from rundtisch.policy.caching.etags import CORSOrigin
from rundtisch.policy.interfaces import IRundtischPolicyLayer
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
