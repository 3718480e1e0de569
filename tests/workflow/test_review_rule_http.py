"""Over the real WSGI server: nothing anonymous can read skipped both
approvals, not a parent's title, the site root's texts or a published page's
place (issue 28, docs/security.md "Nothing public without both approvals")."""

from review_helpers import bring_to
from review_helpers import create_item
from review_helpers import create_users
from review_helpers import PASSWORD

import pytest
import re
import requests
import transaction


JSON = {"Accept": "application/json", "Content-Type": "application/json"}
RESULT = "sektion/offen/ergebnis-offen"


@pytest.fixture
def site(functional_portal):
    create_users()
    section = bring_to(
        create_item(functional_portal, "Folder", title="Sektion"), "published"
    )
    open_workshop = bring_to(
        create_item(section, "Workshop", title="Offen"), "published"
    )
    bring_to(create_item(open_workshop, "Result", title="Ergebnis Offen"), "published")
    create_item(open_workshop, "Result", title="Ergebnis in Arbeit")
    draft = create_item(section, "Workshop", title="Geheimer Entwurf")
    create_item(draft, "Result", title="Ergebnis im Entwurf")
    create_item(functional_portal, "Folder", title="Ablage")
    create_item(functional_portal, title="Notiz")
    archive = bring_to(
        create_item(functional_portal, "Folder", title="Archiv"), "published"
    )
    bring_to(create_item(archive, title="Altes Protokoll"), "published")
    # The legal page the profile creates, linked from the footer.
    bring_to(functional_portal["impressum"], "published")
    transaction.commit()
    return functional_portal.absolute_url()


def call(url, method, path="", user="redaktion", headers=JSON, **kwargs):
    kwargs.setdefault("allow_redirects", False)
    return requests.request(
        method,
        f"{url}/{path}".rstrip("/"),
        headers=headers,
        auth=(user, PASSWORD) if user else None,
        timeout=30,
        **kwargs,
    )


def transition(url, path, action, user="redaktion", comment=None):
    body = {"comment": comment} if comment else {}
    return call(url, "POST", f"{path}/@workflow/{action}", user=user, json=body)


def state(url, path):
    return call(url, "GET", f"{path}/@workflow", user="manager").json()["state"]["id"]


def anonymous(url, path, **kwargs):
    return call(url, "GET", path, user=None, **kwargs)


# A published item inside a draft or retracted parent


def test_a_result_in_a_draft_workshop_cannot_be_submitted(site):
    path = "sektion/geheimer-entwurf/ergebnis-im-entwurf"
    response = transition(site, path, "submit")
    assert response.status_code == 400, response.text
    assert state(site, path) == "private"
    page = call(site, "GET", path, headers={"Accept": "text/html"})
    assert "Nicht öffentlich, solange „Geheimer Entwurf“" in page.text
    assert "workflow_action=submit" not in page.text


def test_a_result_in_a_published_workshop_can_be_submitted(site):
    path = "sektion/offen/ergebnis-in-arbeit"
    assert transition(site, path, "submit").status_code == 200
    assert state(site, path) == "pending"


def test_a_retracted_workshop_stops_the_review_of_its_results(site):
    path = "sektion/offen/ergebnis-in-arbeit"
    assert transition(site, path, "submit").status_code == 200
    retracted = transition(site, "sektion/offen", "retract", comment="Termin falsch")
    assert retracted.status_code == 200, retracted.text
    for user, action in (
        ("pruefung-soziales", "approve_social"),
        ("pruefung-stadtentwicklung", "approve_urban"),
    ):
        assert transition(site, path, action, user=user).status_code == 400
    assert state(site, path) == "pending"


def test_a_retracted_workshop_hides_its_published_results(site):
    assert anonymous(site, RESULT, headers=JSON).status_code == 200
    retracted = transition(site, "sektion/offen", "retract", comment="Termin falsch")
    assert retracted.status_code == 200, retracted.text
    # The result keeps its own state; its page is no longer anonymous.
    assert state(site, RESULT) == "published"
    for path in (RESULT, f"{RESULT}/@breadcrumbs"):
        assert anonymous(site, path, headers=JSON).status_code == 401, path
    page = anonymous(site, RESULT, headers={"Accept": "text/html"})
    assert page.status_code != 200
    assert "Offen" not in page.text
    found = anonymous(site, "@search", headers=JSON, params={"portal_type": "Result"})
    assert found.json()["items_total"] == 0, found.text
    feed = anonymous(site, "@@rss-ergebnisse", headers={})
    assert feed.status_code == 200
    assert "sektion/offen" not in feed.text
    # The Redaktion still reads it.
    assert call(site, "GET", RESULT).status_code == 200


