"""Upgrade 1008 -> 1009: the legal pages, the visitors' light bundles, the
feeds, the partner embed's caching rule."""

from rundtisch.policy.legal.pages import ensure_legal_pages
from rundtisch.policy.upgrades.registry_file import import_registry_file


def create_legal_pages(setup_tool):
    """Impressum, Datenschutz, Barrierefreiheit and Leichte Sprache as drafts."""
    ensure_legal_pages()


def import_bundles_and_feeds(setup_tool):
    """The visitors' light bundles and the feeds' syndication settings."""
    import_registry_file(setup_tool, "registry/bundles.xml")
    import_registry_file(setup_tool, "registry/syndication.xml")


def cache_partner_embed(setup_tool):
    """The partner embed reused for 60 seconds (the caching profile's embed.xml)."""
    import_registry_file(setup_tool, "registry/embed.xml", "rundtisch.policy:caching")
