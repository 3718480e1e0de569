"""HEAD answers like GET, without a body (issue 28): status and headers of
GET, also on the site root and a workshop (which answered 404), and nothing
after the headers, so the next answer on a kept-alive connection is read
from its start (the partner embed sent its whole page)."""

from http.client import HTTPConnection
from urllib.parse import urlsplit

import pytest
import requests


PAGES = [
    "",
    "veranstaltungen/workshop-4",
    "@@naechste-veranstaltungen",
    "ergebnisse",
    "veranstaltungen/workshop-4/ics_view",
]


@pytest.mark.parametrize("path", PAGES)
def test_head_answers_like_get_without_a_body(served_url, path):
    got = requests.get(f"{served_url}/{path}", timeout=60)
    head = requests.head(f"{served_url}/{path}", timeout=60)
    assert got.status_code == head.status_code == 200
    assert head.headers["Content-Type"] == got.headers["Content-Type"]
    assert "Content-Security-Policy" in head.headers


@pytest.mark.parametrize("path", PAGES)
def test_a_kept_alive_connection_survives_head(served_url, path):
    """http.client reads no body after HEAD: a body sent anyway would be
    read as the status line of the following answer."""
    url = urlsplit(served_url)
    connection = HTTPConnection(url.hostname, url.port, timeout=60)
    try:
        connection.request("HEAD", f"{url.path}/{path}")
        head = connection.getresponse()
        assert head.status == 200
        assert head.read() == b""
        assert head.getheader("Connection", "").lower() != "close"
        connection.request("GET", f"{url.path}/@@health".replace("/Plone", ""))
        following = connection.getresponse()
        assert following.status == 200
        assert following.read() == b'{"status": "ok"}'
    finally:
        connection.close()


def test_head_of_a_missing_page_is_404_without_a_body(served_url):
    response = requests.head(f"{served_url}/gibt-es-nicht", timeout=60)
    assert response.status_code == 404
    assert response.content == b""
