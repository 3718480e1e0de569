"""Over the real WSGI server: a workshop has only its own sign-up form, and an
EasyForm that exists anyway breaks no anonymous request (issue 28)."""

from plone import api
from plone.dexterity.utils import createContentInContainer
from review_helpers import bring_to
from review_helpers import create_item
from review_helpers import create_users
from review_helpers import PASSWORD

import pytest
import requests
import transaction


JSON = {"Accept": "application/json", "Content-Type": "application/json"}


@pytest.fixture
def site(functional_portal):
    create_users()
    section = bring_to(
        create_item(functional_portal, "Folder", title="Sektion"), "published"
    )
    create_item(section, "Workshop", title="Entwurf")
    transaction.commit()
    return functional_portal.absolute_url()


def test_the_redaktion_adds_no_plain_form_over_rest(site):
    response = requests.post(
        f"{site}/sektion/entwurf",
        headers=JSON,
        auth=("redaktion", PASSWORD),
        json={"@type": "EasyForm", "title": "Umfrage"},
        timeout=30,
    )
    assert response.status_code in (400, 403), response.text


def test_the_redaktion_adds_no_plain_form_in_the_classic_ui(site):
    response = requests.get(
        f"{site}/sektion/entwurf/++add++EasyForm",
        auth=("redaktion", PASSWORD),
        allow_redirects=False,
        timeout=30,
    )
    assert response.status_code != 200
    page = requests.get(
        f"{site}/sektion/entwurf", auth=("redaktion", PASSWORD), timeout=30
    )
    assert "++add++EasyForm" not in page.text


@pytest.fixture
def public_workshop_with_a_plain_form(functional_portal, site):
    """A form an administrator put into the workshop (or one from before
    forms came only with their workshop), then the workshop published."""
    workshop = functional_portal["sektion"]["entwurf"]
    with api.env.adopt_roles(["Manager"]):
        createContentInContainer(
            workshop, "EasyForm", id="umfrage", title="Umfrage", checkConstraints=False
        )
    bring_to(workshop, "published")
    transaction.commit()
    return site


@pytest.mark.parametrize(
    "path, params",
    [
        ("@search", {"fullobjects": "1"}),
        ("@search", {"fullobjects": "1", "portal_type": "EasyForm"}),
        ("sektion/entwurf/umfrage", {}),
    ],
)
def test_a_plain_form_breaks_no_anonymous_request(
    public_workshop_with_a_plain_form, path, params
):
    response = requests.get(
        f"{public_workshop_with_a_plain_form}/{path}",
        headers=JSON,
        params=params,
        timeout=30,
    )
    assert response.status_code == 200, response.text[:500]
