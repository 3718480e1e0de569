"""Catalog data of the review: which departments still have to approve."""

from plone.indexer import indexer
from Products.CMFCore.interfaces import IContentish
from rundtisch.policy.workflow.approvals import Approvals


@indexer(IContentish)
def pending_departments(obj):
    """Department tokens whose approval is missing while `obj` is pending.

    Empty outside review, so a department's queue is the query
    ``review_state="pending", pending_departments=<token>``.
    """
    return Approvals(obj).missing


def reindex_after_transition(obj, event):
    # DCWorkflow reindexes only its own catalog variables (review_state).
    obj.reindexObject(idxs=["pending_departments"])
