"""1005 -> 1006: the portal's look (CSS bundle, front page, footer)."""

from rundtisch.policy.upgrades.registry_file import import_registry_file


def import_theme_registry(setup_tool):
    import_registry_file(setup_tool, "registry/theme.xml")
