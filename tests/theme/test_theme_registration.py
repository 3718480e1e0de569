"""The look is registered the Plone 6 way: a CSS bundle, header, footer, front page."""

from plone import api
from rundtisch.policy.interfaces import IRundtischPolicyLayer
from zope.interface import alsoProvides

import pytest
import re
import requests


BUNDLE = "plone.bundles/rundtisch-theme"


@pytest.fixture
def layer_request(portal):
    request = portal.REQUEST
    alsoProvides(request, IRundtischPolicyLayer)
    return request


class TestBundle:
    def test_bundle_is_enabled_after_the_theme(self, portal):
        assert api.portal.get_registry_record(f"{BUNDLE}.enabled") is True
        assert api.portal.get_registry_record(f"{BUNDLE}.depends") == "all"


class TestFrontPageLayout:
    def test_site_root_shows_the_front_page(self, portal):
        assert portal.getLayout() == "rundtisch-startseite"

    def test_front_page_is_a_selectable_view_of_the_site(self, portal):
        fti = api.portal.get_tool("portal_types")["Plone Site"]
        assert "rundtisch-startseite" in fti.view_methods


class TestHeaderAndFooter:
    def test_header_shows_site_title_and_subtitle(self, portal, layer_request):
        html = portal.restrictedTraverse("@@rundtisch-startseite")()
        assert re.search(
            r'class="rt-site-title"\s*>Runder Tisch Soziales Wohnen Dresden<', html
        )
        assert "Gemeinsam für gemeinschaftliches Wohnen in Dresden" in html
        assert "++plone++rundtisch.policy/logo.svg" in html

    def test_footer_links_only_existing_legal_pages(self, manager, layer_request):
        portal = manager
        api.content.delete(
            objects=[portal[i] for i in ("datenschutz", "barrierefreiheit")]
        )
        footer = portal.restrictedTraverse("@@footer")
        links = [link["url"] for link in footer.legal_links()]
        assert links == [
            f"{portal.absolute_url()}/impressum",
            f"{portal.absolute_url()}/leichte-sprache",
        ]

    def test_footer_has_no_plone_colophon(self, portal):
        from plone.portlets.interfaces import IPortletAssignmentMapping
        from plone.portlets.interfaces import IPortletManager
        from zope.component import getMultiAdapter
        from zope.component import getUtility

        manager = getUtility(IPortletManager, name="plone.footerportlets")
        mapping = getMultiAdapter((portal, manager), IPortletAssignmentMapping)
        assert "colophon" not in mapping
        assert "footer" in mapping


def test_anonymous_front_page_is_styled_german_and_without_plone_credits(
    functional_portal,
):
    response = requests.get(functional_portal.absolute_url(), timeout=30)
    assert response.status_code == 200
    html = response.text
    assert "++plone++rundtisch.policy/rundtisch.css" in html
    assert "Nächste Veranstaltungen" in html
    assert "Powered by Plone" not in html
    assert "Plone Foundation" not in html


def test_bundle_css_is_served_to_visitors(functional_portal):
    path = api.portal.get_registry_record(f"{BUNDLE}.csscompilation")
    response = requests.get(f"{functional_portal.absolute_url()}/{path}", timeout=30)
    assert response.status_code == 200
    assert "--bs-primary: var(--rt-primary)" in response.text
