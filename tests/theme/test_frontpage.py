"""The front page lists what is coming, what came out and the office."""

from datetime import datetime
from datetime import timedelta
from dst import summer_and_winter_starts
from plone import api
from plone.dexterity.utils import createContentInContainer
from rundtisch.policy.interfaces import IRundtischPolicyLayer
from rundtisch.policy.testing import force_published
from zope.interface import alsoProvides

import pytest
import pytz


# pytz, as plone.app.event stores start and end (zoneinfo does not pickle).
BERLIN = pytz.timezone("Europe/Berlin")


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
    with api.env.adopt_roles(["Manager"]):
        add_workshop(portal, "Workshop 2", days_from_now=-30)
        add_workshop(portal, "Workshop 5", days_from_now=40)
        add_workshop(portal, "Workshop 4", days_from_now=10)
        # As the content model keeps them: Results in the results folder,
        # the one office created directly (the type is in no add menu).
        results = api.content.create(
            container=portal, type="ResultsFolder", id="ergebnisse", title="Ergebnisse"
        )
        api.content.create(container=results, type="Result", title="Förderlandschaft")
        createContentInContainer(
            portal,
            "CoordinationOffice",
            checkConstraints=False,
            id="koordinierungsstelle",
            title="Koordinierungsstelle",
            description="Beratung und Begleitung von Wohngruppen",
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
    assert all(item["when"]["date"] for item in view.upcoming_workshops())


@pytest.mark.parametrize("season", ["summer", "winter"])
def test_teaser_times_are_berlin_times_on_both_sides_of_the_clock_change(
    view, portal, season
):
    """What the editor typed is what the front page shows: 10:00 on the
    morning clocks go forward (UTC+2), 18:00 in winter (UTC+1)."""
    summer, winter = summer_and_winter_starts()
    start = summer if season == "summer" else winter
    with api.env.adopt_roles(["Manager"]):
        api.content.create(
            container=portal,
            type="Workshop",
            title="Workshop Zeitumstellung",
            start=BERLIN.localize(start),
            end=BERLIN.localize(start + timedelta(hours=2)),
        )
    html = view()
    expected = f"{start:%H:%M} bis {start + timedelta(hours=2):%H:%M} Uhr"
    assert expected in html
    assert f'datetime="{BERLIN.localize(start).isoformat()}"' in html


def test_latest_results_and_office_are_linked(view, content, portal):
    html = view()
    assert "Förderlandschaft" in html
    assert "Beratung und Begleitung von Wohngruppen" in html
    assert f'href="{portal.absolute_url()}/koordinierungsstelle"' in html


def test_staff_see_what_is_not_public_marked(view, content, portal):
    """A draft or pending result on Redaktion's front page says so (issue 25)."""
    result = portal["ergebnisse"]["foerderlandschaft"]
    force_published(portal["ergebnisse"])  # review only inside public content
    with api.env.adopt_roles(["Manager"]):
        html = view()
        assert "Entwurf</span>" in html
        api.content.transition(result, transition="submit")
        html = view()
    assert "in Prüfung</span>" in html
    assert "Entwurf</span>" not in html.split("rt-results")[1]


def test_section_links_appear_only_for_existing_sections(view, content, portal):
    assert view.section_url("ergebnisse") == f"{portal.absolute_url()}/ergebnisse"
    assert view.section_url("veranstaltungen") is None
