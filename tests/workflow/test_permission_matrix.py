"""Who may view, modify and do what, in each state of the review workflow.

Read a row as: in <state>, these users may view / modify / fire <transition>.
The users are members of the groups as the demo profile creates them; the
item was written by ``autorin`` (Owner, Redaktion).
"""

from plone import api
from review_helpers import bring_to
from review_helpers import create_item
from review_helpers import USERS

import pytest


ANONYMOUS = "anonymous"
EVERYONE = {ANONYMOUS, *USERS}
ADMINS = {"siteadmin", "manager"}
REDAKTION = {"autorin", "redaktion"}
SOCIAL = {"pruefung-soziales", "doppelrolle"}
URBAN = {"pruefung-stadtentwicklung", "doppelrolle"}
# Least privilege: reviewers see what is in review, the organiser only what
# is published; only the Redaktion (and administrators) see drafts.
REVIEWERS = SOCIAL | URBAN

MATRIX = {
    "private": {
        "View": REDAKTION | ADMINS,
        "Modify portal content": REDAKTION | ADMINS,
        "transitions": {"submit": REDAKTION | ADMINS},
    },
    "pending": {
        "View": REDAKTION | ADMINS | REVIEWERS,
        "Modify portal content": ADMINS,
        "transitions": {
            "approve_social": SOCIAL,
            "approve_urban": URBAN,
            "reject": SOCIAL | URBAN | ADMINS,
            "retract": REDAKTION | ADMINS,
        },
    },
    "published": {
        "View": EVERYONE,
        "Modify portal content": ADMINS,
        "transitions": {"retract": REDAKTION | ADMINS},
    },
}

CASES = [(state, user) for state in MATRIX for user in sorted(EVERYONE, key=str.lower)]


def _as(user, function):
    if user == ANONYMOUS:
        with api.env.adopt_roles(["Anonymous"]):
            return function()
    with api.env.adopt_user(username=user):
        return function()


@pytest.fixture
def items(portal, users):
    """One Document in each state, all written by autorin."""
    return {
        state: bring_to(create_item(portal, title=f"Seite {state}"), state)
        for state in MATRIX
    }


def _what_user_may(item, user):
    workflow_tool = api.portal.get_tool("portal_workflow")

    def check():
        return {
            "View": api.user.has_permission("View", obj=item),
            "Modify portal content": api.user.has_permission(
                "Modify portal content", obj=item
            ),
            "transitions": {t["id"] for t in workflow_tool.getTransitionsFor(item)},
        }

    return _as(user, check)


def _expected(state, user):
    row = MATRIX[state]
    return {
        "View": user in row["View"],
        "Modify portal content": user in row["Modify portal content"],
        "transitions": {
            transition
            for transition, allowed in row["transitions"].items()
            if user in allowed
        },
    }


@pytest.mark.parametrize("state,user", CASES)
def test_view_modify_and_transitions_per_state(items, state, user):
    assert _what_user_may(items[state], user) == _expected(state, user)
