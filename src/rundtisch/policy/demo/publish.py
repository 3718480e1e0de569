"""All publishing of demo content goes through here, the way editors and
reviewers do it in rundtisch_review_workflow (docs/design.md §3, §6): `redaktion`
submits, the demo reviewers of both departments approve, and the second
approval publishes. The workflow history then shows both reviewers.
"""

from plone import api


APPROVALS = (
    ("pruefung-soziales", "approve_social"),
    ("pruefung-stadtentwicklung", "approve_urban"),
)


def publish(obj):
    """Make `obj` public through the review by both departments."""
    if api.content.get_state(obj) == "published":
        return
    submit(obj)
    for reviewer, transition in APPROVALS:
        with api.env.adopt_user(username=reviewer):
            api.content.transition(obj=obj, transition=transition)


def submit(obj):
    """Leave `obj` waiting for review, as the editors' submission does."""
    if api.content.get_state(obj) != "private":
        return
    with api.env.adopt_user(username="redaktion"):
        api.content.transition(obj=obj, transition="submit")
