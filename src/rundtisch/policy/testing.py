"""Test layers: one fixture, with integration and functional layers on top."""

from plone.app.testing import applyProfile
from plone.app.testing import FunctionalTesting
from plone.app.testing import IntegrationTesting
from plone.app.testing import PLONE_FIXTURE
from plone.app.testing import PloneSandboxLayer
from plone.testing.zope import WSGI_SERVER_FIXTURE
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


FIXTURE = RundtischPolicyLayer()

INTEGRATION_TESTING = IntegrationTesting(
    bases=(FIXTURE,),
    name="RundtischPolicyLayer:IntegrationTesting",
)

FUNCTIONAL_TESTING = FunctionalTesting(
    bases=(FIXTURE, WSGI_SERVER_FIXTURE),
    name="RundtischPolicyLayer:FunctionalTesting",
)
