"""Every widget of our add and edit forms works under the portal's CSP
(issue 25): as Redaktion in Chromium, each field of the Workshop, Result,
Image and File forms and of the Koordinierungsstelle's edit form is
changed, the form saved, and the change read back on the page or in the
re-opened form; not one CSP violation on the way.

Not walked: "Schlagwörter" (Redaktion may only choose existing keywords and
the portal has none; the portal's themes are `topics`), "Sprache", and the
user pickers "Urheber"/"Mitwirkende" of the Dublin Core tabs.

Screenshots: test-artifacts/e2e/forms-*.png.
"""

from datetime import datetime
from form_widgets import add_grid_row
from form_widgets import choose
from form_widgets import choose_file
from form_widgets import expect_related
from form_widgets import fill
from form_widgets import fill_grid_row
from form_widgets import grid_rows
from form_widgets import image_size
from form_widgets import pick_in_content_browser
from form_widgets import png
from form_widgets import reveal
from form_widgets import save
from form_widgets import switch
from form_widgets import tick
from form_widgets import ticked
from form_widgets import value
from form_widgets import write_rich_text
from page_checks import collect_csp_violations
from review_pages import add_workshop
from review_pages import check_out
from review_pages import status_messages

import pytest


pytestmark = pytest.mark.e2e

# The text fields of a workshop and the value each form gives them.
WORKSHOP_TEXTS = {
    "IDublinCore.description": ("Wie Gruppen begleitet werden.", "Neu: Begleitung."),
    "IEventLocation.location": ("Rathaus Dresden", "Kulturpalast, Saal 3"),
    "IVenue.venue_accessibility": ("Aufzug am Seiteneingang", "Stufenlos, Rampe"),
    "IVenue.venue_directions": (
        "Linie 1 bis Pirnaischer Platz",
        "Linie 4 bis Altmarkt",
    ),
    "IEventContact.contact_name": ("Clara Redlich", "Paul Pflug"),
    "IEventContact.contact_email": ("clara@example.org", "paul@example.org"),
    "IEventContact.contact_phone": ("0351 4880", "0351 4881"),
    "IEventContact.event_url": ("https://example.org/a", "https://example.org/b"),
    "ILeadImageBehavior.image_caption": ("Foto: NWID", "Foto: Stadt Dresden"),
    "IWorkshop.image_alt": ("Leerer Saal mit Stuhlkreis", "Gruppe an einer Pinnwand"),
    "IWorkshop.series_number": ("7", "8"),
    "IWorkshop.focus": ("Begleitung von Wohngruppen", "Grundstücke für Gruppen"),
    "IWorkshop.attendance_count": ("31", "42"),
    "IRegistrationSettings.capacity": ("25", "30"),
    "IRegistrationSettings.reminder_days": ("3", "1"),
    "IDublinCore.rights": ("Stadt Dresden", "Runder Tisch"),
}
WORKSHOP_DATES = {
    "IRegistrationSettings.registration_start": (
        "2027-05-01T09:00",
        "2027-05-02T10:00",
    ),
    "IRegistrationSettings.registration_end": ("2027-05-30T12:00", "2027-05-31T12:00"),
    "IDublinCore.effective": ("2027-01-04T08:00", "2027-01-05T09:00"),
    "IDublinCore.expires": ("2031-12-31T23:00", "2032-12-31T23:00"),
}


def fill_workshop(page, texts, dates, topics, variant):
    """Fill every field of a workshop form with variant 0 or 1 of the values."""
    for name, values in texts.items():
        fill(page, name, values[variant])
    for name, values in dates.items():
        fill(page, name, values[variant])
    write_rich_text(
        page,
        "IRichTextBehavior.text",
        ("Ablauf: Begrüßung, Arbeit in Gruppen.", "Ablauf neu: Vortrag, Gespräch.")[
            variant
        ],
    )
    tick(page, "ITopics.topics", topics[variant])
    choose(page, "IWorkshop.event_format", ("round_table", "kickoff")[variant])
    tick(
        page,
        "IWorkshop.departments",
        (["gb_soziales"], ["gb_stadtentwicklung"])[variant],
    )
    switch(page, "IRegistrationSettings.registration_enabled", True)
    switch(page, "IRegistrationSettings.waitlist_enabled", bool(variant))
    switch(page, "IExcludeFromNavigation.exclude_from_nav", not variant)


