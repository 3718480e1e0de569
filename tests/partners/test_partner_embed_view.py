"""@@naechste-veranstaltungen: which workshops the partner embed lists, and
@@fuer-partnerseiten's snippet (issue 17)."""

from datetime import date
from datetime import timedelta
from plone import api
from plone.app.testing import logout
from rundtisch.policy.demo.content import berlin
from rundtisch.policy.demo.content import upcoming_workshop
from rundtisch.policy.demo.publish import publish
from rundtisch.policy.demo.publish import submit
from rundtisch.policy.interfaces import IRundtischPolicyLayer
from rundtisch.policy.partners.embed import next_workshops
from rundtisch.policy.partners.embed import requested_count
from rundtisch.policy.partners.embed import requested_topic
from zope.interface import alsoProvides

import pytest


WORKSHOP_4 = upcoming_workshop()["title"]


def in_days(days, hour=10):
    day = date.today() + timedelta(days=days)
    return berlin(day.year, day.month, day.day, hour)


def add_workshop(portal, id_, days, topics=("inklusion",)):
    with api.env.adopt_user(username="redaktion"):
        return api.content.create(
            container=portal["veranstaltungen"],
            type="Workshop",
            id=id_,
            title=f"Workshop {id_}",
            topics=list(topics),
            start=in_days(days),
            end=in_days(days, hour=12),
            location="Rathaus Dresden",
        )


@pytest.fixture
def workshops(demo_portal):
    """Beside the demo's Workshop 4 (in 28 days): published ones before and
    after it, a past one, a draft and one in review."""
    soon = add_workshop(demo_portal, "bald", 10, topics=("inklusion",))
    later = add_workshop(demo_portal, "spaeter", 40, topics=("foerderung",))
    past = add_workshop(demo_portal, "vorbei", -3)
    for obj in (soon, later, past):
        publish(obj)
    add_workshop(demo_portal, "entwurf", 5)
    submit(add_workshop(demo_portal, "in-pruefung", 6))
    return demo_portal


def titles(items):
    return [item["title"] for item in items]


class TestNextWorkshops:
    def test_the_demo_lists_workshop_4_with_its_seats(self, demo_portal):
        (workshop,) = next_workshops()
        assert workshop["title"] == WORKSHOP_4
        assert workshop["seats_left"] == 30
        assert workshop["capacity"] == 30
        assert workshop["sign_up_url"].endswith("/veranstaltungen/workshop-4/anmeldung")
        assert workshop["location"].startswith("Rathaus Dresden")
        assert workshop["when"]["time"].mapping == {"start": "16:00", "end": "19:00"}

    def test_published_upcoming_only_the_next_first(self, workshops):
        assert titles(next_workshops()) == [
            "Workshop bald",
            WORKSHOP_4,
            "Workshop spaeter",
        ]

    def test_the_same_for_an_editor(self, workshops):
        with api.env.adopt_user(username="redaktion"):
            assert "Workshop entwurf" not in titles(next_workshops(count=10))

    def test_the_count_limits_the_list(self, workshops):
        assert titles(next_workshops(count=1)) == ["Workshop bald"]
        assert len(next_workshops(count=10)) == 3

    def test_a_topic_filters(self, workshops):
        assert titles(next_workshops(topic="foerderung")) == ["Workshop spaeter"]
        assert titles(next_workshops(topic="vernetzung")) == [WORKSHOP_4]
        assert next_workshops(topic="grundstuecke") == []


@pytest.mark.parametrize(
    "value,count",
    [(None, 3), ("", 3), ("abc", 3), ("0", 1), ("-5", 1), ("1", 1), ("7", 7),
     ("10", 10), ("11", 10), (["2", "4"], 3)],
)  # fmt: skip
def test_count_parameter_stays_within_1_to_10(value, count):
    assert requested_count(value) == count


def test_topic_parameter_must_be_a_known_token(demo_portal):
    assert requested_topic("inklusion", demo_portal) == "inklusion"
    assert requested_topic("gibt-es-nicht", demo_portal) is None
    assert requested_topic(["inklusion"], demo_portal) is None
    assert requested_topic(None, demo_portal) is None


def render(portal, name, **form):
    request = portal.REQUEST
    alsoProvides(request, IRundtischPolicyLayer)
    request.form.update(form)
    return portal.restrictedTraverse(f"@@{name}")()


class TestEmbedPage:
    def test_a_standalone_german_page_linking_to_the_top_window(self, workshops):
        logout()
        html = render(
            workshops, "naechste-veranstaltungen", anzahl="2", thema="inklusion"
        )
        assert html.lstrip().startswith("<!DOCTYPE html>")
        assert '<html lang="de"' in html
        assert "++plone++rundtisch.partners/einbettung.css" in html
        assert "Nächste Veranstaltungen zum Thema Inklusion" in html
        assert "Workshop bald" in html and WORKSHOP_4 not in html
        assert 'target="_top"' in html
        assert "<script" not in html
        assert "portal-header" not in html, "no main_template"

    def test_the_answer_may_be_framed(self, workshops):
        render(workshops, "naechste-veranstaltungen")
        response = workshops.REQUEST.response
        assert response.getHeader("X-Rundtisch-Frameable") == "1"

    def test_nothing_planned(self, workshops):
        html = render(workshops, "naechste-veranstaltungen", thema="grundstuecke")
        assert "Zurzeit ist keine Veranstaltung angekündigt." in html


class TestPartnerPage:
    def test_the_snippet_follows_the_form(self, workshops):
        logout()
        html = render(workshops, "fuer-partnerseiten", anzahl="5", thema="inklusion")
        embed_url = (
            f"{workshops.absolute_url()}/@@naechste-veranstaltungen"
            "?anzahl=5&amp;thema=inklusion"
        )
        # The snippet is HTML shown as text: escaped once more in the field.
        snippet = html.split('id="partner-snippet"')[1].split("</textarea>")[0]
        assert f'&lt;iframe src="{embed_url.replace("&", "&amp;")}"' in snippet
        assert 'loading="lazy" style="width:100%;border:0" height="1180"' in snippet
        assert 'title="Nächste Veranstaltungen – Plone site"' in snippet
        # The preview shows the same page.
        assert f'src="{embed_url}"' in html
        assert '<option value="inklusion" selected="selected" >Inklusion' in html
