"""Test layers: the policy fixture and the demo fixture on top of it, each with
integration and functional layers; and what tests and benchmarks share to
set up content."""

from DateTime import DateTime
from plone import api
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
        # The instance loads it through plone.autoinclude; loaded on its own,
        # its registrations replace those they override.
        self.loadZCML("overrides.zcml", package=rundtisch.policy)

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


def integration_and_functional(fixture, name):
    """The integration layer and the functional layer (served by a real WSGI
    server) on `fixture`."""
    return (
        IntegrationTesting(bases=(fixture,), name=f"{name}:IntegrationTesting"),
        FunctionalTesting(
            bases=(fixture, WSGI_SERVER_FIXTURE), name=f"{name}:FunctionalTesting"
        ),
    )


INTEGRATION_TESTING, FUNCTIONAL_TESTING = integration_and_functional(
    FIXTURE, "RundtischPolicyLayer"
)
DEMO_INTEGRATION_TESTING, DEMO_FUNCTIONAL_TESTING = integration_and_functional(
    DEMO_FIXTURE, "RundtischDemoLayer"
)


def force_published(obj):
    """Put `obj` into ``published`` whatever workflow its type uses, as the
    workflow tool would: the review's two approvals by two people
    (rundtisch.policy.demo.publish) are not what the callers test or measure."""
    wf_tool = api.portal.get_tool("portal_workflow")
    for workflow_id in wf_tool.getChainFor(obj):
        workflow = wf_tool[workflow_id]
        wf_tool.setStatusOf(
            workflow_id,
            obj,
            {
                workflow.state_var: "published",
                "action": None,
                "actor": "admin",
                "comments": "",
                "time": DateTime(),
            },
        )
        workflow.updateRoleMappingsFor(obj)
    obj.reindexObject()
