"""Base class of the pages: gives their templates the shared snippets."""

from Products.Five import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile


class PageView(BrowserView):
    snippets = ViewPageTemplateFile("templates/snippets.pt")
