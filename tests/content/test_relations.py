"""A Result points to the workshops that produced it; the office to its Results."""

from plone import api
from plone.dexterity.utils import createContentInContainer
from z3c.relationfield import RelationValue
from zope.component import getUtility
from zope.intid.interfaces import IIntIds


def relation_to(obj):
    return RelationValue(getUtility(IIntIds).getId(obj))


def sources(target, relationship):
    return [
        rel.from_object
        for rel in api.relation.get(target=target, relationship=relationship)
    ]


def test_result_inside_a_workshop_defaults_to_that_workshop(workshop):
    result = api.content.create(container=workshop, type="Result", id="r")
    assert [rel.to_object for rel in result.workshops] == [workshop]
    # In the relation catalog: the workshop finds what it produced.
    assert sources(workshop, "workshops") == [result]


def test_explicit_workshops_are_kept(workshop):
    other = api.content.create(
        container=workshop.aq_parent, type="Workshop", id="workshop-2"
    )
    result = api.content.create(
        container=workshop, type="Result", id="r", workshops=[relation_to(other)]
    )
    assert [rel.to_object for rel in result.workshops] == [other]
    assert sources(workshop, "workshops") == []


def test_result_in_the_results_folder_has_no_default_workshop(results_folder):
    result = api.content.create(container=results_folder, type="Result", id="r")
    assert result.workshops == []


def test_result_in_the_results_folder_is_a_back_reference_of_its_workshop(
    workshop, results_folder
):
    result = api.content.create(
        container=results_folder,
        type="Result",
        id="r",
        workshops=[relation_to(workshop)],
    )
    assert sources(workshop, "workshops") == [result]


def test_office_is_based_on_results(manager, results_folder):
    result = api.content.create(container=results_folder, type="Result", id="r")
    office = createContentInContainer(
        manager,
        "CoordinationOffice",
        checkConstraints=False,
        id="k",
        based_on=[relation_to(result)],
    )
    assert [rel.to_object for rel in office.based_on] == [result]
    assert sources(result, "based_on") == [office]
