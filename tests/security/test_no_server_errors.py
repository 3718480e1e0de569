"""No anonymous request answers 5xx (issue 12): bad query parameters get 400
with a message that names no exception, routes the portal does not offer
answer 404, and a mail server that is down fails nothing. Through the real
WSGI server on the demo content; the MailHost points at a closed port.
"""

from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD

import html
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
            f"{portal_url}/@search?SearchableText=not", headers=JSON, timeout=60
        )
        assert response.status_code == 400
        assert "Ungültige Suchanfrage" in response.json()["error"]["message"]

    def test_bad_batch_parameters_are_named(self, portal_url):
        """Checked for every route before the service runs (operations/checks/bounds.py)."""
        response = requests.get(
            f"{portal_url}/@search?b_size=abc", headers=JSON, timeout=60
        )
        assert response.status_code == 400
        assert "Ungültiger Parameter „b_size“" in response.json()["message"]

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


# Issue 28: what a fuzzer found, in our code and in the framework, sent to the
# portal as `make start` serves it (the whole WSGI pipeline of zope.ini).
JSON_BODY = {**JSON, "Content-Type": "application/json"}
ANSWERED_4XX = [
    # (method, path, headers, raw body, expected status)
    ("GET", f"{WORKSHOP}/anmeldung/@@abmelden?token:int=5", None, None, 200),
    (
        "GET",
        f"{WORKSHOP}/anmeldung/@@abmelden?token:list=a&token:list=b",
        None,
        None,
        200,
    ),
    ("GET", "ergebnisse?topic=a&topic=b", None, None, 200),
    (
        "GET",
        f"{WORKSHOP}/@@transition-reason?workflow_action=a&workflow_action=b",
        None,
        None,
        200,
    ),
    ("GET", "@search?SearchableText=not", JSON, None, 400),
    ("GET", "@search?SearchableText=-1", JSON, None, 400),
    ("GET", "@search?SearchableText=a%20AND", JSON, None, 400),
    ("GET", "@search?SearchableText=%00", JSON, None, 400),
    ("GET", "@search?start.query=2020-13-45", JSON, None, 400),
    ("PUT", "@@search", None, None, 405),
    ("DELETE", "@@search", None, None, 405),
    ("PATCH", f"{WORKSHOP}/@@ics_view", None, None, 405),
    ("PROPFIND", "@@search", None, None, 405),
    ("OPTIONS", "@@search", None, None, 405),
    ("DELETE", "sitemap", None, None, 404),
    ("PATCH", "@search", {"Accept": "text/html"}, None, 404),
    ("GET", "?x:int=abc", None, None, 400),
    ("GET", "?x:date=abc", None, None, 400),
    ("GET", f"{WORKSHOP}?x:required=", None, None, 400),
    ("GET", "", {"Authorization": "Basic !!!"}, None, 400),
    (
        "POST",
        "@@search",
        {"Content-Type": "multipart/form-data; boundary="},
        b"--\r\n",
        400,
    ),
    ("POST", "@login", JSON_BODY, b"{bad", 400),
    ("POST", "@login", JSON_BODY, b"[1]", 400),
    ("POST", "@querystring-search", JSON_BODY, b"{bad", 400),
    ("POST", "@querystring-search", JSON_BODY, b'"text"', 400),
    ("POST", "@users", JSON_BODY, b"{bad", 400),
    ("POST", "@users", JSON_BODY, b"[1]", 400),
    (
        "GET",
        "@contextnavigation?expand.contextnavigation.bottomLevel=",
        JSON,
        None,
        400,
    ),
    ("GET", "?expand:int=5", JSON, None, 400),
    ("GET", "@@search?b_start=", None, None, 400),
]


@pytest.mark.parametrize(
    "method,path,headers,body,status",
    ANSWERED_4XX,
    ids=[f"{m} {p} {h}" for m, p, h, _b, _s in ANSWERED_4XX],
)
def test_bad_input_answers_4xx_with_security_headers(
    served_url, method, path, headers, body, status
):
    response = requests.request(
        method, f"{served_url}/{path}", headers=headers, data=body, timeout=60
    )
    assert response.status_code == status, response.text[:500]
    assert "Content-Security-Policy" in response.headers
    assert response.headers["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize(
    "path,explained",
    [
        ("@@search?SearchableText=x&b_size=99999", "Ungültiger Parameter „b_size“"),
        ("?x:int=abc", "Ungültige Formulardaten"),
    ],
)
def test_a_browser_is_told_in_german_what_was_wrong(served_url, path, explained):
    """After traversal the portal's page, before it a plain one; both German."""
    response = requests.get(
        f"{served_url}/{path}", headers={"Accept": "text/html"}, timeout=60
    )
    assert response.status_code == 400
    page = html.unescape(response.text)  # Zope writes umlauts as &#252; there
    assert "Diese Anfrage kann das Portal nicht beantworten" in page
    assert explained in page
    assert "Invalid" not in page
