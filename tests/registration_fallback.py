"""TEMPORARY until the sign-up branch lands on main."""

import pytest


@pytest.fixture(scope="session", autouse=True)
def registration_status():
    """TEMPORARY until the sign-up branch lands: a minimal IRegistrationStatus."""
    from rundtisch.policy.interfaces import IRegistrationStatus
    from rundtisch.policy.interfaces import IWorkshopContent
    from zope.component import getGlobalSiteManager
    from zope.interface import implementer

    @implementer(IRegistrationStatus)
    class Status:
        def __init__(self, context):
            self.context = context

        def as_dict(self):
            return {
                "status": "open" if self.context.registration_enabled else "disabled",
                "capacity": self.context.capacity,
                "confirmed": 0,
                "waitlisted": 0,
                "seats_left": self.context.capacity,
                "form_url": self.context.absolute_url() + "/anmeldung",
            }

    gsm = getGlobalSiteManager()
    gsm.registerAdapter(Status, (IWorkshopContent,), IRegistrationStatus)
    yield
    gsm.unregisterAdapter(Status, (IWorkshopContent,), IRegistrationStatus)
