"""Workshops with sign-up for the registration tests."""

from datetime import datetime
from datetime import timedelta
from plone import api
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID
from rundtisch.policy.testing import force_published
from signup_http import post_signup

import pytest
import pytz


# plone.app.event stores pytz-aware datetimes (zoneinfo ones do not pickle).
BERLIN = pytz.timezone("Europe/Berlin")


def ensure_workshop_workflow():
    """The bare test fixture has no default workflow; the site has one."""
    wf_tool = api.portal.get_tool("portal_workflow")
    if not wf_tool.getChainForPortalType("Workshop"):
        wf_tool.setChainForPortalTypes(("Workshop",), "simple_publication_workflow")


def make_workshop(container, id_="workshop", published=True, **settings):
    now = datetime.now(BERLIN).replace(microsecond=0, second=0)
    values = {
        "title": "Workshop 4: Gemeinschaftlich wohnen",
        "start": now + timedelta(days=14),
        "end": now + timedelta(days=14, hours=3),
        "location": "Rathaus Dresden, Festsaal",
        "contact_email": "kontakt@example.org",
        "registration_enabled": True,
        "capacity": 2,
        "waitlist_enabled": True,
    }
    values.update(settings)
    ensure_workshop_workflow()
    with api.env.adopt_roles(["Manager"]):
        workshop = api.content.create(
            container=container, type="Workshop", id=id_, **values
        )
    if published:
        force_published(workshop)
    return workshop


@pytest.fixture
def workshop(portal):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    return make_workshop(portal)


@pytest.fixture
def mailhost(portal):
    """The MailHost `send_mail` uses (the tool lookup, as in the code)."""
    mailhost = api.portal.get_tool("MailHost")
    mailhost.reset()
    return mailhost


@pytest.fixture
def workshop_factory(portal):
    """Create workshops with sign-up; keyword arguments override the fields."""
    setRoles(portal, TEST_USER_ID, ["Manager"])

    def factory(id_="workshop", published=True, **settings):
        return make_workshop(portal, id_=id_, published=published, **settings)

    return factory


@pytest.fixture
def signup():
    """``signup(form_url, email, session=None, **form_overrides)`` over HTTP."""
    return post_signup


@pytest.fixture
def register(portal):
    """Book a sign-up through the form's action, as a submission would."""
    from rundtisch.policy.registration.data.saved_data import registration_action

    def register(workshop, email, **fields):
        values = {
            "vorname": "Erika",
            "nachname": "Mustermann",
            "email": email,
            "datenschutz": True,
        }
        values.update(fields)
        action = registration_action(workshop["anmeldung"])
        return action.onSuccess(values, portal.REQUEST)

    return register
