"""1002 -> 1003: workshop sign-up (registration sub-package)."""

from plone import api
from rundtisch.policy.registration.form.creation import ensure_registration_form


def create_missing_registration_forms(setup_tool):
    """Give every workshop with registration on its ``anmeldung`` form."""
    for brain in api.content.find(portal_type="Workshop", unrestricted=True):
        ensure_registration_form(brain._unrestrictedGetObject())
