"""HEAD answers like GET, without a body (issue 28): status and headers of
GET, also on the site root and a workshop (which answered 404), and nothing
after the headers, so the next answer on a kept-alive connection is read
from its start (the partner embed sent its whole page)."""

from urllib.parse import urlsplit

import pytest
import requests
import socket


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
    """HEAD and GET sent at once on one connection (pipelined, as a proxy
    may): right after HEAD's headers comes the status line of GET's answer.
    A raw socket, because http.client throws away what follows HEAD's
    headers in its buffer and so would hide a stray body."""
    url = urlsplit(served_url)
    with socket.create_connection((url.hostname, url.port), timeout=60) as peer:
        peer.sendall(
            f"HEAD {url.path}/{path} HTTP/1.1\r\nHost: portal\r\n"
            "Accept-Encoding: gzip\r\n\r\n"
            f"GET {url.path}/{path} HTTP/1.1\r\nHost: portal\r\n"
            "Connection: close\r\n\r\n".encode()
        )
        received = b""
        while chunk := peer.recv(65536):
            received += chunk
    head, _blank, after_head = received.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200 "), head[:200]
    assert after_head.startswith(b"HTTP/1.1 200 "), after_head[:200]


def test_head_of_a_missing_page_is_404_without_a_body(served_url):
    response = requests.head(f"{served_url}/gibt-es-nicht", timeout=60)
    assert response.status_code == 404
    assert response.content == b""
