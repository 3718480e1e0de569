"""The demo profile builds the seed's portal (docs/design.md §6) with the §1 accounts."""

from datetime import date
from plone import api
from plone.app.testing import applyProfile
from plone.base.interfaces import INonInstallable
from rundtisch.policy import site
from rundtisch.policy.legal.pages import legal_pages
from zope.component import getAllUtilitiesRegisteredFor

import pytest


def related(obj, field_name):
    return sorted(rel.to_object.getId() for rel in getattr(obj, field_name))


class TestDemoContent:
    def test_is_applied_when_a_site_is_created(self):
        assert site.DEMO_PROFILES == ("rundtisch.policy:demo",)

    def test_is_hidden_from_the_add_on_list(self, demo_portal):
        hidden = {
            profile
            for utility in getAllUtilitiesRegisteredFor(INonInstallable)
            for profile in utility.getNonInstallableProfiles()
        }
        assert "rundtisch.policy:demo" in hidden

    @pytest.mark.parametrize(
        ("login", "group"),
        [
            ("redaktion", "redaktionsteam"),
            ("pruefung-soziales", "gb_soziales"),
            ("pruefung-stadtentwicklung", "gb_stadtentwicklung"),
            ("veranstaltung", "veranstaltungsteam"),
        ],
    )
    def test_users_are_in_their_groups_with_the_demo_password(
        self, demo_portal, login, group
    ):
        user = api.user.get(username=login)
        assert user.getProperty("fullname")
        assert user.getProperty("email").endswith("@example.org")
        assert group in [g.getId() for g in api.group.get_groups(user=user)]
        acl_users = demo_portal.acl_users
        assert acl_users.authenticate(login, "demo1234", demo_portal.REQUEST)

    def test_workshops_of_the_series(self, demo_portal):
        events = demo_portal["veranstaltungen"]
        assert events.getLayout() == "workshop_listing"
        round_table = events["4-runder-tisch"]
        assert round_table.event_format == "round_table"
        assert round_table.start.date().isoformat() == "2022-06-07"
        assert "Rathaus Dresden" in round_table.location
        workshop_3 = events["workshop-3"]
        assert workshop_3.start.date().isoformat() == "2024-04-29"
        assert workshop_3.focus == (
            "Umsetzungsperspektive für die Koordinierungsstelle in Dresden"
        )
        assert [(h["name"], h["department"]) for h in workshop_3.hosts] == [
            ("Dr. Klaudia Kristin Kaufmann", "gb_soziales"),
            ("Stephan Kühn", "gb_stadtentwicklung"),
        ]
        assert workshop_3.image.contentType == "image/jpeg"
        assert workshop_3.image_caption == "Foto: NWID"
        organisations = {s["organisation"] for s in events["workshop-1"].speakers}
        assert organisations == {
            "Stadtverwaltung Leipzig",
            "Wohn:sinn – Bündnis für inklusives Wohnen",
        }

    def test_upcoming_workshop_takes_sign_ups(self, demo_portal):
        workshop = demo_portal["veranstaltungen"]["workshop-4"]
        assert workshop.registration_enabled is True
        assert workshop.capacity == 30
        assert workshop.start.date() > date.today()

    def test_results_relate_to_their_workshops(self, demo_portal):
        results = demo_portal["ergebnisse"]
        assert related(results["bedarf-koordinierungsstelle"], "workshops") == [
            "4-runder-tisch",
            "workshop-1",
            "workshop-2",
        ]
        inside = demo_portal["veranstaltungen"]["workshop-3"]["leipzig-als-vorbild"]
        assert related(inside, "workshops") == ["workshop-3"]

    def test_office_is_based_on_results_and_names_leipzig(self, demo_portal):
        office = demo_portal["koordinierungsstelle"]
        assert "bedarf-koordinierungsstelle" in related(office, "based_on")
        assert "Leipzig" in [model["city"] for model in office.reference_models]
        assert (
            api.content.find(portal_type="CoordinationOffice")[0].getObject() == office
        )

    def test_content_belongs_to_the_editors(self, demo_portal):
        for path in (
            "veranstaltungen/workshop-3",
            "ergebnisse/grundstuecke",
            "koordinierungsstelle",
        ):
            obj = demo_portal.unrestrictedTraverse(path)
            assert obj.Creator() == "redaktion"
            assert obj.getOwner().getId() == "redaktion"

    def test_all_published_but_one_waiting_for_review(self, demo_portal):
        catalog = api.portal.get_tool("portal_catalog")
        types = ["Folder", "ResultsFolder", "Workshop", "Result", "CoordinationOffice"]
        states = {
            brain.getId: brain.review_state
            for brain in catalog.unrestrictedSearchResults(portal_type=types)
        }
        pending = [name for name, state in states.items() if state == "pending"]
        assert pending == ["traegerschaft-und-finanzierung"]
        assert {state for name, state in states.items() if name not in pending} == {
            "published"
        }

    def test_legal_pages_read_as_finished_marked_examples(self, demo_portal):
        """Published, so no placeholder a visitor would take for unfinished
        work; each says it is an example (issue 26)."""
        for page in legal_pages(demo_portal):
            assert api.content.get_state(page) == "published"
            assert "[Bitte ergänzen" not in page.text.output, page.getId()
            assert "Beispieltext" in page.text.output
        assert "0351 488-0000" in demo_portal["impressum"].text.output

    def test_history_shows_the_submission_and_both_reviewers(self, demo_portal):
        workshop = demo_portal["veranstaltungen"]["workshop-3"]
        history = workshop.workflow_history["rundtisch_review_workflow"]
        steps = [(entry["action"], entry["actor"]) for entry in history]
        assert ("submit", "redaktion") in steps
        assert ("approve_social", "pruefung-soziales") in steps
        assert ("approve_urban", "pruefung-stadtentwicklung") in steps

    def test_applying_again_adds_nothing(self, demo_portal):
        before = len(api.content.find(portal_type=["Workshop", "Result"]))
        applyProfile(demo_portal, "rundtisch.policy:demo")
        assert len(api.content.find(portal_type=["Workshop", "Result"])) == before


class TestAddMenus:
    def test_redaktion_adds_only_workshops_to_veranstaltungen(self, demo_portal):
        """Not Plone's "Termin", "Kollektion", "Ordner" … (issue 25)."""
        events = demo_portal["veranstaltungen"]
        with api.env.adopt_user(username="redaktion"):
            addable = sorted(fti.getId() for fti in events.allowedContentTypes())
        assert addable == ["Workshop"]

    def test_upgrade_restricts_existing_workshop_folders(self, demo_portal):
        from plone.base.interfaces.constrains import DISABLED
        from plone.base.interfaces.constrains import ISelectableConstrainTypes

        events = demo_portal["veranstaltungen"]
        ISelectableConstrainTypes(events).setConstrainTypesMode(DISABLED)
        setup_tool = api.portal.get_tool("portal_setup")
        setup_tool.setLastVersionForProfile("rundtisch.policy:default", "1011")
        with api.env.adopt_roles(["Manager"]):  # who runs upgrades
            setup_tool.upgradeProfile("rundtisch.policy:default", dest="1012")
        with api.env.adopt_user(username="redaktion"):
            addable = sorted(fti.getId() for fti in events.allowedContentTypes())
        assert addable == ["Workshop"]
