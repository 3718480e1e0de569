"""`workshop_uids`: the Workshops a Result came from, for "results of this workshop".

The workshop page lists the Results whose `workshops` field points to it and
those kept inside it. Indexed on the Result, both are one catalog query that
returns brains with the list's metadata: no relation-catalog lookup and no
Result woken per page view.
"""

from Acquisition import aq_inner
from Acquisition import aq_parent
from plone.indexer import indexer
from plone.uuid.interfaces import IUUID
from rundtisch.policy.behaviors.result import IResult
from rundtisch.policy.interfaces import IWorkshopContent


@indexer(IResult)
def workshop_uids(obj):
    workshops = [
        relation.to_object
        for relation in obj.workshops or ()
        if not relation.isBroken()
    ]
    workshops.append(aq_parent(aq_inner(obj)))
    return sorted(
        {
            IUUID(workshop)
            for workshop in workshops
            if IWorkshopContent.providedBy(workshop)
        }
    )
