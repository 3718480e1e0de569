"""After a published workshop, the Redaktion documents it through a working
copy (issue 25, docs/design.md §3 and §4): minutes and two photos with their
alternative texts go into the copy, both departments approve it in the
Classic UI, the Redaktion replaces the original by the copy, and visitors see
the gallery and the minutes on the public workshop page. The sign-up form
stays one: the workshop's own `anmeldung`, never a second in the copy.

Screenshots: test-artifacts/e2e/documentation-*.png.
"""

from datetime import datetime
from form_widgets import choose_file
from form_widgets import fill
from form_widgets import png
from form_widgets import save
from form_widgets import switch
from page_checks import collect_csp_violations
from review_pages import add_workshop
from review_pages import check_in
from review_pages import check_out
from review_pages import choose_state
from review_pages import status_messages

import pytest
import requests


pytestmark = pytest.mark.e2e

PHOTOS = {
    "Begrüßung": ("Die Bürgermeisterin begrüßt die Gäste im Ratssaal.", "red"),
    "Gruppenarbeit": ("Vier Teilnehmende sortieren Karten an einer Pinnwand.", "blue"),
}


def sign_up_forms(portal_url, workshop_url, admin_password):
    """The paths of every EasyForm in the site that belongs to the workshop
    or to a working copy of it, as an administrator finds them."""
    found = requests.get(
        f"{portal_url}/@search",
        params={"portal_type": "EasyForm", "b_size": 1000},
        headers={"Accept": "application/json"},
        auth=("admin", admin_password),
        timeout=30,
    )
    assert found.ok, found.text[:300]
    slug = workshop_url.rstrip("/").rsplit("/", 1)[-1]
    return sorted(
        item["@id"].removeprefix(portal_url)
        for item in found.json()["items"]
        if slug in item["@id"]
    )


def test_minutes_and_photos_reach_the_public_page_through_a_working_copy(
    portal_url, new_page, login, screenshot, admin_password
):
    editor = new_page()
    violations = collect_csp_violations(editor)
    login(editor, "redaktion")
    url = add_workshop(
        editor, portal_url, "Workshop Nachbereitung", datetime(2027, 3, 4, 18)
    )
    editor.goto(f"{url}/edit")
    switch(editor, "IRegistrationSettings.registration_enabled", True)
    fill(editor, "IRegistrationSettings.capacity", "20")
    save(editor)
    choose_state(editor, url, "submit")
    social, urban = new_page(), new_page()
    violations += collect_csp_violations(social) + collect_csp_violations(urban)
    login(social, "pruefung-soziales")
    login(urban, "pruefung-stadtentwicklung")
    choose_state(social, url, "approve_social")
    choose_state(urban, url, "approve_urban")
    assert "veröffentlicht" in status_messages(urban)
    assert sign_up_forms(portal_url, url, admin_password) == [
        f"{url.removeprefix(portal_url)}/anmeldung"
    ]

    # Redaktion: Aktionen → Arbeitskopie erstellen, then the documentation
    # inside the copy, as files and photos of the workshop.
    copy = check_out(editor, url)
    assert copy != url
    screenshot(editor, "documentation-01-working-copy")
    assert sign_up_forms(portal_url, url, admin_password) == [
        f"{url.removeprefix(portal_url)}/anmeldung"
    ], "the working copy has no sign-up form of its own"
    editor.goto(f"{copy}/++add++File")
    fill(editor, "title", "Protokoll des Workshops")
    choose_file(
        editor,
        "file",
        {
            "name": "protokoll.txt",
            "mimeType": "text/plain",
            "buffer": b"Ergebnisse der Gruppenarbeit",
        },
    )
    save(editor)
    for title, (alt, colour) in PHOTOS.items():
        editor.goto(f"{copy}/++add++Image")
        fill(editor, "title", title)
        fill(editor, "IAltText.alt_text", alt)
        choose_file(editor, "image", png(80, 60, colour, f"{colour}.png"))
        screenshot(editor, f"documentation-02-photo-{colour}")
        save(editor)
    editor.goto(copy)
    screenshot(editor, "documentation-03-copy-with-documentation")
    gallery = editor.locator(".rundtisch-gallery img")
    assert sorted(gallery.evaluate_all("imgs => imgs.map(i => i.alt)")) == sorted(
        alt for alt, _colour in PHOTOS.values()
    )
    choose_state(editor, copy, "submit")

    # Both departments approve the copy in the Classic UI.
    choose_state(social, copy, "approve_social")
    screenshot(social, "documentation-04-approved-social")
    choose_state(urban, copy, "approve_urban")
    screenshot(urban, "documentation-05-approved-urban")
    assert "Original durch die Arbeitskopie ersetzen" in status_messages(urban)

    # Redaktion: Aktionen → Original durch Arbeitskopie ersetzen.
    assert check_in(editor, copy) == url
    screenshot(editor, "documentation-06-checked-in")
    assert "Unzureichende Berechtigungen" not in editor.inner_text("body")

    visitor = new_page()
    violations += collect_csp_violations(visitor)
    visitor.goto(url)
    screenshot(visitor, "documentation-07-public-page")
    documentation = visitor.locator(".rundtisch-documentation")
    photos = documentation.locator(".rundtisch-gallery img")
    assert sorted(photos.evaluate_all("imgs => imgs.map(i => i.alt)")) == sorted(
        alt for alt, _colour in PHOTOS.values()
    )
    for index in range(photos.count()):
        source = photos.nth(index).get_attribute("src")
        assert visitor.request.get(source).ok, source
    assert "Protokoll des Workshops" in documentation.inner_text()
    assert sign_up_forms(portal_url, url, admin_password) == [
        f"{url.removeprefix(portal_url)}/anmeldung"
    ]
    # The sign-up box still counts the original's seats.
    assert "20" in visitor.inner_text("#content")
    assert violations == []
