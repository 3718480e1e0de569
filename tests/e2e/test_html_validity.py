"""Valid HTML: the Nu Html Checker finds no error on the public pages.

The anonymous HTML of each public page of the demo portal (as the server sends
it, before any script runs) is saved under test-artifacts/e2e/html/ and
checked in one run of vnu.jar (npm `vnu-jar`, installed into .browser/ by
scripts/install-browser.sh); its JSON report is test-artifacts/e2e/vnu.json.
"""

from lxml import html as lxml_html
from pathlib import Path
from urllib.parse import urldefrag
from urllib.parse import urlsplit

import json
import pytest
import re
import requests
import shutil
import subprocess


pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
VNU_JAR = ROOT / ".browser" / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
# Page name -> path below the site; workshops, a result and the pages linked
# in the footer are found at run time.
PAGES = {
    "home": "",
    "workshop-listing": "veranstaltungen",
    "results-overview": "ergebnisse",
    "office-page": "koordinierungsstelle",
    "sitemap": "sitemap",
    "search": "@@search?SearchableText=Wohnen",
}


def search(portal_url, **params):
    response = requests.get(
        f"{portal_url}/@search",
        params=params,
        headers={"Accept": "application/json"},
        timeout=30,
    )
    response.raise_for_status()
    return response.json()["items"]


def get_html(url):
    response = requests.get(url, timeout=60)
    assert response.status_code == 200, f"{url}: HTTP {response.status_code}"
    assert response.headers["Content-Type"].startswith("text/html"), url
    return response.text


def footer_links(portal_url, page_html):
    """The portal's own pages linked in the footer, as absolute URLs."""
    tree = lxml_html.fromstring(page_html, base_url=portal_url + "/")
    tree.make_links_absolute()
    links = []
    for href in tree.xpath("//*[@id='portal-footer']//a/@href"):
        url = urldefrag(href).url.rstrip("/")
        if url.startswith(portal_url + "/") and url not in links:
            links.append(url)
    return links


def page_name(portal_url, url):
    path = urlsplit(url[len(portal_url) :]).path.strip("/")
    return re.sub(r"[^A-Za-z0-9_-]+", "-", path) or "home"


@pytest.fixture(scope="module")
def public_pages(portal_url):
    """Page name -> anonymous URL of every public page to check."""
    pages = {name: f"{portal_url}/{path}".rstrip("/") for name, path in PAGES.items()}
    workshops = search(
        portal_url, portal_type="Workshop", sort_on="start", fullobjects=1
    )
    assert workshops, "The demo content has no published workshop."
    signup_forms = []
    for workshop in workshops:
        pages[f"workshop-{workshop['id']}"] = workshop["@id"]
        if (workshop.get("registration") or {}).get("status") in ("open", "waitlist"):
            signup_forms.append(f"{workshop['@id']}/anmeldung")
    assert signup_forms, "The demo content has no workshop with open sign-up."
    pages["signup-form"] = signup_forms[0]
    results = search(portal_url, portal_type="Result", sort_on="sortable_title")
    assert results, "The demo content has no published result."
    pages["result"] = results[0]["@id"]
    known = set(pages.values())
    for url in footer_links(portal_url, get_html(portal_url)):
        if url not in known:
            pages[f"footer-{page_name(portal_url, url)}"] = url
            known.add(url)
    return pages


@pytest.fixture(scope="module")
def vnu():
    if not VNU_JAR.exists() or shutil.which("java") is None:
        pytest.fail(
            "The HTML check needs scripts/install-browser.sh (run by make test)."
        )

    def check(files, report):
        """Run vnu.jar once over `files`; save its JSON to `report`; return
        its messages."""
        completed = subprocess.run(
            ["java", "-jar", VNU_JAR, "--format", "json", "--errors-only"]
            + [str(path) for path in files],
            capture_output=True,
            text=True,
            timeout=300,
        )
        # vnu writes its report to stderr and exits 1 when it found errors.
        report.write_text(completed.stderr, encoding="utf-8")
        return json.loads(completed.stderr)["messages"]

    return check


def test_public_pages_are_valid_html(portal_url, public_pages, artifacts, vnu):
    html_dir = artifacts / "html"
    shutil.rmtree(html_dir, ignore_errors=True)
    html_dir.mkdir()
    files = {}
    for name, url in public_pages.items():
        path = html_dir / f"{name}.html"
        path.write_text(get_html(url), encoding="utf-8")
        files[path] = name
    messages = vnu(list(files), artifacts / "vnu.json")
    names = {path.as_uri(): f"{name}.html" for path, name in files.items()}
    errors = [
        message
        for message in messages
        if message["type"] in ("error", "non-document-error")
    ]
    assert errors == [], f"{len(errors)} HTML errors:\n" + "\n".join(
        f"{names.get(message.get('url'), message.get('url'))}"
        f":{message.get('lastLine', '?')}: {message['message']}"
        f"\n    {message.get('extract', '').strip()}"
        for message in errors
    )
