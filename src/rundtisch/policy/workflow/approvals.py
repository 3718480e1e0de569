"""Who has approved: derived from the workflow history, never stored twice.

The review round is everything after the most recent ``submit``. Reject and
retract return the item to ``private``, which closes the round, so earlier
approvals stop counting without anything having to be cleared.
"""

from plone.app.iterate.interfaces import IWorkingCopy
from rundtisch.policy.workflow.departments import DEPARTMENTS


WORKFLOW_ID = "rundtisch_review_workflow"


def review_history(obj):
    """The raw history of our workflow (read without a permission check)."""
    return tuple(getattr(obj, "workflow_history", {}).get(WORKFLOW_ID, ()))


def current_round(obj):
    """History entries since the latest submit, or () if no round is open.

    A round is open while the item is pending and stays visible once it is
    published: the entries then say who approved the published version.
    """
    history = review_history(obj)
    if not history or history[-1].get("review_state") == "private":
        return ()
    for index in range(len(history) - 1, -1, -1):
        if history[index].get("action") == "submit":
            return history[index + 1 :]
    return ()


class Approvals:
    """The approvals of `obj` in the current review round."""

    def __init__(self, obj):
        self.context = obj
        round_entries = current_round(obj)
        self.by_department = {}
        for department in DEPARTMENTS:
            entries = [e for e in round_entries if e["action"] == department.transition]
            self.by_department[department.token] = entries[0] if entries else None

    @property
    def state(self):
        history = review_history(self.context)
        return history[-1]["review_state"] if history else None

    @property
    def approvers(self):
        return {entry["actor"] for entry in self.by_department.values() if entry}

    @property
    def missing(self):
        """Department tokens whose approval is still missing while pending."""
        if self.state != "pending":
            return []
        return [token for token, entry in self.by_department.items() if not entry]

    @property
    def complete(self):
        """Both departments approved, and by two different people."""
        entries = list(self.by_department.values())
        return all(entries) and len(self.approvers) == len(entries)

    def may_approve(self, token, user_id):
        return (
            self.state == "pending"
            and self.by_department[token] is None
            and user_id not in self.approvers
        )

    @property
    def ready_to_publish(self):
        # A working copy never goes public itself: once complete it waits,
        # pending, for its check-in into the published original.
        return (
            self.state == "pending"
            and self.complete
            and not IWorkingCopy.providedBy(self.context)
        )

    @property
    def ready_to_check_in(self):
        return (
            self.state == "pending"
            and self.complete
            and IWorkingCopy.providedBy(self.context)
        )
