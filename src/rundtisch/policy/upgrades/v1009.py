"""Upgrade 1008 -> 1009: the legal pages for the editors to complete."""

from rundtisch.policy.legal.pages import ensure_legal_pages


def create_legal_pages(setup_tool):
    """Impressum, Datenschutz, Barrierefreiheit and Leichte Sprache as drafts."""
    ensure_legal_pages()
