"""The front page lists what is coming, what came out and the office."""

from datetime import datetime
from datetime import timedelta
from plone import api
from rundtisch.policy.interfaces import IRundtischPolicyLayer
from zope.interface import alsoProvides

import pytest


def add_workshop(portal, title, days_from_now):
    start = datetime.now() + timedelta(days=days_from_now)
    return api.content.create(
        container=portal,
        type="Workshop",
        title=title,
        start=start,
        end=start + timedelta(hours=3),
    )


@pytest.fixture
def view(portal):
    alsoProvides(portal.REQUEST, IRundtischPolicyLayer)
    return portal.restrictedTraverse("@@rundtisch-startseite")


@pytest.fixture
def content(portal):
    fti = api.portal.get_tool("portal_types")["Workshop"]
    try:
        fti.lookupSchema()
    except ValueError:
        pytest.skip(
            "The Workshop FTI has no schema yet (the content branch adds it), "
            "so no Workshop can be created"
        )
    with api.env.adopt_roles(["Manager"]):
        add_workshop(portal, "Workshop 2", days_from_now=-30)
        add_workshop(portal, "Workshop 5", days_from_now=40)
        add_workshop(portal, "Workshop 4", days_from_now=10)
        api.content.create(container=portal, type="Result", title="Förderlandschaft")
        api.content.create(
            container=portal,
            type="CoordinationOffice",
            id="koordinierungsstelle",
            title="Koordinierungsstelle",
            description="Beratung und Begleitung von Wohngruppen",
        )
        api.content.create(
            container=portal, type="Folder", id="ergebnisse", title="Ergebnisse"
        )


def test_without_content_the_page_says_so_in_german(view):
    html = view()
    assert "Zurzeit sind keine Veranstaltungen angekündigt." in html
    assert "Es sind noch keine Ergebnisse veröffentlicht." in html
    assert "Die Koordinierungsstelle" not in html


def test_upcoming_workshops_come_next_first_without_past_ones(view, content):
    titles = [item["title"] for item in view.upcoming_workshops()]
    assert titles == ["Workshop 4", "Workshop 5"]


def test_workshop_teasers_carry_a_date(view, content):
    assert all(item["date"] for item in view.upcoming_workshops())


def test_latest_results_and_office_are_linked(view, content, portal):
    html = view()
    assert "Förderlandschaft" in html
    assert "Beratung und Begleitung von Wohngruppen" in html
    assert f'href="{portal.absolute_url()}/koordinierungsstelle"' in html


def test_section_links_appear_only_for_existing_sections(view, content, portal):
    assert view.section_url("ergebnisse") == f"{portal.absolute_url()}/ergebnisse"
    assert view.section_url("veranstaltungen") is None