def check_workshop_form(page, texts, dates, topics, variant):
    """The re-opened edit form shows variant 0 or 1 of every value."""
    wrong = {}
    for name, values in {**texts, **dates}.items():
        if value(page, name) != values[variant]:
            wrong[name] = value(page, name)
    expected = {
        "ITopics.topics": set(topics[variant]),
        "IWorkshop.departments": {("gb_soziales", "gb_stadtentwicklung")[variant]},
    }
    for name, tokens in expected.items():
        if ticked(page, name) != tokens:
            wrong[name] = ticked(page, name)
    if (
        value(page, "IWorkshop.event_format", ":list")
        != ("round_table", "kickoff")[variant]
    ):
        wrong["event_format"] = value(page, "IWorkshop.event_format", ":list")
    text = value(page, "IRichTextBehavior.text")
    if ("Begrüßung", "Vortrag, Gespräch")[variant] not in text:
        wrong["text"] = text
    booleans = {
        "IRegistrationSettings.registration_enabled": True,
        "IRegistrationSettings.waitlist_enabled": bool(variant),
        "IExcludeFromNavigation.exclude_from_nav": not variant,
    }
    for name, on in booleans.items():
        if page.is_checked(f"[name='form.widgets.{name}:list']") != on:
            wrong[name] = not on
    return wrong


def test_workshop_add_and_edit_forms(portal_url, new_page, login, screenshot):
    page = new_page()
    violations = collect_csp_violations(page)
    login(page, "redaktion")
    page.goto(f"{portal_url}/veranstaltungen/++add++Workshop")
    tokens = [
        box.get_attribute("value")
        for box in page.locator("[name='form.widgets.ITopics.topics:list']").all()
    ]
    topics = (tokens[:2], tokens[2:3])
    fill(page, "IDublinCore.title", "Workshop Alle Felder")
    fill(page, "IEventBasic.start", "2027-06-01T18:00")
    fill(page, "IEventBasic.end", "2027-06-01T20:00")
    fill_workshop(page, WORKSHOP_TEXTS, WORKSHOP_DATES, topics, 0)
    choose_file(page, "ILeadImageBehavior.image", png(40, 30, "red"))
    fill_grid_row(
        page,
        "IWorkshop.speakers",
        {"name": "Anna Alt", "role": "Vortrag", "organisation": "Stadt Leipzig"},
    )
    fill_grid_row(
        page,
        "IWorkshop.hosts",
        {"name": "Bernd Bau", "function": "Bürgermeister", "department": "gb_soziales"},
    )
    screenshot(page, "forms-01-workshop-add-filled")
    url = save(page)
    assert url.startswith(f"{portal_url}/veranstaltungen/"), url
    screenshot(page, "forms-02-workshop-added")
    assert image_size(page, url, "image") == (40, 30)

    page.goto(f"{url}/edit")
    assert check_workshop_form(page, WORKSHOP_TEXTS, WORKSHOP_DATES, topics, 0) == {}
    assert grid_rows(page, "IWorkshop.speakers") == [
        {"name": "Anna Alt", "role": "Vortrag", "organisation": "Stadt Leipzig"}
    ]
    assert grid_rows(page, "IWorkshop.hosts") == [
        {"name": "Bernd Bau", "function": "Bürgermeister", "department": "gb_soziales"}
    ]

    # Every field changed in the edit form, a second speaker added with the
    # grid's own button, the photo replaced, the day made whole.
    fill(page, "IDublinCore.title", "Workshop Alle Felder geändert")
    fill_workshop(page, WORKSHOP_TEXTS, WORKSHOP_DATES, topics, 1)
    add_grid_row(page, "IWorkshop.speakers")
    fill_grid_row(
        page,
        "IWorkshop.speakers",
        {"name": "Dora Dach", "role": "Moderation", "organisation": "Wohn:sinn"},
        position=1,
    )
    fill_grid_row(
        page, "IWorkshop.hosts", {"department": "gb_stadtentwicklung"}, position=0
    )
    choose_file(page, "ILeadImageBehavior.image", png(64, 48, "blue"))
    assert page.is_checked(
        "[name='form.widgets.ILeadImageBehavior.image.action'][value=replace]"
    )
    switch(page, "IEventBasic.whole_day", True)
    screenshot(page, "forms-03-workshop-edit-filled")
    assert save(page) == url
    assert "Änderungen gespeichert" in status_messages(page)
    screenshot(page, "forms-04-workshop-edited")
    content = page.inner_text("#content")
    for seen in (
        "Workshop Alle Felder geändert",
        "Kulturpalast, Saal 3",
        "Grundstücke für Gruppen",
        "Dora Dach",
        "Anna Alt",
        "Vortrag, Gespräch",
        "Stufenlos, Rampe",
    ):
        assert seen in content, seen
    assert page.locator("img[alt='Gruppe an einer Pinnwand']").count() >= 1
    assert image_size(page, url, "image") == (64, 48)

    page.goto(f"{url}/edit")
    assert check_workshop_form(page, WORKSHOP_TEXTS, WORKSHOP_DATES, topics, 1) == {}
    assert page.is_checked("[name='form.widgets.IEventBasic.whole_day:list']")
    assert [row["name"] for row in grid_rows(page, "IWorkshop.speakers")] == [
        "Anna Alt",
        "Dora Dach",
    ]
    assert grid_rows(page, "IWorkshop.hosts")[0]["department"] == "gb_stadtentwicklung"
    page.click("#form-buttons-cancel")
    page.wait_for_load_state()
    assert violations == []


