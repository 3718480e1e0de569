"""The catalog answers the queries the pages and REST make (§2, §5)."""

from datetime import datetime
from datetime import timedelta
from plone import api
from rundtisch.policy.upgrades.v1001 import NEW_INDEXES as FIELD_INDEXES

import pytest
import pytz


BERLIN = pytz.timezone("Europe/Berlin")


def create_result(container, result_id, result_kind, topics, **fields):
    return api.content.create(
        container=container,
        type="Result",
        id=result_id,
        result_kind=result_kind,
        topics=topics,
        **fields,
    )


@pytest.fixture
def results(workshop, results_folder):
    created = (
        create_result(
            results_folder,
            "inklusion",
            "recommendation",
            ["inklusion", "gruppenbegleitung"],
            status="agreed",
        ),
        create_result(results_folder, "grundstuecke", "challenge", ["grundstuecke"]),
        create_result(workshop, "offen", "open_question", ["inklusion"]),
    )
    return {result.getId(): result for result in created}


def ids(brains):
    return sorted(brain.getId for brain in brains)


def test_indexes_and_metadata_exist(portal):
    catalog = api.portal.get_tool("portal_catalog")
    indexes = {*FIELD_INDEXES, "start", "end"}
    metadata = indexes | {"focus", "location"}
    assert indexes - set(catalog.indexes()) == set()
    assert metadata - set(catalog.schema()) == set()


def test_results_overview_query_by_topic_and_kind(results):
    assert ids(api.content.find(portal_type="Result", topics="inklusion")) == [
        "inklusion",
        "offen",
    ]
    assert ids(
        api.content.find(
            portal_type="Result", topics="inklusion", result_kind="recommendation"
        )
    ) == ["inklusion"]


def test_result_status_is_indexed_under_its_own_name(results):
    brains = api.content.find(result_status="agreed")
    assert ids(brains) == ["inklusion"]
    assert brains[0].result_status == "agreed"


def test_topics_are_not_acquired_by_content_inside_a_workshop(workshop):
    workshop.topics = ["inklusion"]
    workshop.reindexObject()
    api.content.create(container=workshop, type="Image", id="foto")
    assert ids(api.content.find(topics="inklusion")) == ["workshop-3"]


def test_workshop_fields_are_indexed(workshop):
    workshop.event_format = "round_table"
    workshop.series_number = 3
    workshop.departments = ["gb_soziales"]
    workshop.focus = "Umsetzung"
    workshop.reindexObject()
    brain = api.content.find(event_format="round_table", series_number=3)[0]
    assert brain.getObject() == workshop
    assert api.content.find(departments="gb_soziales")[0].focus == "Umsetzung"


def test_upcoming_and_past_workshops_sorted_by_start(manager):
    folder = api.content.create(container=manager, type="Folder", id="f")
    now = datetime.now(BERLIN)
    for name, days in (
        ("later", 60),
        ("soon", 10),
        ("last-year", -300),
        ("last-month", -30),
    ):
        start = now + timedelta(days=days)
        api.content.create(
            container=folder,
            type="Workshop",
            id=name,
            start=start,
            end=start + timedelta(hours=3),
        )
    view = api.content.get_view("workshop_listing", folder, manager.REQUEST)
    assert [w["url"].rsplit("/", 1)[1] for w in view.upcoming()] == ["soon", "later"]
    assert [w["url"].rsplit("/", 1)[1] for w in view.past()] == [
        "last-month",
        "last-year",
    ]
