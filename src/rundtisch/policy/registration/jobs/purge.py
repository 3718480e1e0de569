"""Retention (DSGVO): delete sign-up data some days after the workshop.

`retention_days` comes from the "Runder Tisch" control panel. The counts stay
(`RegistrationBook.counter`), so the status of a past workshop still reads
right. Safe to repeat: a purged form has nothing left to delete.
"""

from datetime import timedelta
from plone import api
from rundtisch.policy import dates
from rundtisch.policy import logger
from rundtisch.policy.controlpanels.settings import rundtisch_setting
from rundtisch.policy.interfaces import IRegistrationStatus
from rundtisch.policy.registration.data.saved_data import registration_action
from rundtisch.policy.registration.data.saved_data import registration_form
from rundtisch.policy.registration.data.saved_data import SavedSignups


def is_due(workshop, now, retention_days):
    ended = getattr(workshop, "end", None) or getattr(workshop, "start", None)
    return (
        ended is not None and dates.local(ended) + timedelta(days=retention_days) <= now
    )


def purge_registrations(now=None):
    """Purge every workshop that ended more than `retention_days` ago.

    Returns the paths of the purged forms.
    """
    now = now or dates.now()
    retention_days = rundtisch_setting("retention_days")
    purged = []
    for brain in api.content.find(portal_type="Workshop", unrestricted=True):
        workshop = brain._unrestrictedGetObject()
        form = registration_form(workshop)
        if form is None or not is_due(workshop, now, retention_days):
            continue
        action = registration_action(form)
        if action is None or not len(SavedSignups(action)):
            continue
        # The check-in count outlives the personal data it was counted from.
        if getattr(workshop, "attendance_count", None) is None:
            workshop.attendance_count = IRegistrationStatus(workshop).attendance()
        action.purge()
        purged.append("/".join(form.getPhysicalPath()))
        logger.info("Purged the sign-ups of %s.", purged[-1])
    return purged