def test_publishing_the_workshop_again_shows_its_results(site):
    transition(site, "sektion/offen", "retract", comment="Termin falsch")
    assert anonymous(site, RESULT, headers=JSON).status_code == 401
    transition(site, "sektion/offen", "submit")
    transition(site, "sektion/offen", "approve_social", user="pruefung-soziales")
    transition(site, "sektion/offen", "approve_urban", user="pruefung-stadtentwicklung")
    assert anonymous(site, RESULT, headers=JSON).status_code == 200


# The site root


@pytest.mark.parametrize(
    "body",
    [
        {"title": "Gekapert", "description": "Gekapert"},
        {"text": {"data": "<p>Gekapert</p>", "content-type": "text/html"}},
        {"layout": "listing_view"},
    ],
    ids=["title", "text", "layout"],
)
def test_the_redaktion_does_not_change_the_site_root(site, body):
    response = call(site, "PATCH", json=body)
    assert response.status_code in (401, 403), response.text
    root = anonymous(site, "", headers=JSON).json()
    assert root["title"] != "Gekapert"
    assert root["layout"] != "listing_view"
    assert "Gekapert" not in str(root.get("text"))


def test_the_site_root_edit_form_is_not_the_redaktions(site):
    response = call(site, "GET", "@@edit", headers={"Accept": "text/html"})
    assert response.status_code != 200


def test_a_site_administrator_edits_the_site_root(site):
    response = call(
        site, "GET", "@@edit", user="siteadmin", headers={"Accept": "text/html"}
    )
    assert response.status_code == 200


def test_the_redaktion_still_changes_the_display_of_its_drafts(site):
    response = call(site, "PATCH", "ablage", json={"layout": "listing_view"})
    assert response.status_code == 204, response.text


def test_the_display_of_published_content_is_not_changed_unreviewed(site):
    response = call(site, "PATCH", "sektion", json={"layout": "listing_view"})
    assert response.status_code in (401, 403), response.text


# Moves


def test_rest_move_does_not_take_a_published_page_away(site):
    response = call(site, "POST", "ablage/@move", json={"source": f"{site}/impressum"})
    assert response.status_code == 400, response.text
    assert "veröffentlicht" in response.json()["error"]["message"]
    assert anonymous(site, "impressum", headers=JSON).status_code == 200


def test_rest_move_does_not_take_a_folder_with_published_content_away(site):
    # Retracted, the folder is a draft; what it holds is still published
    # (hidden by its draft folder) and would leave its reviewed place.
    retracted = transition(site, "archiv", "retract", comment="Umzug")
    assert retracted.status_code == 200, retracted.text
    response = call(site, "POST", "ablage/@move", json={"source": f"{site}/archiv"})
    assert response.status_code == 400, response.text
    assert state(site, "archiv/altes-protokoll") == "published"


def test_rest_move_of_a_draft_still_works(site):
    response = call(site, "POST", "ablage/@move", json={"source": f"{site}/notiz"})
    assert response.status_code == 200, response.text


def test_a_site_administrator_may_move_published_content(site):
    response = call(
        site,
        "POST",
        "ablage/@move",
        user="siteadmin",
        json={"source": f"{site}/impressum"},
    )
    assert response.status_code == 200, response.text


def contents(url, path):
    folder = call(url, "GET", path, user="manager").json()
    return [item["@id"].rsplit("/", 1)[-1] for item in folder["items"]]


def authenticator(session, url):
    page = session.get(f"{url}/ablage/@@edit")
    return re.search(r"_authenticator(?:=|\W+value=\W)([0-9a-f]+)", page.text).group(1)


def classic_session(url):
    session = requests.Session()
    session.auth = ("redaktion", PASSWORD)
    session.headers["Accept"] = "text/html"
    return session, authenticator(session, url)


def cut_and_paste(url, source, target):
    session, token = classic_session(url)
    session.post(f"{url}/{source}/object_cut", data={"_authenticator": token})
    session.post(f"{url}/{target}/object_paste", data={"_authenticator": token})


def test_classic_cut_and_paste_moves_a_draft(site):
    cut_and_paste(site, "notiz", "ablage")
    assert contents(site, "ablage") == ["notiz"]


def test_classic_cut_and_paste_does_not_take_a_published_page_away(site):
    cut_and_paste(site, "impressum", "ablage")
    assert anonymous(site, "impressum", headers=JSON).status_code == 200
    assert contents(site, "ablage") == []


def test_classic_rename_does_not_move_a_published_page(site):
    session, token = classic_session(site)
    session.post(
        f"{site}/impressum/object_rename",
        data={
            "_authenticator": token,
            "form.widgets.new_id": "weg",
            "form.widgets.new_title": "Impressum",
            "form.buttons.Rename": "Umbenennen",
        },
    )
    assert anonymous(site, "impressum", headers=JSON).status_code == 200
    assert "weg" not in contents(site, "")
