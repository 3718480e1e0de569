"""Documentation after the workshop through the review (issues 11, 13): the
Redaktion adds the minutes to a working copy of the published workshop; they
are public only after both approvals and the Redaktion's check-in."""

from plone import api
from plone.app.iterate.interfaces import CheckinException
from plone.app.iterate.interfaces import ICheckinCheckoutPolicy
from plone.namedfile.file import NamedBlobFile
from review_helpers import bring_to
from review_helpers import create_item
from review_helpers import transition

import pytest


@pytest.fixture
def published_workshop(portal, users):
    folder = bring_to(create_item(portal, "Folder", title="Sektion"), "published")
    return bring_to(create_item(folder, "Workshop", title="Workshop 5"), "published")


def anonymous_can_view(obj):
    with api.env.adopt_roles(["Anonymous"]):
        return api.user.has_permission("View", obj=obj)


def test_minutes_go_public_with_the_checked_in_working_copy(published_workshop):
    folder = published_workshop.__parent__
    with api.env.adopt_user(username="redaktion"):
        copy = ICheckinCheckoutPolicy(published_workshop).checkout(folder)
        minutes = api.content.create(
            container=copy,
            type="File",
            id="protokoll",
            title="Protokoll",
            file=NamedBlobFile(b"%PDF-1.4", filename="protokoll.pdf"),
        )
    assert not anonymous_can_view(minutes), "a draft's file is a draft"
    transition(copy, "redaktion", "submit")
    transition(copy, "pruefung-soziales", "approve_social")
    with api.env.adopt_user(username="redaktion"), pytest.raises(CheckinException):
        ICheckinCheckoutPolicy(copy).checkin("")
    transition(copy, "pruefung-stadtentwicklung", "approve_urban")
    with api.env.adopt_user(username="redaktion"):
        workshop = ICheckinCheckoutPolicy(copy).checkin("Protokoll ergänzt")
    assert "protokoll" in workshop.objectIds()
    assert anonymous_can_view(workshop["protokoll"])
    assert api.content.get_state(workshop) == "published"
