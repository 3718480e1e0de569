"""Rules that hold however content is created (add form, REST, scripts)."""

from plone import api
from plone.app.iterate.interfaces import IWorkingCopy
from rundtisch.policy.interfaces import IWorkshopContent
from z3c.relationfield import RelationValue
from z3c.relationfield.event import updateRelations
from zope.component import getUtility
from zope.intid.interfaces import IIntIds


def default_workshop_of_result(result, event):
    """A Result added to a Workshop was produced there, unless the editor said otherwise.

    An event subscriber rather than a default factory: it covers the add
    form, REST POST and api.content.create alike, and the relation lands in
    the relation catalog so the workshop finds its results.
    """
    workshop = event.newParent
    if not IWorkshopContent.providedBy(workshop) or result.workshops:
        return
    result.workshops = [RelationValue(getUtility(IIntIds).getId(workshop))]
    # z3c.relationfield catalogues relations when the Result gets its intid;
    # if that already happened, catalogue the new one now.
    updateRelations(result, event)


def only_one_coordination_office(office, event):
    """The portal describes one Koordinierungsstelle; refuse a second one.

    The type is not globally addable, so editors never see it in an add menu;
    this guards scripts and profiles that create content directly.
    """
    if IWorkingCopy.providedBy(office):
        return  # a working copy of the office (workflow/iterate.py)
    office_path = "/".join(office.getPhysicalPath())
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(portal_type=office.portal_type):
        if brain.getPath() != office_path:
            raise ValueError(
                f"There is already a coordination office at {brain.getPath()}."
            )
