"""The WSGI filter of instance/zope.ini that gzips text answers (issue 15)."""

from rundtisch.policy.operations.filters.compression import filter_factory

import gzip
import pytest


PAGE = ("<p>Runder Tisch Soziales Wohnen</p>" * 100).encode()


def app_answering(content_type, body=PAGE, status="200 OK", **extra):
    def app(environ, start_response):
        headers = [("Content-Type", content_type), ("Content-Length", str(len(body)))]
        headers += [(name.replace("_", "-"), value) for name, value in extra.items()]
        start_response(status, headers)
        return [body[:100], body[100:]]

    return app


def request(app, accept_encoding="gzip, deflate, br", method="GET"):
    seen = {}

    def start_response(status, headers, exc_info=None):
        seen.update(status=status, headers=dict(headers))

    environ = {"REQUEST_METHOD": method, "HTTP_ACCEPT_ENCODING": accept_encoding}
    body = b"".join(filter_factory({})(app)(environ, start_response))
    return seen["headers"], body


@pytest.mark.parametrize(
    "content_type",
    [
        "text/html;charset=utf-8",
        "text/css",
        "application/javascript",
        "application/json",
        "image/svg+xml",
    ],
)
def test_text_answers_are_gzipped(content_type):
    headers, body = request(app_answering(content_type))
    assert headers["Content-Encoding"] == "gzip"
    assert headers["Vary"] == "Accept-Encoding"
    assert int(headers["Content-Length"]) == len(body) < len(PAGE) / 5
    assert gzip.decompress(body) == PAGE


@pytest.mark.parametrize("content_type", ["image/jpeg", "application/pdf"])
def test_images_and_files_pass_untouched(content_type):
    headers, body = request(app_answering(content_type))
    assert "Content-Encoding" not in headers
    assert body == PAGE


@pytest.mark.parametrize("accept_encoding", ["", "identity", "br", "gzip;q=0"])
def test_clients_that_do_not_take_gzip_get_plain_text_with_vary(accept_encoding):
    headers, body = request(app_answering("text/html"), accept_encoding)
    assert "Content-Encoding" not in headers
    assert headers["Vary"] == "Accept-Encoding"
    assert body == PAGE


def test_gzip_with_lower_quality_is_still_taken():
    headers, _body = request(app_answering("text/html"), "br;q=1.0, gzip;q=0.5")
    assert headers["Content-Encoding"] == "gzip"


def test_vary_is_extended_not_replaced():
    headers, _body = request(app_answering("application/json", Vary="Accept"))
    assert headers["Vary"] == "Accept, Accept-Encoding"


def test_etag_becomes_weak_so_revalidation_still_matches():
    headers, _body = request(app_answering("text/html", ETag='"|admin|123"'))
    assert headers["ETag"] == 'W/"|admin|123"'


def test_small_errors_and_encoded_answers_stay_as_they_are():
    headers, body = request(app_answering("text/html", body=b"<p>kurz</p>"))
    assert "Content-Encoding" not in headers and body == b"<p>kurz</p>"
    headers, body = request(app_answering("text/html", status="404 Not Found"))
    assert "Content-Encoding" not in headers and body == PAGE
    headers, body = request(
        app_answering("text/html", Content_Encoding="br"), "gzip, br"
    )
    assert headers["Content-Encoding"] == "br" and body == PAGE


def test_head_requests_are_left_alone():
    headers, _body = request(app_answering("text/html"), method="HEAD")
    assert "Content-Encoding" not in headers
