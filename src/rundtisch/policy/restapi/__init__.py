"""REST additions for other city sites (DESIGN.md §5), one sub-package per concern."""
