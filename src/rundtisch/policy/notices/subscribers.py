"""Send the notices when a Workshop or Result first goes public."""

from rundtisch.policy.notices import storage
from rundtisch.policy.notices.mails import LIST_OF_TYPE
from rundtisch.policy.notices.mails import send_notice
from rundtisch.policy.workflow.publication import is_first_publication


def wants(subscription, list_name, item_topics):
    """A subscriber with topics hears only of items sharing one of them."""
    if list_name not in subscription["lists"]:
        return False
    return not subscription["topics"] or bool(item_topics & set(subscription["topics"]))


def notify_subscribers(obj, event):
    """After the second approval's first ``publish``: one mail per subscriber.

    Later re-publications and working copies are left out by
    `is_first_publication`, the rule that also stamps the publication date.
    """
    if not is_first_publication(obj, event):
        return
    list_name = LIST_OF_TYPE[obj.portal_type]
    item_topics = set(getattr(obj, "topics", None) or ())
    for token, subscription in storage.confirmed():
        if wants(subscription, list_name, item_topics):
            send_notice(obj, list_name, token, subscription)
