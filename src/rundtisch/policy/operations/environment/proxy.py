"""The caching proxy (Varnish) from the environment, applied by `make create-site`.

    CACHE_PROXIES   comma-separated URLs of the caching proxies in front of
                    the instances, e.g. http://127.0.0.1:6081 (`make proxy`);
                    empty or "off": no proxy
    (unset)         leave the caching control panel's settings alone

Applied like the mail settings (smtp.py): `make start` runs create-site
before every start, one process writes the registry once. With proxies:

- plone.cachepurging is enabled and knows them: edits, workflow changes,
  moves and deletions of the content types below send PURGE requests
  (plone.app.caching's subscribers), as do sign-ups (caching/purge.py);
- anonymous pages (the rulesets ``plone.content.itemView`` and
  ``plone.content.folderView``) may be kept by the proxy for
  `PAGE_SMAXAGE` seconds: "Moderate caching" with the ETag, RAM cache and
  anonymous-only options those rulesets have without a proxy. Browsers
  still revalidate every time (``max-age=0``), now against the proxy.

Without proxies (``CACHE_PROXIES=off``) purging is switched off and the page
rulesets go back to "Weak caching", the profile's settings.
"""

from plone.app.caching.interfaces import IPloneCacheSettings
from plone.cachepurging.interfaces import ICachePurgingSettings
from plone.registry import FieldRef
from plone.registry import Record
from plone.registry.interfaces import IRegistry
from rundtisch.policy import logger
from zope.component import getUtility


OFF = ("", "0", "off", "no", "false", "none")
# How long the proxy may keep an anonymous page. Changes of the page's own
# content and of a workshop's seats are purged at once; this bounds what no
# purge reaches (navigation, listings of other items) and a page rendered
# while a sign-up committed, whose purge overtook it (docs/operations.md).
PAGE_SMAXAGE = 10
PAGE_RULESETS = ("plone.content.itemView", "plone.content.folderView")
OPERATION_MAPPING = "plone.caching.interfaces.ICacheSettings.operationMapping"
WEAK = "plone.app.caching.weakCaching"
MODERATE = "plone.app.caching.moderateCaching"
# Options of weak caching that moderate caching takes over per ruleset.
CARRIED_OPTIONS = ("etags", "lastModified", "ramCache", "vary", "anonOnly")
# Types whose pages the proxy keeps: purged when they change.
PURGED_TYPES = (
    "Collection",
    "CoordinationOffice",
    "Document",
    "Event",
    "File",
    "Folder",
    "Image",
    "Link",
    "News Item",
    "Result",
    "ResultsFolder",
    "Workshop",
)


def parse_proxies(value):
    if value.strip().lower() in OFF:
        return ()
    return tuple(url.strip().rstrip("/") for url in value.split(",") if url.strip())


def configure_proxy(environ):
    """Apply CACHE_PROXIES in `environ` to the current site's registry.

    Returns the proxies now in use, or None when the variable is unset.
    """
    if "CACHE_PROXIES" not in environ:
        return None
    proxies = parse_proxies(environ["CACHE_PROXIES"])
    registry = getUtility(IRegistry)
    purging = registry.forInterface(ICachePurgingSettings)
    purging.enabled = bool(proxies)
    purging.cachingProxies = proxies
    if proxies:
        plone_settings = registry.forInterface(IPloneCacheSettings)
        known = tuple(plone_settings.purgedContentTypes or ())
        plone_settings.purgedContentTypes = known + tuple(
            name for name in PURGED_TYPES if name not in known
        )
    mapping = dict(registry.get(OPERATION_MAPPING) or {})
    for ruleset in PAGE_RULESETS:
        if proxies:
            for option in CARRIED_OPTIONS:
                # The ruleset's own value, else weak caching's default.
                value = registry.get(
                    f"{WEAK}.{ruleset}.{option}", registry.get(f"{WEAK}.{option}")
                )
                if value is not None:
                    set_option(registry, MODERATE, ruleset, option, value)
            set_option(registry, MODERATE, ruleset, "smaxage", PAGE_SMAXAGE)
            mapping[ruleset] = MODERATE
        elif mapping.get(ruleset) == MODERATE:
            mapping[ruleset] = WEAK
    registry[OPERATION_MAPPING] = mapping
    logger.info(
        "Caching proxy from the environment: %s",
        ", ".join(proxies) if proxies else "none (purging off)",
    )
    return proxies


def set_option(registry, operation, ruleset, option, value):
    """Set plone.app.caching's `option` of `operation` for `ruleset`,
    creating the record (a reference to the operation's own field) if needed."""
    name = f"{operation}.{ruleset}.{option}"
    if name not in registry.records:
        base = registry.records[f"{operation}.{option}"]
        registry.records[name] = Record(FieldRef(base.__name__, base.field))
    registry[name] = value
