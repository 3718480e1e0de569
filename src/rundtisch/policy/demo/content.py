"""The demo content of docs/design.md §6, retold from the seed in our own words.

Plain data only (rich text as HTML strings): demo/setup.py makes the stored
values from it, fresh for every site.

Dates the seed does not give (Workshops 1 and 2) are plausible assumptions
and say so in their text; the upcoming workshop moves with today's date.
"""

from datetime import date
from datetime import datetime
from datetime import timedelta
from plone.namedfile.file import NamedBlobImage
from rundtisch.policy.demo.image import pin_board_jpeg

import pytz


DRESDEN = pytz.timezone("Europe/Berlin")


def berlin(year, month, day, hour, minute=0):
    """Local time in Dresden (pytz, as plone.app.event stores it)."""
    return DRESDEN.localize(datetime(year, month, day, hour, minute))


LEIPZIG_SPEAKER = {
    "name": "N. N.",
    "role": "Fachlicher Input",
    "organisation": "Stadtverwaltung Leipzig",
}
WOHNSINN_SPEAKER = {
    "name": "N. N.",
    "role": "Fachlicher Input",
    "organisation": "Wohn:sinn – Bündnis für inklusives Wohnen",
}
ASSUMED_DATE = (
    "<p><em>Hinweis: Der Termin dieser Veranstaltung ist für die Demo-Inhalte "
    "angenommen.</em></p>"
)


def series_workshop(number, **fields):
    """A workshop of the series: `fields` and what all of them share."""
    return {
        "id": f"workshop-{number}",
        "location": "Dresden",
        "series_number": number,
        "event_format": "workshop",
        **fields,
    }


WORKSHOPS_FOLDER = {
    "id": "veranstaltungen",
    "title": "Veranstaltungen",
    "description": "Runde Tische und Workshops zur Koordinierungsstelle für "
    "gemeinschaftliches Wohnen in Dresden.",
}

ROUND_TABLE = {
    "id": "4-runder-tisch",
    "title": "4. Runder Tisch Soziales Wohnen",
    "description": "Auftakt der Workshopreihe im Rathaus Dresden.",
    "start": berlin(2022, 6, 7, 16),
    "end": berlin(2022, 6, 7, 19),
    "location": "Rathaus Dresden, Dr.-Külz-Ring 19, 01067 Dresden",
    "event_format": "round_table",
    "focus": "Gemeinschaftliches Wohnen in Dresden: Bestandsaufnahme",
    "topics": [
        "foerderung",
        "grundstuecke",
        "gruppenbegleitung",
        "koordinierungsstelle",
    ],
    "departments": ["gb_soziales", "gb_stadtentwicklung"],
    "text": (
        "<p>Beim vierten Runden Tisch kamen Wohnprojekte, Initiativen, "
        "Verwaltung und Wohnungswirtschaft im Rathaus zusammen. Deutlich wurde, "
        "wie viele Formen gemeinschaftlichen Wohnens es in Dresden schon gibt und "
        "welches Gewicht sie auf dem Wohnungsmarkt der Stadt haben.</p>"
        "<p>Als größte Hürden nannten die Teilnehmenden die Förderlandschaft, den "
        "Zugang zu Grundstücken und die Begleitung von Wohngruppen. Immer wieder "
        "kam der Wunsch nach einer Stelle auf, die diese Fäden zusammenführt.</p>"
    ),
}

WORKSHOP_1 = series_workshop(
    1,
    title="Workshop 1: Gruppen begleiten",
    description="Was Wohngruppen auf ihrem Weg brauchen – auch inklusive "
    "Projekte und Gruppen älterer Menschen.",
    start=berlin(2023, 3, 15, 16),
    end=berlin(2023, 3, 15, 19),
    focus="Herausforderungen der Gruppenbegleitung",
    topics=["gruppenbegleitung", "inklusion", "wohnen_im_alter"],
    speakers=[LEIPZIG_SPEAKER, WOHNSINN_SPEAKER],
    text=(
        "<p>Im ersten Workshop ging es darum, was Gruppen brauchen, die "
        "gemeinsam wohnen wollen: von der ersten Idee über die Suche nach "
        "Mitstreiterinnen und Mitstreitern bis zum Einzug. Besonders im Blick "
        "waren inklusive Wohnprojekte und Gruppen älterer Menschen, deren "
        "Begleitung mehr Zeit und Fachwissen verlangt.</p>"
        "<p>Impulse kamen aus der Leipziger Stadtverwaltung und vom bundesweiten "
        "Bündnis für inklusives Wohnen Wohn:sinn.</p>" + ASSUMED_DATE
    ),
)

