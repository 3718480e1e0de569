"""One table of departments: who reviews for which, by group or local role."""

from plone import api
from review_helpers import bring_to
from review_helpers import create_item
from review_helpers import transition
from rundtisch.policy.interfaces import IRundtischPolicyLayer
from rundtisch.policy.workflow.departments import DEPARTMENT_BY_TOKEN
from rundtisch.policy.workflow.departments import DEPARTMENTS
from rundtisch.policy.workflow.departments import departments_of
from rundtisch.policy.workflow.departments import reviewers
from zope.interface import alsoProvides

import pytest


SOCIAL = DEPARTMENT_BY_TOKEN["gb_soziales"]


@pytest.fixture
def local_reviewer(portal, users, folder):
    """`lea` reviews for GB Soziales only inside `folder`, by a local role."""
    api.user.create(username="lea", email="lea@example.org", password="x-12345678")
    api.user.grant_roles(username="lea", obj=folder, roles=["SocialReviewer"])
    return api.user.get(userid="lea")


def test_each_department_names_its_transition_role_and_group(portal):
    for department in DEPARTMENTS:
        group = api.group.get(groupname=department.group)
        assert department.role in group.getRoles()
        workflow = api.portal.get_tool("portal_workflow")["rundtisch_review_workflow"]
        guard = workflow.transitions[department.transition].getGuard()
        assert guard.roles == (department.role,)


def test_group_members_review_everywhere(portal, users, document):
    ids = [user.getId() for user in reviewers(SOCIAL, document)]
    assert ids == ["doppelrolle", "pruefung-soziales"]


def test_a_local_role_makes_a_reviewer_below_that_folder_only(
    portal, folder, document, local_reviewer
):
    inside = create_item(folder, title="Im Ordner")
    assert "lea" in [user.getId() for user in reviewers(SOCIAL, inside)]
    assert "lea" not in [user.getId() for user in reviewers(SOCIAL, document)]
    assert departments_of(local_reviewer, inside) == [SOCIAL]
    assert departments_of(local_reviewer, document) == []


def test_blocked_inheritance_stops_a_local_role(portal, folder, local_reviewer):
    sub = create_item(folder, "Folder", title="Abgeschirmt")
    sub.__ac_local_roles_block__ = True
    inside = create_item(sub, title="Dahinter")
    assert "lea" not in [user.getId() for user in reviewers(SOCIAL, inside)]


def test_the_queue_lists_what_a_local_reviewer_may_approve(
    portal, folder, document, local_reviewer
):
    # Reviewed only inside public content (docs/security.md).
    bring_to(folder, "published")
    inside = create_item(folder, title="Im Ordner")
    bring_to(inside, "pending")
    bring_to(document, "pending")
    alsoProvides(portal.REQUEST, IRundtischPolicyLayer)
    with api.env.adopt_user(username="lea"):
        view = portal.restrictedTraverse("@@meine-pruefauftraege")
        html = view()
        titles = [item["title"] for item in view.items]
    assert titles == ["Im Ordner"]
    assert "Leitbild" not in html
    # Approved by lea, it leaves her queue.
    transition(inside, "lea", "approve_social")
    with api.env.adopt_user(username="lea"):
        view = portal.restrictedTraverse("@@meine-pruefauftraege")
        view()
        assert view.items == []
