"""CACHE_PROXIES from the environment: purging, proxy caching of pages and
the paths purged for a workshop's seats (operations/environment/proxy.py,
caching/purge.py)."""

from plone import api
from plone.cachepurging.hooks import KEY
from plone.cachepurging.interfaces import ICachePurgingSettings
from plone.cachepurging.utils import getPathsToPurge
from plone.registry.interfaces import IRegistry
from rundtisch.policy import site as portal_site
from rundtisch.policy.caching.purge import purge_seat_counts
from rundtisch.policy.operations.environment.proxy import configure_proxy
from rundtisch.policy.operations.environment.proxy import MODERATE
from rundtisch.policy.operations.environment.proxy import OPERATION_MAPPING
from rundtisch.policy.operations.environment.proxy import PAGE_SMAXAGE
from rundtisch.policy.operations.environment.proxy import WEAK
from zope.annotation.interfaces import IAnnotations
from zope.component import getUtility
from zope.globalrequest import getRequest


PROXY = "http://127.0.0.1:6081"


def purging():
    return getUtility(IRegistry).forInterface(ICachePurgingSettings)


def page_operation(ruleset="plone.content.itemView"):
    return api.portal.get_registry_record(OPERATION_MAPPING)[ruleset]


def test_unset_leaves_the_control_panel_alone(portal):
    assert configure_proxy({}) is None
    assert page_operation() == WEAK


def test_proxies_enable_purging_and_proxy_caching_of_pages(portal):
    assert configure_proxy({"CACHE_PROXIES": f"{PROXY}/, http://10.0.0.2:6081"}) == (
        PROXY,
        "http://10.0.0.2:6081",
    )
    assert purging().enabled is True
    assert purging().cachingProxies == (PROXY, "http://10.0.0.2:6081")
    purged = api.portal.get_registry_record(
        "plone.app.caching.interfaces.IPloneCacheSettings.purgedContentTypes"
    )
    assert {"Workshop", "Result", "Document", "File"} <= set(purged)
    for ruleset in ("plone.content.itemView", "plone.content.folderView"):
        assert page_operation(ruleset) == MODERATE
        record = f"{MODERATE}.{ruleset}"
        assert api.portal.get_registry_record(f"{record}.smaxage") == PAGE_SMAXAGE
        # What the page rules have without a proxy carries over.
        assert api.portal.get_registry_record(f"{record}.anonOnly") is True
        assert api.portal.get_registry_record(f"{record}.ramCache") is True
        assert "catalogCounter" in api.portal.get_registry_record(f"{record}.etags")


def test_off_disables_purging_and_restores_weak_caching(portal):
    configure_proxy({"CACHE_PROXIES": PROXY})
    assert configure_proxy({"CACHE_PROXIES": "off"}) == ()
    assert purging().enabled is False
    assert purging().cachingProxies == ()
    assert page_operation() == WEAK
    assert page_operation("plone.content.folderView") == WEAK


def test_create_site_applies_them_to_an_existing_site(app, portal):
    portal_site.ensure_admin(app, "test-admin-password")
    portal_site.create_site(app, portal.getId(), environ={"CACHE_PROXIES": PROXY})
    assert purging().cachingProxies == (PROXY,)


def workshop(portal):
    with api.env.adopt_roles(["Manager"]):
        return api.content.create(
            container=portal, type="Workshop", id="w", title="Workshop"
        )


def test_paths_of_a_workshop_include_the_partner_embed(portal):
    paths = set(getPathsToPurge(workshop(portal), getRequest()))
    assert {
        "/plone/w",
        "/plone/w/",
        "/plone/w/view",
        "/plone/naechste-veranstaltungen",
        "/plone/@@naechste-veranstaltungen",
    } <= paths


def test_seat_changes_queue_a_purge_only_with_proxies(portal):
    item = workshop(portal)
    annotations = IAnnotations(getRequest())
    annotations.pop(KEY, None)  # what creating the workshop queued
    configure_proxy({"CACHE_PROXIES": "off"})
    purge_seat_counts(item)
    assert KEY not in annotations
    configure_proxy({"CACHE_PROXIES": PROXY})
    purge_seat_counts(item)
    assert "/plone/w" in annotations[KEY]