def test_result_forms_pick_workshops_in_the_content_browser(
    portal_url, new_page, login, screenshot
):
    page = new_page()
    violations = collect_csp_violations(page)
    login(page, "redaktion")
    first = add_workshop(
        page, portal_url, "Workshop Quelle A", datetime(2027, 7, 1, 18)
    )
    second = add_workshop(
        page, portal_url, "Workshop Quelle B", datetime(2027, 7, 8, 18)
    )
    page.goto(f"{portal_url}/ergebnisse/++add++Result")
    tokens = [
        box.get_attribute("value")
        for box in page.locator("[name='form.widgets.ITopics.topics:list']").all()
    ]
    fill(page, "IDublinCore.title", "Ergebnis Alle Felder")
    fill(page, "IDublinCore.description", "Was herauskam.")
    choose(page, "IResult.result_kind", "challenge")
    choose(page, "IResult.status", "agreed")
    pick_in_content_browser(
        page, "IResult.workshops", ["Veranstaltungen"], "Workshop Quelle A"
    )
    expect_related(page, "IResult.workshops", "Workshop Quelle A")
    tick(page, "ITopics.topics", tokens[:1])
    write_rich_text(page, "IRichTextBehavior.text", "Erster Befund.")
    screenshot(page, "forms-05-result-add-filled")
    url = save(page)
    screenshot(page, "forms-06-result-added")
    content = page.inner_text("#content")
    assert "Ergebnis Alle Felder" in content and "Erster Befund." in content
    assert page.locator(f"#content a[href^='{first}']").count() >= 1

    page.goto(f"{url}/edit")
    fill(page, "IDublinCore.title", "Ergebnis Alle Felder geändert")
    fill(page, "IDublinCore.description", "Was nun herauskam.")
    choose(page, "IResult.result_kind", "recommendation")
    choose(page, "IResult.status", "in_progress")
    pick_in_content_browser(
        page, "IResult.workshops", ["Veranstaltungen"], "Workshop Quelle B"
    )
    tick(page, "ITopics.topics", tokens[1:2])
    write_rich_text(page, "IRichTextBehavior.text", "Zweiter Befund.")
    screenshot(page, "forms-07-result-edit-filled")
    assert save(page) == url
    screenshot(page, "forms-08-result-edited")
    content = page.inner_text("#content")
    assert "Ergebnis Alle Felder geändert" in content and "Zweiter Befund." in content
    for workshop in (first, second):
        assert page.locator(f"#content a[href^='{workshop}']").count() >= 1, workshop
    page.goto(f"{url}/edit")
    assert value(page, "IResult.result_kind", ":list") == "recommendation"
    assert value(page, "IResult.status", ":list") == "in_progress"
    assert ticked(page, "ITopics.topics") == set(tokens[1:2])
    assert value(page, "IDublinCore.description") == "Was nun herauskam."
    page.click("#form-buttons-cancel")
    page.wait_for_load_state()
    assert violations == []


