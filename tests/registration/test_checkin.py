"""Check-in at the door (issue 13): personal codes, attendance, walk-ins,
and the count that outlives the purge of personal data."""

from datetime import timedelta
from rundtisch.policy import dates
from rundtisch.policy.registration.actions import registration_action
from rundtisch.policy.registration.checkin import attendance
from rundtisch.policy.registration.checkin import mark_attended
from rundtisch.policy.registration.checkin import matches
from rundtisch.policy.registration.codes import personal_code
from rundtisch.policy.registration.purge import purge_registrations


def rows(workshop):
    return registration_action(workshop["anmeldung"])._storage


def check_in(workshop, count):
    action = registration_action(workshop["anmeldung"])
    for row_id in list(rows(workshop).keys())[:count]:
        mark_attended(action, row_id)


def test_the_personal_code_finds_one_person(workshop, register):
    register(workshop, "a@example.org", vorname="Anna")
    register(workshop, "b@example.org", vorname="Bernd")
    anna, bernd = sorted(rows(workshop).values(), key=lambda row: row["vorname"])
    code = personal_code(anna["token"])
    assert len(code) == 6 and code.isalnum()
    assert matches(anna, code.lower()) and not matches(bernd, code)
    assert matches(bernd, "bernd") and not matches(bernd, "")


def test_attendance_is_entered_or_counted_at_the_door(workshop, register):
    for email in ("a@example.org", "b@example.org", "c@example.org"):
        register(workshop, email)
    assert attendance(workshop) is None
    check_in(workshop, 2)
    assert attendance(workshop) == 2
    workshop.attendance_count = 40
    assert attendance(workshop) == 40


def test_the_count_outlives_the_purge_of_personal_data(workshop, register):
    register(workshop, "a@example.org")
    register(workshop, "b@example.org")
    check_in(workshop, 1)
    purge_registrations(now=dates.now() + timedelta(days=400))
    assert len(rows(workshop)) == 0
    assert workshop.attendance_count == 1
