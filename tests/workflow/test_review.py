"""The double approval: order-independent, four eyes, reasons, history."""

from AccessControl.PermissionRole import rolesForPermissionOn
from plone import api
from Products.CMFCore.WorkflowCore import WorkflowException
from review_helpers import bring_to
from review_helpers import transition
from rundtisch.policy.workflow.approvals import Approvals

import pytest


WORKFLOW = "rundtisch_review_workflow"


def history_actions(obj):
    return [entry["action"] for entry in obj.workflow_history[WORKFLOW]]


@pytest.mark.parametrize(
    "portal_type",
    [
        "Workshop",
        "Result",
        "CoordinationOffice",
        "Document",
        "News Item",
        "Event",
        "Folder",
    ],
)
def test_reviewed_types_use_the_review_workflow(portal, portal_type):
    chain = api.portal.get_tool("portal_workflow").getChainForPortalType(portal_type)
    assert chain == (WORKFLOW,)


@pytest.mark.parametrize("portal_type", ["Image", "File", "EasyForm"])
def test_attachments_and_forms_follow_their_parent(portal, portal_type):
    chain = api.portal.get_tool("portal_workflow").getChainForPortalType(portal_type)
    assert chain == ()


def test_states_and_transitions_have_german_titles(portal):
    workflow = api.portal.get_tool("portal_workflow")[WORKFLOW]
    assert {s.id: s.title for s in workflow.states.objectValues()} == {
        "private": "Entwurf",
        "pending": "In Prüfung",
        "published": "Veröffentlicht",
    }
    assert workflow.transitions["reject"].title == "Zurückweisen"
    assert workflow.transitions["approve_social"].title == "Freigabe GB Soziales"


def test_submit_makes_it_pending_for_both_departments(document):
    bring_to(document, "pending")
    assert Approvals(document).missing == ["gb_soziales", "gb_stadtentwicklung"]


def test_first_approval_keeps_it_pending(document):
    bring_to(document, "pending")
    transition(document, "pruefung-soziales", "approve_social", "Fachlich ok.")
    assert api.content.get_state(document) == "pending"
    assert Approvals(document).missing == ["gb_stadtentwicklung"]


@pytest.mark.parametrize(
    "first,second",
    [
        (
            ("pruefung-soziales", "approve_social"),
            ("pruefung-stadtentwicklung", "approve_urban"),
        ),
        (
            ("pruefung-stadtentwicklung", "approve_urban"),
            ("pruefung-soziales", "approve_social"),
        ),
    ],
)
def test_second_approval_publishes_in_either_order(document, first, second):
    bring_to(document, "pending")
    transition(document, *first)
    transition(document, *second)
    assert api.content.get_state(document) == "published"
    assert history_actions(document)[-3:] == [first[1], second[1], "publish"]


def test_same_person_cannot_give_both_approvals(document):
    bring_to(document, "pending")
    transition(document, "doppelrolle", "approve_social")
    with api.env.adopt_user(username="doppelrolle"):
        available = [
            t["id"]
            for t in api.portal.get_tool("portal_workflow").getTransitionsFor(document)
        ]
    assert "approve_urban" not in available
    with pytest.raises(WorkflowException):
        transition(document, "doppelrolle", "approve_urban")
    assert api.content.get_state(document) == "pending"


def test_a_department_approves_only_once(document):
    bring_to(document, "pending")
    transition(document, "pruefung-soziales", "approve_social")
    with pytest.raises(WorkflowException):
        transition(document, "pruefung-soziales", "approve_social")


def test_nobody_can_publish_directly(document):
    bring_to(document, "pending")
    for user_id in ("autorin", "siteadmin", "manager"):
        with pytest.raises(WorkflowException):
            transition(document, user_id, "publish")


@pytest.mark.parametrize(
    "user_id,action",
    [("pruefung-soziales", "reject"), ("autorin", "retract")],
)
def test_reject_and_retract_need_a_reason(document, user_id, action):
    bring_to(document, "pending")
    with pytest.raises(WorkflowException, match="Bitte geben Sie eine Begründung an"):
        transition(document, user_id, action, comment="  ")
    assert api.content.get_state(document) == "pending"


@pytest.mark.parametrize(
    "user_id,action",
    [("pruefung-stadtentwicklung", "reject"), ("autorin", "retract")],
)
def test_reject_and_retract_clear_the_approvals(document, user_id, action):
    bring_to(document, "pending")
    transition(document, "pruefung-soziales", "approve_social")
    transition(document, user_id, action, comment="Zahlen fehlen.")
    assert api.content.get_state(document) == "private"
    transition(document, "autorin", "submit")
    assert Approvals(document).missing == ["gb_soziales", "gb_stadtentwicklung"]
    # The earlier approval no longer counts: one more does not publish.
    transition(document, "pruefung-stadtentwicklung", "approve_urban")
    assert api.content.get_state(document) == "pending"


def test_history_records_who_when_and_why(document):
    bring_to(document, "pending")
    transition(document, "pruefung-soziales", "reject", comment="Quelle fehlt.")
    entry = document.workflow_history[WORKFLOW][-1]
    assert entry["action"] == "reject"
    assert entry["actor"] == "pruefung-soziales"
    assert entry["comments"] == "Quelle fehlt."
    assert entry["time"] is not None


def test_published_item_shows_who_approved_it(document):
    bring_to(document, "published")
    approvals = Approvals(document)
    assert approvals.approvers == {"pruefung-soziales", "pruefung-stadtentwicklung"}
    assert approvals.missing == []


def test_retract_unpublishes(document):
    bring_to(document, "published")
    transition(document, "autorin", "retract", comment="Veraltet.")
    assert api.content.get_state(document) == "private"
    assert Approvals(document).approvers == set()


def test_no_unreviewed_attachments_in_published_content(folder):
    def may_add_image(user_id):
        with api.env.adopt_user(username=user_id):
            return api.user.has_permission(
                "plone.app.contenttypes: Add Image", obj=folder
            )

    assert may_add_image("autorin")
    bring_to(folder, "published")
    assert not may_add_image("autorin")
    assert not may_add_image("redaktion")
    assert may_add_image("siteadmin")


def test_image_follows_its_workshop(folder):
    with api.env.adopt_user(username="autorin"):
        image = api.content.create(container=folder, type="Image", title="Foto")
    assert "Anonymous" not in rolesForPermissionOn("View", image)
    bring_to(folder, "published")
    assert "Anonymous" in rolesForPermissionOn("View", image)
