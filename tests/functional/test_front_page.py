"""Over the real WSGI server: the front page is styled, the REST root answers."""

import requests


def test_front_page_is_styled_and_german(functional_portal):
    response = requests.get(functional_portal.absolute_url(), timeout=30)
    assert response.status_code == 200
    assert 'lang="de"' in response.text
    assert "++theme++barceloneta/css/barceloneta" in response.text


def test_rest_api_root_answers_anonymously(functional_portal):
    response = requests.get(
        functional_portal.absolute_url(),
        headers={"Accept": "application/json"},
        timeout=30,
    )
    assert response.status_code == 200
    data = response.json()
    assert data["@type"] == "Plone Site"
    assert "@components" in data
