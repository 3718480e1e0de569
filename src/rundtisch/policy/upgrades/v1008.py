"""Upgrade 1007 -> 1008: least privilege for the review groups."""

from rundtisch.policy.groups import ensure_groups


def reset_group_roles(setup_tool):
    """Reviewers and organisers no longer read every draft (no site-wide Reader)."""
    ensure_groups()
