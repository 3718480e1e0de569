"""The partner embed over a real WSGI server: cacheable for a minute, no
cookie, its stylesheet served (issue 17). Framing headers: tests/e2e."""

import requests


def test_cacheable_for_a_minute_and_without_cookies(demo_portal_url):
    response = requests.get(
        f"{demo_portal_url}/@@naechste-veranstaltungen?anzahl=1", timeout=30
    )
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/html")
    cache_control = response.headers["Cache-Control"]
    assert "max-age=60" in cache_control
    assert "public" in cache_control
    # Seat counts change without a catalog change: no validator to revalidate.
    assert "ETag" not in response.headers
    assert "Set-Cookie" not in response.headers
    assert "Workshop 4: Erste Schritte der Koordinierungsstelle" in response.text


def test_the_stylesheet_is_served(demo_portal_url):
    response = requests.get(
        f"{demo_portal_url}/++plone++rundtisch.partners/einbettung.css", timeout=30
    )
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/css")
    assert ".rt-embed-item" in response.text


def test_the_partner_page_is_public(demo_portal_url):
    response = requests.get(f"{demo_portal_url}/@@fuer-partnerseiten", timeout=30)
    assert response.status_code == 200
    assert "Für Partnerseiten" in response.text
    assert "@@naechste-veranstaltungen?anzahl=3" in response.text