def test_photo_and_file_forms_inside_a_workshop(
    portal_url, new_page, login, screenshot
):
    page = new_page()
    violations = collect_csp_violations(page)
    login(page, "redaktion")
    workshop = add_workshop(
        page, portal_url, "Workshop Dokumentation", datetime(2027, 5, 3, 18)
    )
    page.goto(f"{workshop}/++add++Image")
    fill(page, "title", "Stuhlkreis")
    fill(page, "description", "Zu Beginn.")
    fill(page, "IAltText.alt_text", "Stuhlkreis im Ratssaal")
    choose_file(page, "image", png(30, 20, "green"))
    screenshot(page, "forms-09-image-add-filled")
    photo = save(page)
    assert image_size(page, photo) == (30, 20)

    page.goto(f"{photo}/edit")
    fill(page, "title", "Stuhlkreis am Abend")
    fill(page, "IAltText.alt_text", "Stuhlkreis im Ratssaal am Abend")
    choose_file(page, "image", png(36, 24, "yellow"))
    pick_in_content_browser(
        page,
        "IRelatedItems.relatedItems",
        ["Veranstaltungen"],
        "Workshop Dokumentation",
    )
    screenshot(page, "forms-10-image-edit-filled")
    assert save(page) == photo
    assert image_size(page, photo) == (36, 24)
    page.goto(f"{photo}/edit")
    assert value(page, "IAltText.alt_text") == "Stuhlkreis im Ratssaal am Abend"
    expect_related(page, "IRelatedItems.relatedItems", "Workshop Dokumentation")
    page.click("#form-buttons-cancel")
    page.wait_for_load_state()

    page.goto(f"{workshop}/++add++File")
    fill(page, "title", "Protokoll")
    choose_file(
        page,
        "file",
        {"name": "protokoll.txt", "mimeType": "text/plain", "buffer": b"Fassung 1"},
    )
    minutes = save(page)
    page.goto(f"{minutes}/edit")
    fill(page, "title", "Protokoll, endgültig")
    fill(page, "description", "Vom Plenum bestätigt.")
    choose_file(
        page,
        "file",
        {"name": "protokoll.txt", "mimeType": "text/plain", "buffer": b"Fassung 2"},
    )
    screenshot(page, "forms-11-file-edit-filled")
    assert save(page) == minutes
    download = page.request.get(f"{minutes}/@@download/file")
    assert download.ok and download.body() == b"Fassung 2"

    page.goto(workshop)
    screenshot(page, "forms-12-workshop-documentation")
    gallery = page.locator(".rundtisch-gallery")
    assert gallery.locator("img[alt='Stuhlkreis im Ratssaal am Abend']").count() == 1
    assert "Protokoll, endgültig" in page.inner_text(".rundtisch-files")
    assert violations == []


