"""Plone's full-text search finds every word a visitor reads on our pages
(docs/design.md §5): rows, lists, vocabulary titles, related items, place
and contact, not only title, description and text."""

from plone import api

import pytest


def searchable_text(obj):
    catalog = api.portal.get_tool("portal_catalog")
    rid = catalog.getrid("/".join(obj.getPhysicalPath()))
    return " ".join(catalog.getIndexDataForRID(rid)["SearchableText"])


def found(word, obj):
    return [
        brain.getPath()
        for brain in api.content.find(SearchableText=word)
        if brain.getPath() == "/".join(obj.getPhysicalPath())
    ]


class TestDemoContent:
    @pytest.fixture(autouse=True)
    def _portal(self, demo_portal):
        self.portal = demo_portal

    def test_office_tables_and_lists(self):
        office = self.portal["koordinierungsstelle"]
        # a task's description, both lists, a milestone, a model's city,
        # the status's title and a related result's title
        words = [
            "Liegenschaftsverwaltung",
            "Genossenschaftsrecht",
            "Ausdauer",
            "Umsetzungsperspektive",
            "Leipzig",
            "Konzept",
            office.based_on[0].to_object.Title().split()[-1],
        ]
        for word in words:
            assert found(word, office), (word, searchable_text(office))

    def test_workshop_fields(self):
        workshops = api.content.find(portal_type="Workshop", sort_on="start")
        workshop = workshops[0].getObject()
        for value in (
            workshop.location.split()[0],
            workshop.focus.split()[-1],
        ):
            assert found(value, workshop), (value, searchable_text(workshop))
