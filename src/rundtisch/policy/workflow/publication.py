"""The publication date: set once, at the first publication, and kept.

Plone's content_status_modify stamps `effective` at whatever transition comes
first (here: submit) and iterate copies the working copy's date over the
original on check-in. For the portal the date means "public since", so it is
set when the second approval publishes, to the minute (the edit form shows
minutes; a value with seconds would count as changed on every save), and a
check-in keeps the original's.
"""

from DateTime import DateTime
from plone.app.iterate.interfaces import IWorkingCopy
from rundtisch.policy import dates
from rundtisch.policy.workflow.approvals import WORKFLOW_ID


def first_publication_now():
    return DateTime(dates.now().replace(second=0, microsecond=0))


def set_effective_on_first_publication(obj, event):
    if event.workflow.getId() != WORKFLOW_ID or event.transition is None:
        return
    if event.transition.getId() != "publish" or IWorkingCopy.providedBy(obj):
        return
    if obj.EffectiveDate() == "None":
        obj.setEffectiveDate(first_publication_now())
        obj.reindexObject(idxs=["effective", "effectiveRange"])


def keep_effective_of_original(working_copy, event):
    """Before iterate copies the working copy's fields over the original."""
    working_copy.effective_date = event.baseline.effective_date
