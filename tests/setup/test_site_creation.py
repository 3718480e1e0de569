"""The code behind `make create-site` builds the portal the README promises."""

from plone import api
from plone.base.utils import get_installer
from rundtisch.policy import site as portal_site
from zope.component.hooks import setSite

import pytest


@pytest.fixture
def new_site(app, portal):
    # As in scripts/create_site.py: act as the Zope root's admin.
    portal_site.ensure_admin(app, "test-admin-password")
    site, created = portal_site.create_site(app, "neu")
    yield site, created
    app.manage_delObjects(["neu"])
    setSite(portal)


class TestCreateSite:
    def test_creates_the_site(self, new_site):
        site, created = new_site
        assert created is True
        assert site.getId() == "neu"
        assert site.title == "Runder Tisch Soziales Wohnen Dresden"

    def test_site_is_german_in_berlin_time(self, new_site):
        assert api.portal.get_registry_record("plone.default_language") == "de"
        assert (
            api.portal.get_registry_record("plone.portal_timezone") == "Europe/Berlin"
        )

    def test_policy_and_theme_are_installed(self, new_site):
        site, _ = new_site
        installer = get_installer(site)
        assert installer.is_product_installed("rundtisch.policy")
        record = "plone.app.theming.interfaces.IThemeSettings.currentTheme"
        assert api.portal.get_registry_record(record) == "barceloneta"

    def test_second_call_keeps_the_existing_site(self, app, new_site):
        site, _ = new_site
        with api.env.adopt_roles(["Manager"]):
            api.content.create(container=site, type="Document", id="bleibt")
        again, created = portal_site.create_site(app, "neu")
        assert created is False
        assert "bleibt" in again.objectIds()


class TestAdminAccount:
    def test_sets_the_given_password(self, app):
        portal_site.ensure_admin(app, "geheim-123")
        assert app.acl_users.authenticate("admin", "geheim-123", app.REQUEST)

    def test_default_password_is_logged_as_warning(self, app, caplog):
        portal_site.ensure_admin(app, None)
        assert app.acl_users.authenticate("admin", "admin", app.REQUEST)
        assert "ADMIN_PASSWORD is not set" in caplog.text