WORKSHOP_2 = series_workshop(
    2,
    title="Workshop 2: Anforderungen an die Koordinierungsstelle",
    description="Welche Aufgaben die Stelle übernimmt, was sie können muss "
    "und wie sie in der Stadtgesellschaft verankert wird.",
    start=berlin(2023, 10, 18, 16),
    end=berlin(2023, 10, 18, 19),
    focus="Fachliche und persönliche Anforderungen, Einbindung in die Stadt",
    topics=["koordinierungsstelle", "stadtgesellschaft", "vernetzung"],
    speakers=[LEIPZIG_SPEAKER, WOHNSINN_SPEAKER],
    text=(
        "<p>Der zweite Workshop hat die Aufgaben einer Koordinierungsstelle "
        "genauer beschrieben: Welches Fachwissen braucht sie, welche "
        "persönlichen Fähigkeiten, und wo gehört sie in der Dresdner "
        "Stadtgesellschaft hin, damit Initiativen, Verwaltung und "
        "Wohnungswirtschaft sie gleichermaßen nutzen?</p>"
        "<p>An den Pinnwänden sammelten die Teilnehmenden Erfahrungen aus "
        "eigenen Projekten; Gäste aus Leipzig und von Wohn:sinn ordneten sie "
        "ein.</p>" + ASSUMED_DATE
    ),
)

WORKSHOP_3 = series_workshop(
    3,
    title="Workshop 3: Umsetzungsperspektive für die Koordinierungsstelle in Dresden",
    description="Die Ergebnisse der Reihe bündeln und gemeinsam mit den "
    "beiden Beigeordneten über die Umsetzung sprechen.",
    start=berlin(2024, 4, 29, 15),
    end=berlin(2024, 4, 29, 18),
    focus="Umsetzungsperspektive für die Koordinierungsstelle in Dresden",
    topics=["koordinierungsstelle", "foerderung", "stadtgesellschaft"],
    departments=["gb_soziales", "gb_stadtentwicklung"],
    hosts=[
        {
            "name": "Dr. Klaudia Kristin Kaufmann",
            "function": "Beigeordnete",
            "department": "gb_soziales",
        },
        {
            "name": "Stephan Kühn",
            "function": "Beigeordneter",
            "department": "gb_stadtentwicklung",
        },
    ],
    speakers=[
        {
            "name": "N. N.",
            "role": "Einblick in die Leipziger Koordinierungsstelle",
            "organisation": "Stadtverwaltung Leipzig",
        }
    ],
    image_caption="Foto: NWID",
    image_alt="Gesprächsrunde vor einer Pinnwand voller bunter Notizzettel "
    "(Szene aus Workshop 2)",
    text=(
        "<p>Zwei Workshops lang haben Engagierte aus Wohnprojekten, Vereinen und "
        "Verwaltung zusammengetragen, was eine Koordinierungsstelle für "
        "gemeinschaftliches Wohnen in Dresden leisten soll. Im dritten Workshop "
        "fassen wir diese Ergebnisse zusammen und fragen: Wie kommt die Stelle "
        "in die Praxis?</p>"
        "<p>Mit dabei sind die Beigeordnete für Arbeit, Soziales, Gesundheit und "
        "Wohnen und der Beigeordnete für Stadtentwicklung, Bau, Verkehr und "
        "Liegenschaften. Alle Anwesenden können eigene Gesichtspunkte und "
        "Anforderungen einbringen.</p>"
        "<p>Ein Referent der Stadtverwaltung Leipzig berichtet, wie die dortige "
        "Koordinierungsstelle arbeitet und wie sie entstanden ist. Wir freuen "
        "uns auf das Gespräch!</p>"
    ),
)


def upcoming_workshop(today=None):
    """An example of a workshop people can sign up for, four weeks from today."""
    day = (today or date.today()) + timedelta(days=28)
    return series_workshop(
        4,
        title="Workshop 4: Erste Schritte der Koordinierungsstelle",
        description="Aufgaben, Personal und erste Projekte: Wir planen "
        "gemeinsam das erste Arbeitsjahr der Koordinierungsstelle.",
        start=berlin(day.year, day.month, day.day, 16),
        end=berlin(day.year, day.month, day.day, 19),
        location="Rathaus Dresden, Dr.-Külz-Ring 19, 01067 Dresden",
        venue_accessibility="Stufenloser Zugang über den Eingang Rathausplatz, "
        "Aufzug in alle Etagen, barrierefreies WC im Erdgeschoss. Der Festsaal "
        "hat eine Induktionsschleife für Hörgeräte.",
        venue_directions="Straßenbahn 1, 2 und 4 bis Haltestelle Rathaus. "
        "Fahrradbügel am Eingang, Parkplätze für Menschen mit Behinderung in "
        "der Kreuzstraße.",
        focus="Was die Stelle im ersten Jahr anpacken soll",
        topics=["koordinierungsstelle", "gruppenbegleitung", "vernetzung"],
        contact_name="Veranstaltungsorganisation Runder Tisch",
        contact_email="veranstaltung@example.org",
        contact_phone="0351 488-0000",
        registration_enabled=True,
        capacity=30,
        waitlist_enabled=True,
        text=(
            "<p>Die Koordinierungsstelle soll Wohngruppen beraten, Akteure "
            "vernetzen und zwischen Stadt und Projekten vermitteln. In diesem "
            "Workshop klären wir, womit sie in ihrem ersten Jahr beginnt: welche "
            "Aufgaben zuerst, mit welchem Personal und mit welchen Partnern.</p>"
            "<p>Eingeladen sind Wohnprojekte, Initiativen, Wohnungsunternehmen, "
            "Verwaltung und alle, die gemeinschaftliches Wohnen in Dresden "
            "voranbringen wollen.</p>"
        ),
    )


