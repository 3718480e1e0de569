"""Over the real WSGI server: no file, image or copied form goes public
without the review (issue 12)."""

from base64 import b64encode
from review_helpers import bring_to
from review_helpers import create_item
from review_helpers import create_users
from review_helpers import PASSWORD

import pytest
import requests
import transaction


JSON = {"Accept": "application/json", "Content-Type": "application/json"}
HTML_FILE = {
    "@type": "File",
    "title": "x",
    "file": {
        "data": b64encode(b"<script>alert(1)</script>").decode(),
        "encoding": "base64",
        "filename": "x.html",
        "content-type": "text/html",
    },
}
PIXEL = (
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQ"
    "AAAABJRU5ErkJggg=="
)
IMAGE = {
    "@type": "Image",
    "title": "Foto",
    "alt_text": "Ein Pixel",
    "image": {
        "data": PIXEL,
        "encoding": "base64",
        "filename": "foto.png",
        "content-type": "image/png",
    },
}


@pytest.fixture
def site(functional_portal):
    create_users()
    section = bring_to(
        create_item(functional_portal, "Folder", title="Sektion"), "published"
    )
    bring_to(
        create_item(
            section,
            "Workshop",
            title="Offen",
            registration_enabled=True,
            capacity=10,
        ),
        "published",
    )
    create_item(section, "Workshop", title="Entwurf")
    transaction.commit()
    return functional_portal.absolute_url()


def call(url, method, path="", user="redaktion", **kwargs):
    return requests.request(
        method,
        f"{url}/{path}".rstrip("/"),
        headers=JSON,
        auth=(user, PASSWORD) if user else None,
        timeout=30,
        **kwargs,
    )


def anonymous_finds(url, text):
    found = call(url, "GET", "@search", user=None, params={"SearchableText": text})
    return found.json()["items_total"]


@pytest.mark.parametrize("body", [HTML_FILE, IMAGE], ids=["file", "image"])
def test_no_file_or_image_at_the_site_root(site, body):
    response = call(site, "POST", json=body)
    assert response.status_code in (400, 403), response.text
    assert anonymous_finds(site, body["title"]) == 0


@pytest.mark.parametrize("body", [HTML_FILE, IMAGE], ids=["file", "image"])
def test_no_file_or_image_added_to_published_content(site, body):
    response = call(site, "POST", "sektion/offen", json=body)
    assert response.status_code in (401, 403), response.text


def test_an_image_of_a_draft_is_a_draft(site):
    response = call(site, "POST", "sektion/entwurf", json=IMAGE)
    assert response.status_code == 201, response.text
    image_url = response.json()["@id"]
    assert requests.get(image_url, timeout=30, allow_redirects=False).status_code in (
        302,
        401,
    )
    assert anonymous_finds(site, "Foto") == 0


@pytest.mark.parametrize("target", ["", "sektion", "sektion/entwurf"])
def test_a_sign_up_form_is_not_copied_out_of_its_workshop(site, target):
    source = f"{site}/sektion/offen/anmeldung"
    response = call(
        site, "POST", f"{target}/@copy".lstrip("/"), json={"source": source}
    )
    assert response.status_code in (400, 403), response.text
    assert anonymous_finds(site, "Anmeldung") <= 1  # only the original
