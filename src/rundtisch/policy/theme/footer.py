"""The footer: who runs the portal and links to the legal pages."""

from plone import api
from Products.Five.browser import BrowserView
from rundtisch.policy.legal.pages import LEGAL_PAGES


class FooterView(BrowserView):
    def legal_links(self):
        """The legal pages the visitor may see, in a fixed order.

        A page still in review is not linked for visitors: they could not
        open it (legal/pages.py).
        """
        portal_path = "/".join(api.portal.get().getPhysicalPath())
        found = {
            brain.getId: brain.getURL()
            for brain in api.content.find(
                path={"query": portal_path, "depth": 1},
                getId=[page_id for page_id, _title, _description in LEGAL_PAGES],
            )
        }
        return [
            {"title": title, "url": found[page_id]}
            for page_id, title, _description in LEGAL_PAGES
            if page_id in found
        ]
