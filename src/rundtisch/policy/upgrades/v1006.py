"""1005 -> 1006: the portal's look (CSS bundle, front page, footer)."""

from plone.app.registry.exportimport.handler import RegistryImporter
from plone.registry.interfaces import IRegistry
from zope.component import getUtility


PROFILE_ID = "profile-rundtisch.policy:default"


def import_theme_registry(setup_tool):
    """Import only registry/theme.xml of the default profile.

    Re-running the whole registry step would reset records that site
    administrators may have changed since (topics, retention days, site title).
    """
    # GenericSetup has no public API to import one file of a step.
    context = setup_tool._getImportContext(PROFILE_ID, should_purge=False)
    RegistryImporter(getUtility(IRegistry), context).importDocument(
        context.readDataFile("registry/theme.xml")
    )
