"""`workshop_uids`: one catalog query finds the Results of a Workshop, those
pointing to it through `workshops` and those kept inside it."""

from plone import api
from z3c.relationfield import RelationValue
from zope.component import getUtility
from zope.intid.interfaces import IIntIds

import pytest


def relation_to(obj):
    return RelationValue(getUtility(IIntIds).getId(obj))


def results_of(workshop):
    return sorted(
        brain.getId for brain in api.content.find(workshop_uids=workshop.UID())
    )


@pytest.fixture
def other_workshop(workshop):
    return api.content.create(
        container=workshop.aq_parent, type="Workshop", id="workshop-2"
    )


def test_result_inside_a_workshop_is_found_for_it(workshop):
    api.content.create(container=workshop, type="Result", id="drinnen")
    assert results_of(workshop) == ["drinnen"]


def test_result_elsewhere_is_found_for_each_workshop_it_names(
    workshop, other_workshop, results_folder
):
    api.content.create(
        container=results_folder,
        type="Result",
        id="beide",
        workshops=[relation_to(workshop), relation_to(other_workshop)],
    )
    assert results_of(workshop) == ["beide"]
    assert results_of(other_workshop) == ["beide"]


def test_result_kept_in_one_workshop_and_naming_another_is_found_for_both(
    workshop, other_workshop
):
    api.content.create(
        container=workshop,
        type="Result",
        id="beide",
        workshops=[relation_to(other_workshop)],
    )
    assert results_of(workshop) == ["beide"]
    assert results_of(other_workshop) == ["beide"]


def test_removing_the_relation_removes_the_result(workshop, results_folder):
    result = api.content.create(
        container=results_folder,
        type="Result",
        id="ergebnis",
        workshops=[relation_to(workshop)],
    )
    api.relation.delete(source=result, target=workshop, relationship="workshops")
    assert results_of(workshop) == []


def test_moving_a_result_out_of_its_workshop_updates_the_index(
    workshop, other_workshop, results_folder
):
    result = api.content.create(
        container=workshop,
        type="Result",
        id="ergebnis",
        workshops=[relation_to(other_workshop)],
    )
    api.content.move(source=result, target=results_folder)
    assert results_of(workshop) == []
    assert results_of(other_workshop) == ["ergebnis"]


def test_other_content_inside_a_workshop_is_not_indexed(workshop):
    api.content.create(container=workshop, type="Image", id="foto")
    assert results_of(workshop) == []
