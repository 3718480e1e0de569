"""Seeding workshops and sign-ups for the benchmarks' zconsole steps
(signups_site.py, desk_site.py); importable because the benchmarks put this
folder on the zconsole's PYTHONPATH."""

from datetime import datetime
from datetime import timedelta
from plone import api
from rundtisch.policy.registration.data.saved_data import registration_action
from rundtisch.policy.registration.mails import sending as mails

import pytz
import transaction


def create_workshop(container, workshop_id, title, days_ahead, **fields):
    """A workshop with sign-up in Dresden, three hours from this minute
    `days_ahead` days from now; `fields` add to or override these."""
    start = datetime.now(pytz.timezone("Europe/Berlin")).replace(
        second=0, microsecond=0
    ) + timedelta(days=days_ahead)
    values = {
        "title": title,
        "start": start,
        "end": start + timedelta(hours=3),
        "location": "Rathaus Dresden",
        "registration_enabled": True,
        **fields,
    }
    return api.content.create(
        container=container, type="Workshop", id=workshop_id, **values
    )


def seed_sign_ups(workshop, count, email_prefix, request):
    """Book `count` sign-ups through the sign-up action. The seeding is about
    stored data: no mails, no status messages."""
    action = registration_action(workshop["anmeldung"])
    action.tell = lambda *args: None
    real_send_mail = mails.send_mail
    mails.send_mail = lambda *args, **kwargs: True
    try:
        for number in range(count):
            errors = action.onSuccess(
                {
                    "vorname": "Vorname",
                    "nachname": f"Nachname {number}",
                    "email": f"{email_prefix}{number}@example.org",
                    "organisation": "Verein",
                    "datenschutz": True,
                },
                request,
            )
            assert errors is None, errors
            if number % 500 == 499:
                transaction.savepoint(optimistic=True)
    finally:
        mails.send_mail = real_send_mail
