"""Every §2 field is stored and read back as given."""

from datetime import date
from datetime import datetime
from datetime import timedelta
from plone import api
from plone.app.textfield.value import RichTextValue
from plone.dexterity.utils import createContentInContainer
from plone.dexterity.utils import iterSchemataForType
from plone.namedfile.file import NamedBlobImage
from rundtisch.policy.demo.image import pin_board_jpeg

import pytest
import pytz


BERLIN = pytz.timezone("Europe/Berlin")


def rich(text):
    return RichTextValue(text, "text/html", "text/x-html-safe")


WORKSHOP = {
    "start": BERLIN.localize(datetime(2024, 4, 29, 15)),
    "end": BERLIN.localize(datetime(2024, 4, 29, 18)),
    "whole_day": False,
    "open_end": False,
    "location": "Rathaus Dresden",
    "contact_name": "Redaktion",
    "contact_email": "redaktion@example.org",
    "contact_phone": "0351 000000",
    "image_caption": "Foto: NWID",
    "image_alt": "Pinnwand mit Zetteln",
    "series_number": 3,
    "event_format": "workshop",
    "focus": "Umsetzungsperspektive",
    "topics": ["koordinierungsstelle", "inklusion"],
    "speakers": [{"name": "N. N.", "role": "Input", "organisation": "Stadt Leipzig"}],
    "hosts": [
        {
            "name": "Stephan Kühn",
            "function": "Beigeordneter",
            "department": "gb_stadtentwicklung",
        }
    ],
    "departments": ["gb_soziales", "gb_stadtentwicklung"],
    "registration_enabled": True,
    "capacity": 30,
    "registration_start": BERLIN.localize(datetime(2024, 4, 1, 9)),
    "registration_end": BERLIN.localize(datetime(2024, 4, 28, 12)),
    "waitlist_enabled": False,
}
RESULT = {
    "result_kind": "open_question",
    "topics": ["foerderung"],
    "status": "in_progress",
}
OFFICE = {
    "tasks": [{"title": "Beraten", "description": "Gruppen beraten"}],
    "professional_requirements": ["Förderwissen"],
    "personal_requirements": ["Geduld"],
    "implementation_status": "decision",
    "milestones": [{"date": date(2024, 4, 29), "title": "Workshop 3", "done": True}],
    "reference_models": [
        {
            "name": "Koordinierungsstelle",
            "city": "Leipzig",
            "url": "https://www.leipzig.de/",
        }
    ],
    "contact_name": "Redaktion",
    "contact_email": "redaktion@example.org",
    "contact_phone": "0351 000000",
}


def assert_stored(obj, values):
    """Read each value back through the schema (behaviour) that declares it."""
    schemata = {
        name: schema
        for schema in iterSchemataForType(obj.portal_type)
        for name in schema.names()
    }
    for name, value in values.items():
        assert getattr(schemata[name](obj), name) == value, name


def test_workshop_stores_every_field(workshop):
    folder = workshop.aq_parent
    workshop = api.content.create(
        container=folder,
        type="Workshop",
        id="w",
        text=rich("<p>Text</p>"),
        image=NamedBlobImage(data=pin_board_jpeg(), filename="foto.jpg"),
        **WORKSHOP,
    )
    assert_stored(workshop, WORKSHOP)
    assert workshop.text.output == "<p>Text</p>"
    assert workshop.image.contentType == "image/jpeg"


def test_result_stores_every_field(workshop):
    result = api.content.create(
        container=workshop,
        type="Result",
        id="r",
        text=rich("<p>Ergebnis</p>"),
        **RESULT,
    )
    assert_stored(result, RESULT)
    assert result.text.output == "<p>Ergebnis</p>"
    assert result.workshops[0].to_object == workshop


def test_office_stores_every_field(manager):
    office = createContentInContainer(
        manager,
        "CoordinationOffice",
        checkConstraints=False,
        id="k",
        mandate=rich("<p>Auftrag</p>"),
        **OFFICE,
    )
    assert_stored(office, OFFICE)
    assert office.mandate.output == "<p>Auftrag</p>"


@pytest.mark.parametrize(
    ("field", "default"),
    [
        ("event_format", "workshop"),
        ("capacity", 0),
        ("registration_enabled", False),
        ("waitlist_enabled", True),
        ("topics", []),
    ],
)
def test_new_workshop_has_the_documented_defaults(workshop, field, default):
    assert getattr(workshop, field) == default


def add_form_widgets(container, portal_type):
    view = container.restrictedTraverse(f"++add++{portal_type}")
    form = view.form_instance
    form.update()
    widgets = {}
    for group in [form, *form.groups]:
        widgets.update({name: widget for name, widget in group.widgets.items()})
    return widgets


def test_new_workshop_proposes_next_week_in_the_evening(manager):
    """Not plone.app.event's "today, next hour" (issue 25)."""
    widgets = add_form_widgets(manager, "Workshop")
    next_week = (datetime.now(BERLIN) + timedelta(days=7)).date().isoformat()
    assert widgets["IEventBasic.start"].value == f"{next_week}T18:00"
    assert widgets["IEventBasic.end"].value == f"{next_week}T20:00"


def test_other_events_keep_plone_app_events_defaults(manager):
    widgets = add_form_widgets(manager, "Event")
    assert not widgets["IEventBasic.start"].value.endswith("T18:00")


def test_rich_text_offers_no_format_selector(manager):
    """One allowed format: no raw "text/html" selector under the text."""
    widgets = add_form_widgets(manager, "Workshop")
    (text,) = [widget for name, widget in widgets.items() if name.endswith(".text")]
    html = text.render()
    assert "text/x-web-textile" not in html
    assert "<select" not in html


def test_content_browser_shortcuts_are_german(workshop):
    """Not "Current Content" and "Start Page" (issue 25)."""
    result = api.content.create(container=workshop, type="Result", title="Ergebnis")
    form = result.restrictedTraverse("@@edit").form_instance
    form.update()
    widgets = {}
    for group in [form, *form.groups]:
        widgets.update(group.widgets.items())
    (browser,) = [w for name, w in widgets.items() if name.endswith(".workshops")]
    titles = [f["title"] for f in browser.get_pattern_options()["favorites"]]
    assert titles == ["Aktueller Inhalt", "Startseite"]
