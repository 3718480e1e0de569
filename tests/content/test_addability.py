"""Each type is addable only where editors work with it (issue 3)."""

from plone import api
from plone.api.exc import InvalidParameterError
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID
from plone.dexterity.utils import createContentInContainer

import pytest


def addable(container):
    return {fti.getId() for fti in container.allowedContentTypes()}


class TestWorkshop:
    def test_is_addable_in_a_folder(self, manager):
        folder = api.content.create(container=manager, type="Folder", id="f")
        assert "Workshop" in addable(folder)
        assert api.content.create(container=folder, type="Workshop", id="w")

    def test_holds_results_images_and_files(self, workshop):
        """Its sign-up form comes with it (registration/form/creation.py); no other
        form is added by hand."""
        assert addable(workshop) == {"Result", "Image", "File"}
        with pytest.raises(InvalidParameterError):
            api.content.create(container=workshop, type="EasyForm", id="umfrage")


class TestResult:
    def test_is_addable_inside_a_workshop(self, workshop):
        assert api.content.create(container=workshop, type="Result", id="r")

    def test_is_addable_in_a_results_folder_and_nothing_else_is(self, results_folder):
        assert addable(results_folder) == {"Result"}
        assert api.content.create(container=results_folder, type="Result", id="r")

    @pytest.mark.parametrize("where", ["portal", "folder"])
    def test_is_not_addable_elsewhere(self, manager, where):
        container = manager
        if where == "folder":
            container = api.content.create(container=manager, type="Folder", id="f")
        assert "Result" not in addable(container)
        with pytest.raises(InvalidParameterError):
            api.content.create(container=container, type="Result", id="r")


class TestCoordinationOffice:
    def test_is_in_no_add_menu(self, manager, workshop, results_folder):
        for container in (
            manager,
            manager["veranstaltungen"],
            workshop,
            results_folder,
        ):
            assert "CoordinationOffice" not in addable(container)
        with pytest.raises(InvalidParameterError):
            api.content.create(container=manager, type="CoordinationOffice", id="k")

    def test_a_second_office_is_refused(self, manager):
        createContentInContainer(
            manager, "CoordinationOffice", checkConstraints=False, id="k"
        )
        folder = api.content.create(container=manager, type="Folder", id="f")
        with pytest.raises(ValueError, match="already a coordination office"):
            createContentInContainer(
                folder, "CoordinationOffice", checkConstraints=False, id="k2"
            )


def test_contributors_may_add_a_results_folder(portal):
    setRoles(portal, TEST_USER_ID, ["Contributor"])
    assert "ResultsFolder" in addable(portal)