def test_office_edit_form_in_a_working_copy(portal_url, new_page, login, screenshot):
    page = new_page()
    violations = collect_csp_violations(page)
    login(page, "redaktion")
    copy = check_out(page, f"{portal_url}/koordinierungsstelle")
    try:
        page.goto(f"{copy}/edit")
        write_rich_text(page, "ICoordinationOffice.mandate", "Auftrag neu gefasst.")
        fill_grid_row(
            page,
            "ICoordinationOffice.tasks",
            {"title": "Beratung", "description": "Gruppen beraten"},
        )
        fill(page, "ICoordinationOffice.professional_requirements", "Recht\nBau")
        fill(page, "ICoordinationOffice.personal_requirements", "Geduld\nOffenheit")
        choose(page, "ICoordinationOffice.implementation_status", "setup")
        fill_grid_row(
            page,
            "ICoordinationOffice.milestones",
            {"date": "2027-09-01", "title": "Stelle besetzt", "done": True},
        )
        pick_in_content_browser(
            page,
            "ICoordinationOffice.based_on",
            ["Ergebnisse"],
            "Gemeinschaftlich alt werden",
        )
        fill_grid_row(
            page,
            "ICoordinationOffice.reference_models",
            {"name": "Netzwerk", "city": "Leipzig", "url": "https://example.org/l"},
        )
        screenshot(page, "forms-13-office-edit-filled")
        assert save(page) == copy
        assert "Änderungen gespeichert" in status_messages(page)
        screenshot(page, "forms-14-office-edited")
        content = page.inner_text("#content")
        for seen in (
            "Auftrag neu gefasst.",
            "Beratung",
            "Geduld",
            "Stelle besetzt",
            "Gemeinschaftlich alt werden",
            "Netzwerk",
        ):
            assert seen in content, seen
        page.goto(f"{copy}/edit")
        assert value(page, "ICoordinationOffice.implementation_status", ":list") == (
            "setup"
        )
        assert {"date": "2027-09-01", "title": "Stelle besetzt", "done": True} in (
            grid_rows(page, "ICoordinationOffice.milestones")
        )
        page.click("#form-buttons-cancel")
        page.wait_for_load_state()
    finally:
        # A form left open above locks the copy; iterate cancels only an
        # unlocked one.
        page.goto(copy)
        if page.get_by_role("button", name="Sperre aufheben").count():
            page.get_by_role("button", name="Sperre aufheben").click()
            page.wait_for_load_state()
        page.goto(f"{copy}/@@content-cancel-checkout")
        page.click("[name='form.button.Cancel']")
        page.wait_for_load_state()
    assert violations == []


def test_sign_up_form_edit_keeps_the_fields_shown(
    portal_url, new_page, login, screenshot
):
    """The sign-up form's edit page: its ordered selection ("Zeige Antworten",
    what the thank-you page repeats) moves fields with its arrow buttons and
    keeps them through every save (browser/templates/orderedselect_input.pt:
    under the CSP the stock widget did neither)."""
    page = new_page()
    violations = collect_csp_violations(page)
    login(page, "redaktion")
    url = add_workshop(page, portal_url, "Workshop Formular", datetime(2027, 8, 2, 18))
    page.goto(f"{url}/edit")
    switch(page, "IRegistrationSettings.registration_enabled", True)
    save(page)
    page.goto(f"{url}/anmeldung/edit")
    field = page.locator("#form-widgets-showFields")
    reveal(page, field.locator("select").first)
    chosen = page.locator("#form-widgets-showFields-from option").first
    token = chosen.get_attribute("value")
    page.select_option("#form-widgets-showFields-from", [token])
    field.locator("button", has_text="→").click()
    shown = "#form-widgets-showFields-to option"
    assert token in page.eval_on_selector_all(shown, "os => os.map(o => o.value)")
    screenshot(page, "forms-15-signup-form-fields-shown")
    save(page)
    for _save_again in range(2):
        page.goto(f"{url}/anmeldung/edit")
        values = page.eval_on_selector_all(shown, "os => os.map(o => o.value)")
        assert values == [token]
        save(page)
    assert violations == []
