"""The publication date: set once, at the first publication, and kept.

Plone's content_status_modify and plone.restapi's @workflow stamp
`effective` at whatever transition comes first (here: submit), and iterate
copies the working copy's date over the original on check-in. For the portal
the date means "public since": it is set when the second approval first
publishes the item, to the minute (the edit form shows minutes; a value with
seconds would count as changed on every save), and kept after that, also
through a working copy's check-in.
"""

from DateTime import DateTime
from plone.app.iterate.interfaces import IWorkingCopy
from rundtisch.policy import dates
from rundtisch.policy.workflow.approvals import review_history
from rundtisch.policy.workflow.approvals import WORKFLOW_ID


def first_publication_now():
    return DateTime(dates.now().replace(second=0, microsecond=0))


def is_first_publication(obj, event):
    """Did this transition make `obj` public for the first time?

    Only the second approval's automatic ``publish`` of the original counts:
    not a re-publication after a retract, not a working copy (which never
    publishes itself; its check-in fires no transition of the original).
    """
    if event.workflow.getId() != WORKFLOW_ID or event.transition is None:
        return False
    if event.transition.getId() != "publish" or IWorkingCopy.providedBy(obj):
        return False
    publications = [e for e in review_history(obj) if e.get("action") == "publish"]
    return len(publications) == 1  # this one


def set_effective_on_first_publication(obj, event):
    if is_first_publication(obj, event):
        obj.setEffectiveDate(first_publication_now())
        obj.reindexObject(idxs=["effective", "effectiveRange"])


def keep_effective_of_original(working_copy, event):
    """Before iterate copies the working copy's fields over the original."""
    working_copy.effective_date = event.baseline.effective_date
