"""Nothing public without both approvals: every type that can be added
anywhere is reviewed itself, or can only be added inside reviewed content
(whose state it follows). Walks the FTIs, so a type added later is covered.
"""

from plone import api
from plone.dexterity.utils import resolveDottedName
from Products.CMFCore.interfaces import IFolderish
from rundtisch.policy.workflow.approvals import WORKFLOW_ID


def reviewed(type_id):
    workflow_tool = api.portal.get_tool("portal_workflow")
    return WORKFLOW_ID in workflow_tool.getChainForPortalType(type_id)


def container_ftis():
    for fti in api.portal.get_tool("portal_types").objectValues():
        klass = getattr(fti, "klass", None)
        if klass and IFolderish.implementedBy(resolveDottedName(klass)):
            yield fti


def test_every_type_addable_anywhere_is_reviewed_or_inside_reviewed_content(portal):
    type_ids = api.portal.get_tool("portal_types").objectIds()
    containers = list(container_ftis())
    assert {"Plone Site", "Folder", "Workshop", "ResultsFolder"} <= {
        fti.getId() for fti in containers
    }
    side_doors = [
        (fti.getId(), type_id)
        for fti in containers
        for type_id in type_ids
        if fti.allowType(type_id)
        and not reviewed(type_id)
        and not reviewed(fti.getId())
    ]
    assert side_doors == []


def test_files_images_and_forms_have_no_own_life(portal):
    """They follow their container; the site root (unreviewed) takes none."""
    site = api.portal.get_tool("portal_types")["Plone Site"]
    for type_id in ("File", "Image", "EasyForm"):
        assert not reviewed(type_id)
        assert not site.allowType(type_id)
    assert api.portal.get_tool("portal_types")["EasyForm"].globalAllow() is False
