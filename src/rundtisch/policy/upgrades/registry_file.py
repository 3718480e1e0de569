"""Import one file of a profile's `registry/` folder."""

from plone.app.registry.exportimport.handler import RegistryImporter
from plone.registry.interfaces import IRegistry
from Products.GenericSetup.context import DirectoryImportContext
from zope.component import getUtility

import importlib
import os


PROFILE_ID = "rundtisch.policy:default"


def import_registry_file(setup_tool, filename, profile_id=PROFILE_ID):
    """Import `filename` (e.g. "registry/theme.xml") of `profile_id`.

    Re-running the whole registry step would reset records that site
    administrators may have changed since (topics, retention days, site
    title, HTTP caching switched off).
    GenericSetup's API imports whole steps only, so this reads the one file
    from the profile's folder (not purging, like any extension profile).
    """
    info = setup_tool.getProfileInfo(profile_id)
    package = importlib.import_module(info["product"])
    profile_path = os.path.join(os.path.dirname(package.__file__), info["path"])
    profile = DirectoryImportContext(setup_tool, profile_path)
    RegistryImporter(getUtility(IRegistry), profile).importDocument(
        profile.readDataFile(filename)
    )