def workshops(today=None):
    """The demo's events, the round table first."""
    return [ROUND_TABLE, WORKSHOP_1, WORKSHOP_2, WORKSHOP_3, upcoming_workshop(today)]


RESULTS_FOLDER = {
    "id": "ergebnisse",
    "title": "Ergebnisse",
    "description": "Was die Runden Tische und Workshops erarbeitet haben – "
    "nach Thema und Art filterbar.",
}

# Results kept in /ergebnisse; `workshops` names the events (by id) they came from.
RESULTS = [
    {
        "id": "foerderlandschaft",
        "title": "Förderlandschaft ist schwer zu überblicken",
        "description": "Wohngruppen finden sich zwischen Förderprogrammen von "
        "Bund, Land und Stadt kaum zurecht.",
        "result_kind": "challenge",
        "status": "agreed",
        "topics": ["foerderung"],
        "workshops": ["4-runder-tisch", "workshop-3"],
    },
    {
        "id": "grundstuecke",
        "title": "Zugang zu Grundstücken",
        "description": "Gemeinschaftliche Projekte brauchen bezahlbare "
        "Grundstücke und Verfahren, in denen sie mitbieten können.",
        "result_kind": "challenge",
        "status": "identified",
        "topics": ["grundstuecke"],
        "workshops": ["4-runder-tisch"],
    },
    {
        "id": "gruppenbegleitung",
        "title": "Gruppen brauchen verlässliche Begleitung",
        "description": "Von der Gründung bis zum Einzug: Gruppen brauchen "
        "Moderation, Beratung und Ansprechpartner.",
        "result_kind": "requirement",
        "status": "agreed",
        "topics": ["gruppenbegleitung"],
        "workshops": ["4-runder-tisch", "workshop-1"],
    },
    {
        "id": "bedarf-koordinierungsstelle",
        "title": "Eine Koordinierungsstelle wird gebraucht",
        "description": "Mehrfach und aus allen Richtungen: Es fehlt eine Stelle, "
        "die Wissen, Kontakte und Verfahren bündelt.",
        "result_kind": "requirement",
        "status": "agreed",
        "topics": ["koordinierungsstelle"],
        "workshops": ["4-runder-tisch", "workshop-1", "workshop-2"],
    },
    {
        "id": "inklusive-projekte",
        "title": "Inklusive Wohnprojekte gezielt unterstützen",
        "description": "Projekte mit Menschen mit Behinderung brauchen eigene "
        "Beratung, etwa zu Assistenz und Finanzierung.",
        "result_kind": "recommendation",
        "status": "identified",
        "topics": ["inklusion", "gruppenbegleitung"],
        "workshops": ["workshop-1"],
    },
    {
        "id": "wohnen-im-alter",
        "title": "Gemeinschaftlich alt werden",
        "description": "Ältere Menschen, die gemeinsam wohnen wollen, brauchen "
        "Unterstützung, bevor sie umziehen müssen.",
        "result_kind": "recommendation",
        "status": "identified",
        "topics": ["wohnen_im_alter", "gruppenbegleitung"],
        "workshops": ["workshop-1"],
    },
    {
        "id": "anforderungen-an-die-stelle",
        "title": "Fachliche und persönliche Anforderungen an die Stelle",
        "description": "Wissen über Bau, Recht und Förderung, dazu Moderation, "
        "Geduld und ein Netz in der Stadt.",
        "result_kind": "requirement",
        "status": "agreed",
        "topics": ["koordinierungsstelle"],
        "workshops": ["workshop-2"],
    },
    {
        "id": "einbindung-stadtgesellschaft",
        "title": "Die Stelle in der Stadtgesellschaft verankern",
        "description": "Sie soll Initiativen, Verwaltung und Wohnungswirtschaft "
        "verbinden und für alle ansprechbar sein.",
        "result_kind": "task",
        "status": "in_progress",
        "topics": ["stadtgesellschaft", "vernetzung"],
        "workshops": ["workshop-2", "workshop-3"],
    },
]

