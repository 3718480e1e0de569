"""The workshop page's body is rendered once for many visitors, and never
shows them anything out of date: over the real WSGI server, demo site."""

from plone import api
from rundtisch.policy.browser.workshop_view import WorkshopView
from rundtisch.policy.demo.publish import publish
from rundtisch.policy.demo.users import DEFAULT_PASSWORD
from signup_http import post_signup

import pytest
import re
import requests
import transaction


WORKSHOP = "veranstaltungen/workshop-4"
SEATS = re.compile(r"Freie Plätze:\s*<strong>(\d+)</strong>")


@pytest.fixture
def portal(demo_functional_portal):
    """The demo site without plone.app.caching, whose RAM cache of whole
    anonymous pages would otherwise answer before the page renders."""
    api.portal.set_registry_record(
        "plone.caching.interfaces.ICacheSettings.enabled", False
    )
    transaction.commit()
    return demo_functional_portal


@pytest.fixture
def renders(monkeypatch):
    """How often the body was rendered (each render asks for the date once)."""
    calls = []
    when = WorkshopView.when

    def counting_when(view):
        calls.append(view.context.getId())
        return when(view)

    monkeypatch.setattr(WorkshopView, "when", counting_when)
    return calls


def page(portal, **kwargs):
    response = requests.get(f"{portal.absolute_url()}/{WORKSHOP}", timeout=60, **kwargs)
    assert response.status_code == 200
    return response.text


def seats(html):
    return int(SEATS.search(html).group(1))


def test_visitors_share_one_render(portal, renders):
    first = page(portal)
    second = page(portal)
    assert renders == ["workshop-4"]
    assert seats(first) == seats(second) == 30


def test_a_sign_up_changes_the_seats_the_next_visitor_sees(portal, renders):
    assert seats(page(portal)) == 30
    response = post_signup(
        f"{portal.absolute_url()}/{WORKSHOP}/anmeldung", "erika@example.org"
    )
    assert "Sie sind angemeldet" in response.text
    assert seats(page(portal)) == 29
    assert len(renders) == 2


def test_a_result_published_in_the_workshop_shows_at_once(portal):
    assert "Protokoll der Planung" not in page(portal)
    with api.env.adopt_roles(["Manager"]):
        result = api.content.create(
            container=portal.veranstaltungen["workshop-4"],
            type="Result",
            id="protokoll",
            title="Protokoll der Planung",
        )
    publish(result)  # both departments approve
    transaction.commit()
    assert "Protokoll der Planung" in page(portal)


def test_staff_never_get_the_visitors_body(portal):
    page(portal)
    organiser = page(portal, auth=("veranstaltung", DEFAULT_PASSWORD))
    assert "Anmeldungen ansehen" in organiser
    assert "Anmeldungen ansehen" not in page(portal)
