"""Fixes of other packages' code, applied with collective.monkeypatcher where
the package offers no hook (docs/design.md §7): Chameleon compiles one
template at a time (template_cooking.py).
"""
