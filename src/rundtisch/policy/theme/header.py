"""The header shows the round table's name next to the logo, not only an image."""

from plone import api
from plone.app.layout.viewlets.common import LogoViewlet
from plone.app.layout.viewlets.common import SearchBoxViewlet as PloneSearchBoxViewlet
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile


OWN_LOGO = "++plone++rundtisch.policy/logo.svg"


class SiteNameViewlet(LogoViewlet):
    """Plone's logo viewlet with the site title and a subtitle as text.

    A logo uploaded in the site control panel wins over our emblem; the site
    title comes from the same registry record as Plone's own viewlet.
    """

    index = ViewPageTemplateFile("templates/header.pt")

    def update(self):
        super().update()
        if not api.portal.get_registry_record("plone.site_logo", default=None):
            self.img_src = f"{self.portal_state.portal_url()}/{OWN_LOGO}"


class SearchBoxViewlet(PloneSearchBoxViewlet):
    """The header's search box; live search only where its script is loaded.

    Visitors get the light bundle without Plone's pattern scripts (docs/design.md
    §7), so for them the box is a plain form to the search page instead of
    promising suggestions that never come.
    """

    def update(self):
        super().update()
        if api.user.is_anonymous():
            self.livesearch = False
