"""The footer: who runs the portal and links to the legal pages."""

from plone import api
from Products.Five.browser import BrowserView
from rundtisch.policy import _


# Pages at the site root that the footer links to once they exist (the demo
# profile creates them; an operator replaces their text).
LEGAL_PAGES = (
    ("impressum", _("footer_imprint", default="Impressum")),
    ("datenschutz", _("footer_privacy", default="Datenschutz")),
    ("barrierefreiheit", _("footer_accessibility", default="Barrierefreiheit")),
)


class FooterView(BrowserView):
    def legal_links(self):
        """The legal pages the visitor may see, in a fixed order."""
        portal_path = "/".join(api.portal.get().getPhysicalPath())
        found = {
            brain.getId: brain.getURL()
            for brain in api.content.find(
                path={"query": portal_path, "depth": 1},
                getId=[page_id for page_id, _title in LEGAL_PAGES],
            )
        }
        return [
            {"title": title, "url": found[page_id]}
            for page_id, title in LEGAL_PAGES
            if page_id in found
        ]
