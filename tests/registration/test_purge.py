"""Retention: sign-up data goes some days after the workshop; counts stay."""

from datetime import timedelta
from plone import api
from rundtisch.policy.interfaces import IRegistrationStatus
from rundtisch.policy.registration.data.saved_data import registration_action
from rundtisch.policy.registration.jobs.purge import purge_registrations

import pytest


@pytest.fixture
def signed_up(workshop_factory, register):
    workshop = workshop_factory(capacity=1)
    register(workshop, "a@example.org")
    register(workshop, "b@example.org")
    return workshop


def book(workshop):
    return workshop["anmeldung"]._rundtisch_registration_book


def test_purge_deletes_personal_data_and_keeps_the_counts(signed_up):
    before = IRegistrationStatus(signed_up).as_dict()
    purged = purge_registrations(now=signed_up.end + timedelta(days=30))
    assert purged == ["/plone/workshop/anmeldung"]
    assert registration_action(signed_up["anmeldung"]).getSavedFormInput() == []
    assert len(book(signed_up).emails) == 0
    assert len(book(signed_up).tokens) == 0
    counts = IRegistrationStatus(signed_up).as_dict()
    assert (counts["confirmed"], counts["waitlisted"]) == (1, 1)
    assert counts == before


def test_purge_waits_for_the_retention_days(signed_up):
    assert purge_registrations(now=signed_up.end + timedelta(days=29)) == []
    assert len(registration_action(signed_up["anmeldung"]).getSavedFormInput()) == 2


def test_retention_days_come_from_the_control_panel(signed_up):
    api.portal.set_registry_record("rundtisch.policy.retention_days", 7)
    assert purge_registrations(now=signed_up.end + timedelta(days=7))


def test_purge_is_safe_to_repeat(signed_up):
    later = signed_up.end + timedelta(days=31)
    purge_registrations(now=later)
    assert purge_registrations(now=later) == []
    assert IRegistrationStatus(signed_up).as_dict()["confirmed"] == 1
