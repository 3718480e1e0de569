"""1000 -> 1001: the content model is complete (issue 3).

New: the ResultsFolder type, the views named in the FTIs, the catalog
indexes and metadata of our fields, the permission to add a ResultsFolder.
"""

from plone import api
from rundtisch.policy import logger


PROFILE = "profile-rundtisch.policy:default"
NEW_INDEXES = (
    "topics",
    "result_kind",
    "result_status",
    "event_format",
    "series_number",
    "departments",
)
OUR_TYPES = ("Workshop", "Result", "CoordinationOffice")


def upgrade(setup_tool):
    for step in ("rolemap", "typeinfo", "catalog"):
        setup_tool.runImportStepFromProfile(PROFILE, step, run_dependencies=False)
    catalog = api.portal.get_tool("portal_catalog")
    # The catalog step adds indexes and columns but fills neither; only our
    # types have values for them.
    for brain in catalog.unrestrictedSearchResults(portal_type=OUR_TYPES):
        brain._unrestrictedGetObject().reindexObject(idxs=list(NEW_INDEXES))
    logger.info("Upgraded rundtisch.policy to 1001: types, catalog, rolemap.")
