"""Workshops with sign-up for the registration tests."""

from datetime import datetime
from datetime import timedelta
from DateTime import DateTime
from plone import api
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID

import pytest
import re
import requests
import pytz


# plone.app.event stores pytz-aware datetimes (zoneinfo ones do not pickle).
BERLIN = pytz.timezone("Europe/Berlin")


def publish(obj):
    """Put `obj` into ``published`` whatever workflow the type uses.

    The review workflow needs two approvals by two people; these tests are
    about sign-up, so they set the state as the workflow tool would.
    """
    wf_tool = api.portal.get_tool("portal_workflow")
    for workflow_id in wf_tool.getChainFor(obj):
        workflow = wf_tool[workflow_id]
        wf_tool.setStatusOf(
            workflow_id,
            obj,
            {
                workflow.state_var: "published",
                "action": None,
                "actor": "admin",
                "comments": "",
                "time": DateTime(),
            },
        )
        workflow.updateRoleMappingsFor(obj)
    obj.reindexObject()


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
        publish(workshop)
    return workshop


@pytest.fixture
def workshop(portal):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    return make_workshop(portal)


@pytest.fixture
def mailhost(portal):
    mailhost = portal.MailHost
    mailhost.reset()
    return mailhost


@pytest.fixture
def workshop_factory(portal):
    """Create workshops with sign-up; keyword arguments override the fields."""
    setRoles(portal, TEST_USER_ID, ["Manager"])

    def factory(id_="workshop", published=True, **settings):
        return make_workshop(portal, id_=id_, published=published, **settings)

    return factory


AUTHENTICATOR = re.compile(r'name="_authenticator" value="([0-9a-f]+)"')


def signup_data(email, **overrides):
    data = {
        "form.widgets.vorname": "Erika",
        "form.widgets.nachname": "Mustermann",
        "form.widgets.email": email,
        "form.widgets.organisation": "Wohnprojekt Hechtviertel",
        "form.widgets.rolle:list": "Wohnprojekt",
        "form.widgets.rolle-empty-marker": "1",
        "form.widgets.unterstuetzung:list": ["Barrierefreiheit"],
        "form.widgets.unterstuetzung-empty-marker": "1",
        "form.widgets.anmerkungen": "",
        "form.widgets.datenschutz:list": "selected",
        "form.widgets.datenschutz-empty-marker": "1",
        "protected_1": "",
        "form.buttons.submit": "Verbindlich anmelden",
    }
    data.update(overrides)
    return data


def post_signup(form_url, email, session=None, **overrides):
    """Sign up over HTTP like a browser: load the form, post it with its
    CSRF authenticator and the empty honeypot."""
    session = session or requests.Session()
    page = session.get(form_url, timeout=60)
    token = AUTHENTICATOR.search(page.text).group(1)
    data = signup_data(email, **overrides)
    data["_authenticator"] = token
    return session.post(form_url, data=data, timeout=60)


@pytest.fixture
def signup():
    """``signup(form_url, email, session=None, **form_overrides)`` over HTTP."""
    return post_signup


@pytest.fixture
def register(portal):
    """Book a sign-up through the form's action, as a submission would."""
    from rundtisch.policy.registration.actions import registration_action

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
