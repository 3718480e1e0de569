"""No anonymous request answers 5xx (issue 12): bad query parameters get 400
with a message that names no exception, routes the portal does not offer
answer 404, and a mail server that is down fails nothing. Through the real
WSGI server on the demo content; the MailHost points at a closed port.
"""

from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD

import pytest
import requests
import transaction


JSON = {"Accept": "application/json"}
WORKSHOP = "veranstaltungen/workshop-4"
ROUTES = [
    # (method, path, headers, json body)
    ("GET", f"{WORKSHOP}/@@download", None, None),
    ("GET", f"{WORKSHOP}/@@download", JSON, None),
    ("GET", "@search?b_size=-1", JSON, None),
    ("GET", "@search?b_size=abc", JSON, None),
    ("GET", "@search?b_start=abc", JSON, None),
    ("GET", "@search?sort_limit=x", JSON, None),
    ("GET", "@search?start.query=notadate&start.range=min", JSON, None),
    ("GET", "@search?sort_on=SearchableText", JSON, None),
    ("POST", "@email-notification", JSON, {"from": "a@b.de", "message": "x"}),
    ("POST", f"{WORKSHOP}/@email-send", JSON, {"to": "a@b.de", "message": "x"}),
    ("POST", "@users/redaktion/reset-password", JSON, {}),
    ("POST", "@users/niemand/reset-password", JSON, {}),
    ("POST", f"{WORKSHOP}/@comments", JSON, {"text": "Spam"}),
    ("GET", f"{WORKSHOP}/@comments", JSON, None),
]


@pytest.fixture(scope="class")
def portal_url(demo_functional_portal_class):
    mailhost = api.portal.get_tool("MailHost")
    mailhost.smtp_host, mailhost.smtp_port = "127.0.0.1", 9  # nothing listens
    transaction.commit()
    return demo_functional_portal_class.absolute_url()


class TestOnTheDemoSite:
    @pytest.mark.parametrize(
        "method,path,headers,body", ROUTES, ids=[f"{m} {p}" for m, p, _h, _b in ROUTES]
    )
    def test_anonymous_requests_never_answer_5xx(
        self, portal_url, method, path, headers, body
    ):
        response = requests.request(
            method, f"{portal_url}/{path}", headers=headers, json=body, timeout=60
        )
        assert response.status_code < 500, response.text[:500]
        for name in ("Error", "Traceback", "Exception"):
            assert name not in response.text, response.text[:500]

    def test_bad_search_parameters_are_explained(self, portal_url):
        response = requests.get(
            f"{portal_url}/@search?b_size=abc", headers=JSON, timeout=60
        )
        assert response.status_code == 400
        assert "Ungültige Suchanfrage" in response.json()["error"]["message"]

    @pytest.mark.parametrize("path", ["@email-notification", f"{WORKSHOP}/@comments"])
    def test_routes_not_offered_answer_404(self, portal_url, path):
        response = requests.post(
            f"{portal_url}/{path}", headers=JSON, json={}, timeout=60
        )
        assert response.status_code == 404

    def test_raw_export_without_delimiter_is_semicolon_csv(self, portal_url):
        """easyform's own export (Managers only now) without `csv_delimiter`."""
        response = requests.get(
            f"{portal_url}/{WORKSHOP}/anmeldung/actions/anmeldungen/@@data",
            params={"form.buttons.download": "Herunterladen"},
            auth=(SITE_OWNER_NAME, SITE_OWNER_PASSWORD),
            timeout=60,
        )
        assert response.status_code == 200, response.text[:500]
        assert response.text.splitlines()[0].count(";") >= 3
