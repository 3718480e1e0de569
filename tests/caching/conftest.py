"""Published-looking content for the cache header tests, on the WSGI server."""

from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD

import pytest
import transaction


def make_public(obj):
    """Let anonymous users see `obj`, whatever its workflow state."""
    for permission in ("View", "Access contents information"):
        obj.manage_permission(permission, ["Anonymous"], acquire=True)
    obj.reindexObjectSecurity()


@pytest.fixture
def public_page(functional_portal):
    with api.env.adopt_roles(["Manager"]):
        page = api.content.create(
            container=functional_portal, type="Document", id="seite", title="Seite"
        )
    make_public(page)
    transaction.commit()
    return page


@pytest.fixture
def signup_form(functional_portal):
    """An EasyForm with the id of the workshops' sign-up forms, in a workshop
    (the only place a form may live)."""
    with api.env.adopt_roles(["Manager"]):
        workshop = api.content.create(
            container=functional_portal, type="Workshop", id="w", title="Workshop"
        )
        form = api.content.create(
            container=workshop, type="EasyForm", id="anmeldung", title="Anmeldung"
        )
    make_public(workshop)
    make_public(form)
    transaction.commit()
    return form


@pytest.fixture
def owner_auth():
    return (SITE_OWNER_NAME, SITE_OWNER_PASSWORD)
