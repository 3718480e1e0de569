"""Upcoming workshops: the one catalog query behind the workshop listing,
the front page and the partner embed (docs/design.md §2, §5).

The rule: workshops whose end has not passed yet, the next start first,
optionally of one topic (a `rundtisch.topics` token) and at most `limit`.
The catalog's own permission filter decides what a visitor may see, so
visitors get published workshops only and staff also see drafts and items
in review (the front page marks those, theme/frontpage.py).

`published_only` is the one difference the callers need on purpose: the
partner embed is the same page for everyone inside other sites (and cached
so), so there an editor must not see drafts, items in review or working
copies either. Working copies are in no listing (content/working_copies.py).
"""

from DateTime import DateTime
from plone import api
from rundtisch.policy.content.working_copies import NOT_A_WORKING_COPY


def upcoming_workshops(context=None, topic=None, limit=None, published_only=False):
    """Catalog brains of the workshops still to come (see the module docstring),
    inside `context` if given, else anywhere in the portal."""
    query = {
        "portal_type": "Workshop",
        "end": {"query": DateTime(), "range": "min"},
        "sort_on": "start",
        "sort_order": "ascending",
        "object_provides": NOT_A_WORKING_COPY,
    }
    if context is not None:
        query["path"] = "/".join(context.getPhysicalPath())
    if published_only:
        query["review_state"] = "published"
    if topic:
        query["topics"] = topic
    if limit:
        query["sort_limit"] = limit
    brains = api.portal.get_tool("portal_catalog")(**query)
    return brains[:limit] if limit else brains
