"""The workshop page's registration box and German dates."""

from datetime import datetime
from plone import api
from plone.app.testing import logout
from rundtisch.policy.dates import period
from rundtisch.policy.interfaces import IRegistrationStatus
from rundtisch.policy.interfaces import IWorkshopContent
from z3c.relationfield import RelationValue
from zope.component import adapter
from zope.component import getGlobalSiteManager
from zope.component import getUtility
from zope.interface import implementer
from zope.intid.interfaces import IIntIds

import pytest
import pytz


BERLIN = pytz.timezone("Europe/Berlin")
FORM_URL = "http://nohost/plone/veranstaltungen/workshop-3/anmeldung"


def registration_status(figures):
    @implementer(IRegistrationStatus)
    @adapter(IWorkshopContent)
    class FakeStatus:
        def __init__(self, context):
            self.context = context

        def as_dict(self):
            return dict(figures)

        def attendance(self):
            return None

    return FakeStatus


@pytest.fixture
def sign_up(workshop):
    """Stand in for the sign-up component with these figures (30 seats, the
    form at FORM_URL); the real adapter is put back afterwards."""
    registry = getGlobalSiteManager()
    real = registry.adapters.lookup((IWorkshopContent,), IRegistrationStatus)

    def install(status, confirmed, waitlisted=0, capacity=30):
        figures = {
            "status": status,
            "capacity": capacity,
            "confirmed": confirmed,
            "waitlisted": waitlisted,
            "seats_left": capacity - confirmed,
            "form_url": FORM_URL,
        }
        registry.registerAdapter(registration_status(figures))

    yield install
    registry.registerAdapter(real, (IWorkshopContent,), IRegistrationStatus)


def render(workshop):
    return api.content.get_view("workshop_view", workshop, workshop.REQUEST)()


def box(html):
    """The registration box, whitespace collapsed and without tag padding."""
    section = html.split('aria-labelledby="workshop-registration"')[1]
    return " ".join(section.split("</section>")[0].split()).replace(" >", ">")


def test_no_registration_box_when_registration_is_off(workshop):
    workshop.registration_enabled = False
    assert "workshop-registration" not in render(workshop)


def test_open_registration_shows_seats_left_and_the_form_link(workshop, sign_up):
    sign_up("open", confirmed=18)
    html = box(render(workshop))
    assert "Anmeldung offen" in html
    assert "Freie Plätze: <strong>12</strong> von 30" in html
    assert f'href="{FORM_URL}"' in html


def test_full_registration_has_no_form_link(workshop, sign_up):
    sign_up("full", confirmed=30)
    html = box(render(workshop))
    assert "Ausgebucht" in html
    assert "workshop-3/anmeldung" not in html
    assert "Jetzt anmelden" not in html


@pytest.mark.parametrize(
    ("start", "end", "whole_day", "date", "time"),
    [
        (
            (2024, 4, 29, 15),
            (2024, 4, 29, 18),
            False,
            "Montag, 29. April 2024",
            "15:00 bis 18:00 Uhr",
        ),
        ((2022, 6, 7, 0), (2022, 6, 7, 23, 59), True, "Dienstag, 7. Juni 2022", None),
    ],
)
def test_dates_are_german_in_berlin_time(portal, start, end, whole_day, date, time):
    info = period(
        BERLIN.localize(datetime(*start)), BERLIN.localize(datetime(*end)), whole_day
    )
    assert info["date"] == date
    rendered = None
    if info["time"] is not None:
        from zope.i18n import translate

        rendered = translate(info["time"])
    assert rendered == time


def test_utc_times_are_shown_in_berlin_time(portal):
    info = period(pytz.utc.localize(datetime(2024, 4, 29, 13)))
    assert info["start_iso"] == "2024-04-29T15:00:00+02:00"


def test_results_list_what_the_workshop_produced_sorted_by_title(
    workshop, results_folder
):
    other = api.content.create(
        container=workshop.aq_parent, type="Workshop", id="anderer"
    )
    related = RelationValue(getUtility(IIntIds).getId(workshop))
    create = api.content.create
    create(container=workshop, type="Result", id="a", title="Zuletzt")
    create(
        container=results_folder,
        type="Result",
        id="b",
        title="Anfang",
        workshops=[related],
    )
    create(container=results_folder, type="Result", id="c", title="Fremd")
    create(container=other, type="Result", id="d", title="Auch fremd")
    view = api.content.get_view("workshop_view", workshop, workshop.REQUEST)
    assert [result["title"] for result in view.results()] == ["Anfang", "Zuletzt"]
    logout()  # drafts are not listed for visitors
    assert view.results() == []


def test_waiting_list_registration_offers_the_waiting_list(workshop, sign_up):
    sign_up("waitlist", confirmed=30, waitlisted=4)
    html = box(render(workshop))
    assert "Auf die Warteliste setzen</a>" in html
    assert "Jetzt anmelden" not in html


def facts(html):
    """The "Auf einen Blick" card, whitespace collapsed."""
    card = html.split('id="workshop-facts"')[1].split("</aside>")[0]
    return " ".join(card.split())


def test_venue_links_openstreetmap_and_shows_accessibility(workshop):
    workshop.location = "Rathaus Dresden, Dr.-Külz-Ring 19, 01067 Dresden"
    workshop.venue_accessibility = "Stufenloser Zugang\nInduktionsschleife"
    workshop.venue_directions = "Straßenbahn 1, 2, 4"
    html = facts(render(workshop))
    assert (
        'href="https://www.openstreetmap.org/search?query='
        'Rathaus%20Dresden%2C%20Dr.-K%C3%BClz-Ring%2019%2C%2001067%20Dresden"'
    ) in html
    assert "Barrierefreiheit des Ortes" in html
    assert "Stufenloser Zugang Induktionsschleife" in html
    assert "Anfahrt</dt>" in html and "Straßenbahn 1, 2, 4" in html


def test_no_venue_without_place(workshop):
    workshop.location = None
    assert "Ort</dt>" not in facts(render(workshop))


def test_contact_shows_phone_and_website(workshop):
    workshop.contact_name = "Organisation"
    workshop.contact_phone = "+49 351 488-1234"
    workshop.event_url = "https://www.dresden.de/wohnen"
    html = facts(render(workshop))
    assert 'href="tel:+493514881234" >+49 351 488-1234</a>' in html
    assert 'href="https://www.dresden.de/wohnen"' in html


def test_website_that_is_no_web_address_is_not_linked(workshop):
    workshop.contact_name = "Organisation"
    workshop.event_url = "javascript:alert(1)"
    assert "javascript:" not in render(workshop)


def test_workshop_links_its_ics(workshop):
    workshop.start = BERLIN.localize(datetime(2027, 3, 28, 10))
    workshop.end = BERLIN.localize(datetime(2027, 3, 28, 12))
    html = render(workshop)
    assert f'href="{workshop.absolute_url()}/ics_view"' in html
    assert "Zum Kalender hinzufügen" in html


def test_focus_is_shown_with_its_label(workshop):
    """A visible "Schwerpunkt:", not a bare line (issue 25)."""
    workshop.focus = "Umsetzungsperspektive"
    workshop.reindexObject()  # a change: the body cache renders anew
    html = " ".join(render(workshop).split())
    assert "Schwerpunkt:</span> Umsetzungsperspektive" in html, html[
        html.find("lead") - 50 : html.find("lead") + 300
    ]
