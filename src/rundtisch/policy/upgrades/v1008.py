"""Upgrade 1007 -> 1008: least privilege for the review groups; the sections
in the main menu."""

from rundtisch.policy.groups import ensure_groups
from rundtisch.policy.upgrades.registry_file import import_registry_file


def reset_group_roles(setup_tool):
    """Reviewers and organisers no longer read every draft (no site-wide Reader)."""
    ensure_groups()


def show_sections_in_navigation(setup_tool):
    """Ergebnisse and the Koordinierungsstelle in the main menu."""
    import_registry_file(setup_tool, "registry/navigation.xml")
