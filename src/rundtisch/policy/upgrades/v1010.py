"""1009 -> 1010: EasyForm's editor stylesheet for logged-in users only."""

from rundtisch.policy.upgrades.registry_file import import_registry_file


def import_bundles(setup_tool):
    import_registry_file(setup_tool, "registry/bundles.xml")
