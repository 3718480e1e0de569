"""GET of Workshop, Result and CoordinationOffice as another city site sees
it, on the demo content."""

from plone import api
from signup_http import post_signup

import pytest
import transaction


def get_json(session, path):
    response = session.get(path)
    assert response.status_code == 200
    return response.json()


@pytest.fixture(scope="class")
def item(anonymous, request):
    """The JSON of the test class's `path`, fetched once for the class."""
    return get_json(anonymous, request.cls.path)


class TestWorkshop:
    path = "/veranstaltungen/workshop-3"

    def test_has_the_contract_fields(self, item):
        assert item["@type"] == "Workshop"
        assert item["series_number"] == 3
        assert item["focus"].startswith("Umsetzungsperspektive")
        assert item["start"] == "2024-04-29T13:00:00+00:00"
        assert item["location"] == "Dresden"
        assert item["image_caption"] == "Foto: NWID"

    def test_vocabulary_fields_carry_token_and_german_title(self, item):
        assert item["event_format"] == {"token": "workshop", "title": "Workshop"}
        assert {
            "token": "stadtgesellschaft",
            "title": "Einbindung in die Stadtgesellschaft",
        } in item["topics"]
        assert {
            "token": "gb_stadtentwicklung",
            "title": (
                "Geschäftsbereich Stadtentwicklung, Bau, Verkehr und Liegenschaften"
            ),
        } in item["departments"]

    def test_host_department_carries_token_and_title(self, item):
        assert item["hosts"][0]["department"] == {
            "token": "gb_soziales",
            "title": "Geschäftsbereich Arbeit, Soziales, Gesundheit und Wohnen",
        }

    def test_a_workshop_without_sign_up_says_so(self, item):
        assert item["registration"] == {
            "status": "disabled",
            "capacity": 0,
            "confirmed": 0,
            "waitlisted": 0,
            "seats_left": None,
            "form_url": None,
        }


class TestResult:
    path = "/ergebnisse/bedarf-koordinierungsstelle"

    def test_kind_and_status_carry_titles(self, item):
        assert item["result_kind"] == {"token": "requirement", "title": "Anforderung"}
        assert item["status"] == {"token": "agreed", "title": "Vereinbart"}

    def test_workshops_are_followable_summaries_with_start(self, item, anonymous):
        assert [w["@id"].rsplit("/", 1)[1] for w in item["workshops"]] == [
            "4-runder-tisch",
            "workshop-1",
            "workshop-2",
        ]
        workshop = item["workshops"][0]
        assert workshop["@type"] == "Workshop"
        assert workshop["review_state"] == "published"
        assert workshop["start"] == "2022-06-07T14:00:00+00:00"
        followed = anonymous.get(workshop["@id"])
        assert followed.json()["event_format"]["token"] == "round_table"


class TestCoordinationOffice:
    path = "/koordinierungsstelle"

    def test_implementation_status_carries_title(self, item):
        assert item["implementation_status"] == {
            "token": "concept",
            "title": "Konzeption",
        }

    def test_based_on_lists_published_results_only(self, item):
        ids = [result["@id"].rsplit("/", 1)[1] for result in item["based_on"]]
        assert "bedarf-koordinierungsstelle" in ids
        # The office is also based on the result still waiting for review.
        assert "traegerschaft-und-finanzierung" not in ids
        assert {result["review_state"] for result in item["based_on"]} == {"published"}

    def test_tables_keep_their_columns(self, item):
        assert set(item["tasks"][0]) == {"title", "description"}
        assert item["reference_models"][0]["city"] == "Leipzig"


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
