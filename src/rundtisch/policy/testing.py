"""Test layers: the policy fixture and the demo fixture on top of it, each with
integration and functional layers."""

from plone.app.testing import applyProfile
from plone.app.testing import FunctionalTesting
from plone.app.testing import IntegrationTesting
from plone.app.testing import PLONE_FIXTURE
from plone.app.testing import PloneSandboxLayer
from plone.testing.zope import WSGI_SERVER_FIXTURE
from Products.CMFCore.indexing import processQueue
from Products.CMFPlone.tests.utils import MockMailHost
from Products.MailHost.interfaces import IMailHost
from zope.component import getSiteManager

import rundtisch.policy


class RundtischPolicyLayer(PloneSandboxLayer):
    """A Plone site with the policy profile installed, as `make start` builds it."""

    defaultBases = (PLONE_FIXTURE,)

    def setUpZope(self, app, configurationContext):
        self.loadZCML(package=rundtisch.policy)

    def setUpPloneSite(self, portal):
        applyProfile(portal, "rundtisch.policy:default")
        install_mock_mailhost(portal)


def install_mock_mailhost(portal):
    """Capture mails in ``portal.MailHost.messages`` instead of sending them."""
    mailhost = MockMailHost("MailHost")
    # The mock records every mail when it is handed over; flag it as a
    # queueing MailHost so send_mail hands mails over at once instead of
    # after a commit (rundtisch.policy.mail).
    mailhost.smtp_queue = True
    portal.MailHost = mailhost
    site_manager = getSiteManager(portal)
    site_manager.unregisterUtility(provided=IMailHost)
    site_manager.registerUtility(mailhost, provided=IMailHost)


class RundtischDemoLayer(PloneSandboxLayer):
    """The policy site plus the demo content of docs/design.md §6."""

    defaultBases = ()

    def setUpPloneSite(self, portal):
        applyProfile(portal, "rundtisch.policy:demo")
        # The layer commits after unsetting the site, when Dexterity no longer
        # finds the behaviours of our types: index the new content now.
        processQueue()


FIXTURE = RundtischPolicyLayer()
DEMO_FIXTURE = RundtischDemoLayer(bases=(FIXTURE,), name="RundtischDemoLayer:Fixture")

INTEGRATION_TESTING = IntegrationTesting(
    bases=(FIXTURE,),
    name="RundtischPolicyLayer:IntegrationTesting",
)

FUNCTIONAL_TESTING = FunctionalTesting(
    bases=(FIXTURE, WSGI_SERVER_FIXTURE),
    name="RundtischPolicyLayer:FunctionalTesting",
)

DEMO_INTEGRATION_TESTING = IntegrationTesting(
    bases=(DEMO_FIXTURE,),
    name="RundtischDemoLayer:IntegrationTesting",
)

DEMO_FUNCTIONAL_TESTING = FunctionalTesting(
    bases=(DEMO_FIXTURE, WSGI_SERVER_FIXTURE),
    name="RundtischDemoLayer:FunctionalTesting",
)
