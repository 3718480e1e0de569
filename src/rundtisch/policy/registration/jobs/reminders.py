"""Reminder mails before a workshop: `make send-reminders`, hourly from cron.

A confirmed sign-up gets one reminder once its published workshop starts
within `reminder_days` (0: none). The row records when, in the transaction
that queues the mail, and mails leave only after the commit (mail.py). Two
runs at once write the same rows: one of them conflicts, is rolled back with
its mails and skips that workshop, so nobody gets two reminders; the next
run catches up on whatever was left.
"""

from DateTime import DateTime
from datetime import timedelta
from plone import api
from rundtisch.policy import dates
from rundtisch.policy import logger
from rundtisch.policy.behaviors.numbers import MAX_REMINDER_DAYS
from rundtisch.policy.behaviors.registration import IRegistrationSettings
from rundtisch.policy.registration.booking.action import cancel_url
from rundtisch.policy.registration.data.rows import REMINDED_KEY
from rundtisch.policy.registration.data.rows import TOKEN_KEY
from rundtisch.policy.registration.data.saved_data import registration_form
from rundtisch.policy.registration.data.saved_data import saved_signups
from rundtisch.policy.registration.data.statuses import CONFIRMED
from rundtisch.policy.registration.mails import sending as mails
from ZODB.POSException import ConflictError

import transaction


def due_workshops(now):
    """Published workshops that start within their reminder days from `now`."""
    brains = api.content.find(
        portal_type="Workshop",
        review_state="published",
        start={
            "query": (DateTime(now), DateTime(now + timedelta(days=MAX_REMINDER_DAYS))),
            "range": "min:max",
        },
        unrestricted=True,
    )
    for brain in brains:
        workshop = brain._unrestrictedGetObject()
        days = IRegistrationSettings(workshop).reminder_days
        if days and dates.local(workshop.start) - now <= timedelta(days=days):
            yield workshop


def remind_participants(workshop, now):
    """Queue a reminder for each confirmed sign-up not yet reminded."""
    signups = saved_signups(workshop)
    if signups is None:
        return 0
    form = registration_form(workshop)
    sent = 0
    for row_id, row in signups.with_status(CONFIRMED):
        if row.get(REMINDED_KEY):
            continue
        mails.send_reminder_mail(workshop, row, cancel_url(form, row[TOKEN_KEY]))
        signups.update(row_id, **{REMINDED_KEY: now.isoformat(timespec="seconds")})
        sent += 1
    return sent


def send_reminders(now=None):
    """Remind workshop by workshop, one transaction each; return the count."""
    now = now or dates.now()
    total = 0
    for workshop in list(due_workshops(now)):
        path = "/".join(workshop.getPhysicalPath())
        try:
            sent = remind_participants(workshop, now)
            transaction.commit()
        except ConflictError:
            transaction.abort()
            logger.info("Reminders for %s: another run is at it; skipped.", path)
            continue
        if sent:
            logger.info("Sent %d reminder(s) for %s.", sent, path)
        total += sent
    return total
