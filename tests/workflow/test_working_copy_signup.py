"""A working copy of a workshop shares the original's sign-up (issue 25):
it never gets an ``anmeldung`` of its own, shows the original's seats, and
the check-in keeps the original's form with its sign-ups."""

from Acquisition import aq_base
from collective.easyform.interfaces import IEasyForm
from datetime import datetime
from datetime import timedelta
from plone import api
from plone.app.iterate.interfaces import ICheckinCheckoutPolicy
from plone.app.iterate.interfaces import IWorkingCopy
from plone.namedfile.file import NamedBlobFile
from review_helpers import bring_to
from review_helpers import create_item
from review_helpers import transition
from rundtisch.policy.interfaces import IRegistrationStatus
from rundtisch.policy.registration.data.saved_data import registration_action
from rundtisch.policy.registration.form.creation import ensure_registration_form
from zope.component import getGlobalSiteManager
from zope.event import notify
from zope.interface import alsoProvides
from zope.interface import noLongerProvides
from zope.lifecycleevent import ObjectModifiedEvent
from zope.lifecycleevent.interfaces import IObjectAddedEvent

import pytest
import pytz


BERLIN = pytz.timezone("Europe/Berlin")


@pytest.fixture
def published_workshop(portal, users):
    folder = bring_to(create_item(portal, "Folder", title="Sektion"), "published")
    start = datetime.now(BERLIN).replace(microsecond=0, second=0) + timedelta(days=14)
    workshop = create_item(
        folder,
        "Workshop",
        title="Workshop 6",
        start=start,
        end=start + timedelta(hours=2),
        registration_enabled=True,
        capacity=3,
    )
    return bring_to(workshop, "published")


def sign_up(workshop, email):
    action = registration_action(workshop["anmeldung"])
    values = {"vorname": "Erika", "nachname": "Muster", "email": email}
    action.onSuccess(dict(values, datenschutz=True), api.portal.get().REQUEST)


def forms_of(workshop, copy=None):
    """Every EasyForm in the site under the workshop or its working copy."""
    paths = ["/".join(workshop.getPhysicalPath())]
    if copy is not None:
        paths.append("/".join(copy.getPhysicalPath()))
    with api.env.adopt_roles(["Manager"]):
        return [
            brain.getPath()
            for brain in api.content.find(portal_type="EasyForm", path=paths)
        ]


def checkout(workshop):
    with api.env.adopt_user(username="redaktion"):
        return ICheckinCheckoutPolicy(workshop).checkout(workshop.__parent__)


def approve_and_check_in(copy):
    transition(copy, "redaktion", "submit")
    transition(copy, "pruefung-soziales", "approve_social", "Passt.")
    transition(copy, "pruefung-stadtentwicklung", "approve_urban", "Passt.")
    with api.env.adopt_user(username="redaktion"):
        return ICheckinCheckoutPolicy(copy).checkin("Ort ergänzt")


def test_working_copy_has_no_form_and_shows_the_originals_seats(published_workshop):
    sign_up(published_workshop, "erika@example.org")
    copy = checkout(published_workshop)
    assert IWorkingCopy.providedBy(copy)
    assert "anmeldung" not in copy.objectIds()
    with api.env.adopt_user(username="redaktion"):
        copy.location = "Rathaus, Plenarsaal"
        notify(ObjectModifiedEvent(copy))
    assert "anmeldung" not in copy.objectIds(), "editing the copy adds no form"
    figures = IRegistrationStatus(copy).as_dict()
    assert figures == IRegistrationStatus(published_workshop).as_dict()
    assert figures["confirmed"] == 1
    assert figures["seats_left"] == 2
    assert forms_of(published_workshop, copy) == [
        "/".join(published_workshop["anmeldung"].getPhysicalPath())
    ]


def test_check_in_keeps_the_originals_form_and_sign_ups(published_workshop):
    sign_up(published_workshop, "erika@example.org")
    sign_up(published_workshop, "max@example.org")
    form = published_workshop["anmeldung"]
    copy = checkout(published_workshop)
    with api.env.adopt_user(username="redaktion"):
        copy.location = "Rathaus, Plenarsaal"
        notify(ObjectModifiedEvent(copy))
    workshop = approve_and_check_in(copy)
    assert workshop.location == "Rathaus, Plenarsaal"
    assert aq_base(workshop["anmeldung"]) is aq_base(form)
    assert IRegistrationStatus(workshop).as_dict()["confirmed"] == 2
    assert forms_of(workshop) == ["/".join(form.getPhysicalPath())]


def test_check_in_of_an_older_copy_drops_its_own_empty_form(published_workshop):
    """Copies made before the fix carry a form of their own."""
    sign_up(published_workshop, "erika@example.org")
    copy = checkout(published_workshop)
    noLongerProvides(copy, IWorkingCopy)
    with api.env.adopt_roles(["Manager"]):
        ensure_registration_form(copy)
    assert "anmeldung" in copy.objectIds()
    alsoProvides(copy, IWorkingCopy)
    workshop = approve_and_check_in(copy)
    assert forms_of(workshop) == ["/".join(workshop["anmeldung"].getPhysicalPath())]
    assert IRegistrationStatus(workshop).as_dict()["confirmed"] == 1


def test_check_in_with_minutes_makes_no_form_in_the_copy(published_workshop):
    """Moving the copy's files into the original modifies the copy; it must
    still count as a working copy then, or it gets a sign-up form of its own
    (over HTTP its catalog entry outlived the copy and broke every search
    that listed it)."""
    copy = checkout(published_workshop)
    copy_path = "/".join(copy.getPhysicalPath())
    with api.env.adopt_user(username="redaktion"):
        api.content.create(
            container=copy,
            type="File",
            id="protokoll",
            title="Protokoll",
            file=NamedBlobFile(b"Protokoll", filename="protokoll.txt"),
        )
    created = []

    def record(form, event):
        created.append("/".join(form.getPhysicalPath()))

    registry = getGlobalSiteManager()
    registry.registerHandler(record, (IEasyForm, IObjectAddedEvent))
    try:
        workshop = approve_and_check_in(copy)
    finally:
        registry.unregisterHandler(record, (IEasyForm, IObjectAddedEvent))
    assert [path for path in created if path.startswith(copy_path)] == []
    assert "protokoll" in workshop.objectIds()
    with api.env.adopt_roles(["Manager"]):
        assert [brain.getPath() for brain in api.content.find(path=copy_path)] == []
    assert forms_of(workshop) == ["/".join(workshop["anmeldung"].getPhysicalPath())]
