"""Base class of the pages: gives their templates the shared snippets."""

from Products.Five import BrowserView
from rundtisch.policy.browser.snippets import SNIPPETS


class PageView(BrowserView):
    snippets = SNIPPETS
