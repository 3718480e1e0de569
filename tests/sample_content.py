"""Published sample content at the paths docs/rest.md uses in its examples.

Shared by the REST, iCal and leak tests (each concern's conftest.py builds it
in its own layer).
"""

from datetime import date
from datetime import datetime
from datetime import timedelta
from plone import api
from plone.app.textfield.value import RichTextValue
from plone.dexterity.utils import createContentInContainer

import pytz


BERLIN = pytz.timezone("Europe/Berlin")


def berlin(*args):
    return BERLIN.localize(datetime(*args))


PASSWORD = "geheim-1234"

# One reviewer per department: the second approval of two different people
# publishes (rundtisch_review_workflow).
APPROVALS = {
    "approve_social": ("test-pruefung-soziales", "gb_soziales"),
    "approve_urban": ("test-pruefung-stadtentwicklung", "gb_stadtentwicklung"),
}


def create_reviewers():
    for user_id, group in APPROVALS.values():
        if api.user.get(userid=user_id) is None:
            api.user.create(
                username=user_id,
                email=f"{user_id}@example.org",
                password=PASSWORD,
                roles=("Member",),
            )
            api.group.add_user(groupname=group, username=user_id)


def submit(obj):
    with api.env.adopt_roles(["Manager"]):
        api.content.transition(obj=obj, transition="submit")
    return obj


def publish(obj):
    """Through the real review: submitted, then approved by both departments."""
    submit(obj)
    for transition, (user_id, _group) in APPROVALS.items():
        with api.env.adopt_user(username=user_id):
            api.content.transition(obj=obj, transition=transition)
    assert api.content.get_state(obj) == "published"
    return obj


def create_sample_content(portal):
    """Return the published sample items by id; built as a Manager."""
    create_reviewers()
    with api.env.adopt_roles(["Manager"]):
        folder = publish(
            api.content.create(
                container=portal,
                type="Folder",
                id="veranstaltungen",
                title="Veranstaltungen",
            )
        )
        workshop = publish(
            api.content.create(
                container=folder,
                type="Workshop",
                id="workshop-3",
                title="Workshop 3: Umsetzungsperspektive",
                description="Wie die Koordinierungsstelle in Dresden entstehen kann.",
                start=berlin(2024, 4, 29, 15, 0),
                end=berlin(2024, 4, 29, 18, 0),
                location="Neues Rathaus Dresden, Festsaal",
                series_number=3,
                event_format="workshop",
                focus="Umsetzungsperspektive für die Koordinierungsstelle in Dresden",
                topics=["koordinierungsstelle", "vernetzung"],
                speakers=[
                    {
                        "name": "Gast aus Leipzig",
                        "role": "Impuls",
                        "organisation": "Stadt Leipzig",
                    }
                ],
                hosts=[
                    {
                        "name": "Bürgermeisterin",
                        "function": "Begrüßung",
                        "department": "gb_soziales",
                    }
                ],
                departments=["gb_soziales", "gb_stadtentwicklung"],
                image_caption="Foto: NWID",
                text=RichTextValue(
                    "<p>Ablauf und Ergebnisse.</p>", "text/html", "text/html"
                ),
            )
        )
        publish(
            api.content.create(
                container=folder,
                type="Workshop",
                id="4-runder-tisch",
                title="4. Runder Tisch",
                start=berlin(2022, 6, 7, 16, 0),
                end=berlin(2022, 6, 7, 19, 0),
                location="Neues Rathaus Dresden",
                event_format="round_table",
                topics=["foerderung"],
            )
        )
        today = datetime.now(BERLIN).replace(hour=17, minute=0, second=0, microsecond=0)
        upcoming = publish(
            api.content.create(
                container=folder,
                type="Workshop",
                id="workshop-4",
                title="Workshop 4: Gruppen begleiten",
                start=today + timedelta(days=30),
                end=today + timedelta(days=30, hours=2),
                location="Neues Rathaus Dresden",
                series_number=4,
                event_format="workshop",
                topics=["gruppenbegleitung"],
                registration_enabled=True,
                capacity=40,
            )
        )
        result = publish(
            api.content.create(
                container=workshop,
                type="Result",
                id="bedarf-koordinierungsstelle",
                title="Dresden braucht eine Koordinierungsstelle",
                result_kind="requirement",
                status="agreed",
                topics=["koordinierungsstelle"],
            )
        )
        api.relation.create(source=result, target=workshop, relationship="workshops")
        # No add menu offers the office (there is one); the demo profile
        # creates it past the type constraints, as we do here.
        office = publish(
            createContentInContainer(
                portal,
                "CoordinationOffice",
                checkConstraints=False,
                id="koordinierungsstelle",
                title="Koordinierungsstelle gemeinschaftliches Wohnen",
                implementation_status="concept",
                mandate=RichTextValue(
                    "<p>Gruppen beraten und vernetzen.</p>", "text/html", "text/html"
                ),
                tasks=[{"title": "Beraten", "description": "Gruppen von der Idee an."}],
                professional_requirements=["Bau- und Förderrecht"],
                personal_requirements=["Moderation"],
                milestones=[
                    {"date": date(2024, 4, 29), "title": "Workshop 3", "done": True}
                ],
                reference_models=[
                    {
                        "name": "Netzwerkstelle",
                        "city": "Leipzig",
                        "url": "https://www.leipzig.de",
                    }
                ],
            )
        )
        api.relation.create(source=office, target=result, relationship="based_on")
    return {
        "veranstaltungen": folder,
        "workshop-3": workshop,
        "workshop-4": upcoming,
        "bedarf-koordinierungsstelle": result,
        "koordinierungsstelle": office,
    }
