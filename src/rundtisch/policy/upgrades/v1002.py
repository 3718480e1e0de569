"""1001 -> 1002: review by two departments (docs/design.md §3)."""

from plone import api
from plone.app.workflow.remap import remap_workflow
from rundtisch.policy import logger


PROFILE = "profile-rundtisch.policy:default"
STEPS = ("rolemap", "catalog", "actions", "workflow")

# Old state -> new state. Public content stays public and content under
# review stays under review (now waiting for both departments); anything
# else (drafts, internal or unknown states) becomes a draft.
STATE_MAP = {
    "published": "published",
    "pending": "pending",
}


def _chains(workflow_tool):
    return {
        type_id: tuple(workflow_tool.getChainForPortalType(type_id))
        for type_id in api.portal.get_tool("portal_types").objectIds()
    }


def upgrade(setup_tool):
    workflow_tool = api.portal.get_tool("portal_workflow")
    old_chains = _chains(workflow_tool)
    for step in STEPS:
        setup_tool.runImportStepFromProfile(PROFILE, step)
    new_chains = _chains(workflow_tool)
    changed = {}
    for type_id, chain in new_chains.items():
        if chain != old_chains[type_id]:
            changed.setdefault(chain, []).append(type_id)
    # remap_workflow (what Plone's Types control panel uses) carries each
    # item's state over from the chain it finds bound, so bind the old one
    # again for the moment.
    for chain, type_ids in changed.items():
        for type_id in type_ids:
            workflow_tool.setChainForPortalTypes([type_id], old_chains[type_id])
        count = remap_workflow(api.portal.get(), type_ids, chain, state_map=STATE_MAP)
        logger.info("Mapped %d items of %s to %s.", count, type_ids, chain)
    workflow_tool.updateRoleMappings()
    api.portal.get_tool("portal_catalog").reindexIndex("pending_departments", None)