# Results kept inside Workshop 3: their `workshops` default to it.
WORKSHOP_3_RESULTS = [
    {
        "id": "leipzig-als-vorbild",
        "title": "Von Leipzig lernen",
        "description": "Die Leipziger Koordinierungsstelle zeigt, wie eine solche "
        "Stelle in der Verwaltung arbeiten kann.",
        "result_kind": "recommendation",
        "status": "agreed",
        "topics": ["koordinierungsstelle", "vernetzung"],
    },
    {
        "id": "traegerschaft-und-finanzierung",
        "title": "Trägerschaft und Finanzierung klären",
        "description": "Offen ist, wer die Stelle trägt und wie sie dauerhaft "
        "finanziert wird.",
        "result_kind": "open_question",
        "status": "identified",
        "topics": ["koordinierungsstelle", "foerderung"],
    },
]
# Left waiting for review, so the demo shows the review queue.
PENDING_RESULT = "traegerschaft-und-finanzierung"

OFFICE = {
    "id": "koordinierungsstelle",
    "title": "Koordinierungsstelle für gemeinschaftliches Wohnen",
    "description": "Was die geplante Stelle in Dresden leisten soll und wie "
    "weit ihre Umsetzung ist.",
    "mandate": (
        "<p>Die Koordinierungsstelle soll Menschen, die in Dresden gemeinschaftlich "
        "wohnen wollen, den Weg ebnen: Sie berät Gruppen, vermittelt zwischen "
        "Initiativen, Verwaltung und Wohnungswirtschaft und bündelt das Wissen, "
        "das bisher verstreut ist.</p>"
    ),
    "tasks": [
        {
            "title": "Gruppen beraten und begleiten",
            "description": "Von der Gründung bis zum Einzug, mit besonderem Blick "
            "auf inklusive Projekte und ältere Menschen.",
        },
        {
            "title": "Förderwege erschließen",
            "description": "Programme von Bund, Land und Stadt kennen und Gruppen "
            "zum passenden Programm lotsen.",
        },
        {
            "title": "Grundstücke vermitteln",
            "description": "Mit der Liegenschaftsverwaltung Verfahren entwickeln, "
            "in denen gemeinschaftliche Projekte zum Zug kommen.",
        },
        {
            "title": "Netzwerk in der Stadt knüpfen",
            "description": "Initiativen, Verwaltung, Wohnungswirtschaft und "
            "Nachbarschaften miteinander ins Gespräch bringen.",
        },
    ],
    "professional_requirements": [
        "Kenntnis der Förderprogramme für Wohnen",
        "Grundwissen in Bau-, Miet- und Genossenschaftsrecht",
        "Erfahrung mit Verwaltungsverfahren",
    ],
    "personal_requirements": [
        "Moderations- und Konfliktfähigkeit",
        "Ausdauer in langen Projekten",
        "Offenheit für sehr unterschiedliche Gruppen",
    ],
    "implementation_status": "concept",
    "milestones": [
        {
            "date": date(2022, 6, 7),
            "title": "4. Runder Tisch: Bedarf benannt",
            "done": True,
        },
        {
            "date": date(2023, 3, 15),
            "title": "Workshop 1: Gruppenbegleitung",
            "done": True,
        },
        {
            "date": date(2023, 10, 18),
            "title": "Workshop 2: Anforderungen",
            "done": True,
        },
        {
            "date": date(2024, 4, 29),
            "title": "Workshop 3: Umsetzungsperspektive",
            "done": True,
        },
        {
            "date": None,
            "title": "Konzept für Trägerschaft und Finanzierung",
            "done": False,
        },
        {"date": None, "title": "Beschluss des Stadtrats", "done": False},
    ],
    "reference_models": [
        {
            "name": "Koordinierungsstelle für gemeinschaftliches Wohnen",
            "city": "Leipzig",
            "url": "https://www.leipzig.de/",
        },
        {
            "name": "Wohn:sinn – Bündnis für inklusives Wohnen",
            "city": "bundesweit",
            "url": "https://wohnsinn.org/",
        },
    ],
    "contact_name": "Redaktion Runder Tisch Soziales Wohnen",
    "contact_email": "redaktion@example.org",
    "based_on": [
        "bedarf-koordinierungsstelle",
        "gruppenbegleitung",
        "foerderlandschaft",
        "grundstuecke",
        "anforderungen-an-die-stelle",
        "einbindung-stadtgesellschaft",
        "leipzig-als-vorbild",
    ],
}


def lead_image():
    return NamedBlobImage(data=pin_board_jpeg(), filename="workshop-pinnwand.jpg")
