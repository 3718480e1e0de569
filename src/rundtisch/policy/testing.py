"""Test layers: one fixture, with integration and functional layers on top."""

from plone.app.testing import applyProfile
from plone.app.testing import FunctionalTesting
from plone.app.testing import IntegrationTesting
from plone.app.testing import PLONE_FIXTURE
from plone.app.testing import PloneSandboxLayer
from plone.testing.zope import WSGI_SERVER_FIXTURE

import rundtisch.policy


class RundtischPolicyLayer(PloneSandboxLayer):
    """A Plone site with the policy profile installed, as `make start` builds it."""

    defaultBases = (PLONE_FIXTURE,)

    def setUpZope(self, app, configurationContext):
        self.loadZCML(package=rundtisch.policy)

    def setUpPloneSite(self, portal):
        applyProfile(portal, "rundtisch.policy:default")


FIXTURE = RundtischPolicyLayer()

INTEGRATION_TESTING = IntegrationTesting(
    bases=(FIXTURE,),
    name="RundtischPolicyLayer:IntegrationTesting",
)

FUNCTIONAL_TESTING = FunctionalTesting(
    bases=(FIXTURE, WSGI_SERVER_FIXTURE),
    name="RundtischPolicyLayer:FunctionalTesting",
)
