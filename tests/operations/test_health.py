"""/@@health on the Zope root answers load balancers."""

from ZODB.DemoStorage import DemoStorage

import json
import requests


def test_answers_200_without_login_and_is_never_cached(functional_portal):
    app_url = functional_portal.aq_parent.absolute_url()
    response = requests.get(f"{app_url}/@@health", timeout=30)
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert response.headers["Cache-Control"] == "no-store"


def test_answers_503_when_the_storage_fails(app, monkeypatch):
    def unreachable(self):
        raise ConnectionError("database down")

    monkeypatch.setattr(DemoStorage, "lastTransaction", unreachable)
    view = app.restrictedTraverse("@@health")
    body = view()
    assert app.REQUEST.response.getStatus() == 503
    assert json.loads(body) == {"status": "unavailable"}
