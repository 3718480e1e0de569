"""The default profile installs the policy and everything it builds on."""

from rundtisch.policy.interfaces import IRundtischPolicyLayer

import pytest


DEPENDENCIES = [
    "plone.restapi",
    "plone.app.event",
    "plone.app.iterate",
    "collective.easyform",
]


class TestInstall:
    def test_policy_installed(self, installer, package_name):
        assert installer.is_product_installed(package_name) is True

    @pytest.mark.parametrize("dependency", DEPENDENCIES)
    def test_dependency_installed(self, installer, dependency):
        assert installer.is_product_installed(dependency) is True

    def test_browserlayer_registered(self, browser_layers):
        assert IRundtischPolicyLayer in browser_layers

    def test_barceloneta_is_the_active_theme(self, portal):
        from plone import api

        prefix = "plone.app.theming.interfaces.IThemeSettings"
        assert api.portal.get_registry_record(f"{prefix}.enabled") is True
        assert api.portal.get_registry_record(f"{prefix}.currentTheme") == "barceloneta"

    def test_pages_on_localhost_are_themed(self, portal):
        """plone.app.theming skips 127.0.0.1 unless the policy clears the list."""
        from plone import api

        record = "plone.app.theming.interfaces.IThemeSettings.hostnameBlacklist"
        assert api.portal.get_registry_record(record) == []

    def test_site_speaks_german_in_berlin_time(self, portal):
        from plone import api

        assert api.portal.get_registry_record("plone.default_language") == "de"
        assert (
            api.portal.get_registry_record("plone.portal_timezone") == "Europe/Berlin"
        )


class TestUninstall:
    @pytest.fixture(autouse=True)
    def uninstalled(self, installer, package_name):
        installer.uninstall_product(package_name)

    def test_policy_uninstalled(self, installer, package_name):
        assert installer.is_product_installed(package_name) is False

    def test_browserlayer_removed(self, browser_layers):
        assert IRundtischPolicyLayer not in browser_layers
