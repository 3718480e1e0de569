"""Classic UI: status box, queue page, reason form, sharing page titles."""

from plone import api
from plone.app.workflow.interfaces import ISharingPageRole
from plone.protect.authenticator import createToken
from Products.statusmessages.interfaces import IStatusMessage
from review_helpers import bring_to
from review_helpers import create_item
from review_helpers import transition
from rundtisch.policy.interfaces import IRundtischPolicyLayer
from zope.component import getMultiAdapter
from zope.component import getUtility
from zope.i18n import translate
from zope.interface import alsoProvides

import pytest
import re


@pytest.fixture
def request_(portal):
    request = portal.REQUEST
    alsoProvides(request, IRundtischPolicyLayer)
    return request


def render_status_box(obj, request):
    from plone.app.layout.viewlets.interfaces import IBelowContentTitle
    from zope.viewlet.interfaces import IViewletManager

    view = getMultiAdapter((obj, request), name="view")
    manager = getMultiAdapter(
        (obj, request, view), IViewletManager, name="plone.belowcontenttitle"
    )
    assert IBelowContentTitle.providedBy(manager)
    manager.update()
    return "".join(
        viewlet.render()
        for viewlet in manager.viewlets
        if viewlet.__name__ == "rundtisch.approval-status"
    )


def test_status_box_shows_who_approved_and_what_is_missing(document, request_):
    bring_to(document, "pending")
    transition(document, "pruefung-soziales", "approve_social")
    with api.env.adopt_user(username="redaktion"):
        html = render_status_box(document, request_)
    assert "GB Soziales" in html
    assert "freigegeben am" in html
    assert "Pruefung Soziales" in html  # full name of the approver
    assert "GB Stadtentwicklung" in html
    assert "ausstehend" in html


def test_status_box_is_hidden_from_anonymous(document, request_):
    bring_to(document, "published")
    with api.env.adopt_roles(["Anonymous"]):
        assert render_status_box(document, request_) == ""


def queue_page(login, portal):
    with api.env.adopt_user(username=login):
        return portal.restrictedTraverse("@@meine-pruefauftraege")()


def queue_rows(login, portal):
    """Titles in the queue table, oldest change first."""
    html = queue_page(login, portal)
    assert "Meine Prüfaufträge" in html
    table = html.split("<tbody>")[1].split("</tbody>")[0]
    return re.findall(r'<a href="[^"]*"\s*>([^<]*)</a>', table)


def test_queue_lists_what_waits_for_my_department(portal, document, request_):
    other = create_item(portal, title="Ergebnisbericht")
    bring_to(document, "pending")
    bring_to(other, "pending")
    transition(other, "pruefung-soziales", "approve_social")
    assert queue_rows("pruefung-soziales", portal) == ["Leitbild"]
    assert queue_rows("pruefung-stadtentwicklung", portal) == [
        "Leitbild",
        "Ergebnisbericht",
    ]
    transition(document, "pruefung-soziales", "approve_social")
    assert "Zurzeit wartet nichts" in queue_page("pruefung-soziales", portal)


def test_queue_shows_an_earlier_rejection_and_its_reason(portal, document, request_):
    """Resubmitted: the reviewer sees what was asked for last time (issue 25)."""
    bring_to(document, "pending")
    transition(
        document, "pruefung-stadtentwicklung", "reject", comment="Raum fehlt noch."
    )
    transition(document, "autorin", "submit")
    html = queue_page("pruefung-soziales", portal)
    row = html.split("<tbody>")[1].split("</tbody>")[0]
    assert "Früher zurückgewiesen" in row
    assert "<q>Raum fehlt noch.</q>" in row


def test_queue_action_is_offered_to_reviewers_only(portal, users):
    def user_actions(login):
        with api.env.adopt_user(username=login):
            actions = api.portal.get_tool("portal_actions").listFilteredActionsFor(
                portal
            )
        return [a["id"] for a in actions["user"]]

    assert "review-queue" in user_actions("pruefung-soziales")
    assert "review-queue" not in user_actions("redaktion")


def test_reject_form_refuses_an_empty_reason(document, request_):
    bring_to(document, "pending")
    request_.form.update(
        {
            "workflow_action": "reject",
            "form.widgets.comment": "",
            "form.buttons.button_confirm_transition": "Ausführen",
        }
    )
    with api.env.adopt_user(username="pruefung-soziales"):
        html = document.restrictedTraverse("@@transition-reason")()
    assert "Zurückweisen" in html
    assert api.content.get_state(document) == "pending"


def test_reject_form_rejects_with_the_reason(document, request_):
    bring_to(document, "pending")
    request_.form.update(
        {
            "workflow_action": "reject",
            "form.widgets.comment": "Bitte Quelle ergänzen.",
            "form.buttons.button_confirm_transition": "Ausführen",
        }
    )
    with api.env.adopt_user(username="pruefung-soziales"):
        document.restrictedTraverse("@@transition-reason")()
    assert api.content.get_state(document) == "private"
    # a draft the reviewer may not read: to the queue (issue 25)
    location = request_.response.getHeader("Location")
    assert location.endswith("/@@meine-pruefauftraege"), location
    assert (
        document.workflow_history["rundtisch_review_workflow"][-1]["comments"]
        == "Bitte Quelle ergänzen."
    )


def test_status_menu_reject_without_reason_explains_itself(document, request_):
    """content_status_modify shows the German message and the reason form."""
    bring_to(document, "pending")
    with api.env.adopt_user(username="pruefung-soziales"):
        view = getMultiAdapter((document, request_), name="content_status_modify")
        request_.form["_authenticator"] = createToken()
        view(workflow_action="reject")
    assert api.content.get_state(document) == "pending"
    assert "@@transition-reason?workflow_action=reject" in request_.response.getHeader(
        "Location"
    )
    messages = [m.message for m in IStatusMessage(request_).show()]
    assert any("Begründung" in message for message in messages)


@pytest.mark.parametrize(
    "role,title",
    [
        ("SocialReviewer", "Kann für GB Soziales freigeben"),
        ("UrbanReviewer", "Kann für GB Stadtentwicklung freigeben"),
    ],
)
def test_reviewer_roles_have_german_titles_on_the_sharing_page(portal, role, title):
    assert translate(getUtility(ISharingPageRole, name=role).title) == title
