"""GET of Workshop, Result and CoordinationOffice as another city site sees
it, on the demo content."""

from plone import api
from portal_session import PortalSession
from signup_http import post_signup

import pytest
import transaction


@pytest.fixture(scope="class")
def anonymous(demo_portal_url):
    session = PortalSession(demo_portal_url)
    yield session
    session.close()


def get_json(session, path):
    response = session.get(path)
    assert response.status_code == 200
    return response.json()


class TestWorkshop:
    @pytest.fixture(scope="class")
    @classmethod
    def workshop(cls, anonymous):
        return get_json(anonymous, "/veranstaltungen/workshop-3")

    def test_has_the_contract_fields(self, workshop):
        assert workshop["@type"] == "Workshop"
        assert workshop["series_number"] == 3
        assert workshop["focus"].startswith("Umsetzungsperspektive")
        assert workshop["start"] == "2024-04-29T13:00:00+00:00"
        assert workshop["location"] == "Dresden"
        assert workshop["image_caption"] == "Foto: NWID"

    def test_vocabulary_fields_carry_token_and_german_title(self, workshop):
        assert workshop["event_format"] == {"token": "workshop", "title": "Workshop"}
        assert {
            "token": "stadtgesellschaft",
            "title": "Einbindung in die Stadtgesellschaft",
        } in workshop["topics"]
        assert {
            "token": "gb_stadtentwicklung",
            "title": (
                "Geschäftsbereich Stadtentwicklung, Bau, Verkehr und Liegenschaften"
            ),
        } in workshop["departments"]

    def test_host_department_carries_token_and_title(self, workshop):
        assert workshop["hosts"][0]["department"] == {
            "token": "gb_soziales",
            "title": "Geschäftsbereich Arbeit, Soziales, Gesundheit und Wohnen",
        }

    def test_a_workshop_without_sign_up_says_so(self, workshop):
        assert workshop["registration"] == {
            "status": "disabled",
            "capacity": 0,
            "confirmed": 0,
            "waitlisted": 0,
            "seats_left": None,
            "form_url": None,
        }


class TestResult:
    @pytest.fixture(scope="class")
    @classmethod
    def result(cls, anonymous):
        return get_json(anonymous, "/ergebnisse/bedarf-koordinierungsstelle")

    def test_kind_and_status_carry_titles(self, result):
        assert result["result_kind"] == {"token": "requirement", "title": "Anforderung"}
        assert result["status"] == {"token": "agreed", "title": "Vereinbart"}

    def test_workshops_are_followable_summaries_with_start(self, result, anonymous):
        assert [w["@id"].rsplit("/", 1)[1] for w in result["workshops"]] == [
            "4-runder-tisch",
            "workshop-1",
            "workshop-2",
        ]
        workshop = result["workshops"][0]
        assert workshop["@type"] == "Workshop"
        assert workshop["review_state"] == "published"
        assert workshop["start"] == "2022-06-07T14:00:00+00:00"
        followed = anonymous.get(workshop["@id"])
        assert followed.json()["event_format"]["token"] == "round_table"


class TestCoordinationOffice:
    @pytest.fixture(scope="class")
    @classmethod
    def office(cls, anonymous):
        return get_json(anonymous, "/koordinierungsstelle")

    def test_implementation_status_carries_title(self, office):
        assert office["implementation_status"] == {
            "token": "concept",
            "title": "Konzeption",
        }

    def test_based_on_lists_published_results_only(self, office):
        ids = [result["@id"].rsplit("/", 1)[1] for result in office["based_on"]]
        assert "bedarf-koordinierungsstelle" in ids
        # The office is also based on the result still waiting for review.
        assert "traegerschaft-und-finanzierung" not in ids
        assert {result["review_state"] for result in office["based_on"]} == {
            "published"
        }

    def test_tables_keep_their_columns(self, office):
        assert set(office["tasks"][0]) == {"title", "description"}
        assert office["reference_models"][0]["city"] == "Leipzig"


# The demo's upcoming workshop: 30 seats and a waiting list.
WORKSHOP_4 = "/veranstaltungen/workshop-4"
PEOPLE = ("ida.sommer@example.org", "jan.winter@example.org", "ole.herbst@example.org")


class TestRegistration:
    """`registration` is the real IRegistrationStatus of the sign-up, as
    people sign up through the form."""

    def registration(self, anonymous):
        return get_json(anonymous, WORKSHOP_4)["registration"]

    def test_an_open_workshop_shows_its_seats_and_form(
        self, anonymous, demo_portal_url
    ):
        assert self.registration(anonymous) == {
            "status": "open",
            "capacity": 30,
            "confirmed": 0,
            "waitlisted": 0,
            "seats_left": 30,
            "form_url": f"{demo_portal_url}{WORKSHOP_4}/anmeldung",
        }
        form = anonymous.get(f"{WORKSHOP_4}/anmeldung", headers={"Accept": "text/html"})
        assert 'name="form.widgets.email"' in form.text

    def test_sign_ups_change_the_counts(self, anonymous):
        form_url = self.registration(anonymous)["form_url"]
        for email in PEOPLE[:2]:
            assert "Sie sind angemeldet" in post_signup(form_url, email).text
        registration = self.registration(anonymous)
        assert (registration["confirmed"], registration["seats_left"]) == (2, 28)
        assert registration["status"] == "open"

    def test_a_full_workshop_takes_the_waiting_list(
        self, anonymous, demo_functional_portal_class
    ):
        workshop = demo_functional_portal_class.unrestrictedTraverse(WORKSHOP_4[1:])
        with api.env.adopt_roles(["Manager"]):
            workshop.capacity = 2
        transaction.commit()
        form_url = self.registration(anonymous)["form_url"]
        assert "Warteliste" in post_signup(form_url, PEOPLE[2]).text
        registration = self.registration(anonymous)
        assert registration["status"] == "waitlist"
        assert (registration["confirmed"], registration["waitlisted"]) == (2, 1)
        assert registration["seats_left"] == 0
        assert registration["form_url"] == form_url

    def test_no_personal_data_in_the_answers(self, anonymous):
        texts = [
            anonymous.get(path).text
            for path in (
                WORKSHOP_4,
                f"{WORKSHOP_4}?fullobjects=1",
                f"{WORKSHOP_4}/anmeldung",
            )
        ]
        assert [email for email in PEOPLE for text in texts if email in text] == []
        assert not any("Mustermann" in text for text in texts)
