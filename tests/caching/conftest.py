"""Published-looking content for the cache header tests, on the WSGI server."""

from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from rundtisch.policy.registration.form.creation import ensure_registration_form

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
    """The sign-up form of a workshop, as the portal creates it (editors add
    no EasyForm by hand)."""
    with api.env.adopt_roles(["Manager"]):
        workshop = api.content.create(
            container=functional_portal,
            type="Workshop",
            id="w",
            title="Workshop",
            registration_enabled=True,
        )
        form = ensure_registration_form(workshop)
    make_public(workshop)
    make_public(form)
    transaction.commit()
    return form


@pytest.fixture
def owner_auth():
    return (SITE_OWNER_NAME, SITE_OWNER_PASSWORD)
