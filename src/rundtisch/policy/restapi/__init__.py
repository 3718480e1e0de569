"""REST additions of the portal, one sub-package per concern."""
