"""Check-in at the door (issues 13 and 24): personal codes and their QR
code, search, attendance and its undo, walk-ins, the attendance list in
German order, and the count that outlives the purge of personal data."""

from datetime import timedelta
from rundtisch.policy import dates
from rundtisch.policy.interfaces import IRegistrationStatus
from rundtisch.policy.registration.data.saved_data import saved_signups
from rundtisch.policy.registration.desk.attendance import mark_attended
from rundtisch.policy.registration.desk.attendance import unmark_attended
from rundtisch.policy.registration.desk.checkin import AttendanceListView
from rundtisch.policy.registration.desk.checkin import matches
from rundtisch.policy.registration.jobs.purge import purge_registrations
from rundtisch.policy.registration.mails.codes import checkin_url
from rundtisch.policy.registration.mails.codes import personal_code
from rundtisch.policy.registration.mails.codes import qr_png

import pytest
import shutil
import subprocess


def rows(workshop):
    return dict(saved_signups(workshop).items())


def check_in(workshop, count):
    signups = saved_signups(workshop)
    for row_id in list(rows(workshop).keys())[:count]:
        mark_attended(signups, row_id)


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
    assert IRegistrationStatus(workshop).attendance() is None
    check_in(workshop, 2)
    assert IRegistrationStatus(workshop).attendance() == 2
    workshop.attendance_count = 40
    assert IRegistrationStatus(workshop).attendance() == 40


def test_the_count_outlives_the_purge_of_personal_data(workshop, register):
    register(workshop, "a@example.org")
    register(workshop, "b@example.org")
    check_in(workshop, 1)
    purge_registrations(now=dates.now() + timedelta(days=400))
    assert len(rows(workshop)) == 0
    assert workshop.attendance_count == 1


# Issue 24: the door for one thumb, the list in German order, a QR code any
# phone reads.


def people(workshop, register):
    for first, last, email in (
        ("Ayşe", "Öztürk", "ayse@example.org"),
        ("Bernd", "Muster", "bernd.muster@example.org"),
        ("Jürgen", "Müller", "jm@example.org"),
        ("Erika", "Wartmann", "erika@example.org"),
        ("Olaf", "Ostermann", "olaf@example.org"),
    ):
        register(workshop, email, vorname=first, nachname=last)
    return {row["nachname"]: row for row in rows(workshop).values()}


def test_the_door_finds_people_by_any_order_of_names_without_umlauts(
    workshop, register
):
    workshop.capacity = 10
    by_name = people(workshop, register)

    def found(query):
        return sorted(
            row["nachname"] for row in by_name.values() if matches(row, query)
        )

    assert found("Ozturk") == ["Öztürk"]
    assert found("oeztuerk ayse") == ["Öztürk"]
    assert found("Muller") == ["Müller"]
    assert found("Mueller") == ["Müller"]
    assert found("muster bernd") == ["Muster"]
    assert found("BERND  MUSTER") == ["Muster"]
    assert found("jm@example.org") == ["Müller"]
    assert found("bernd.muster@") == ["Muster"]
    assert found("muster erika") == []
    code = personal_code(by_name["Wartmann"]["token"])
    assert found(f" {code.lower()} ") == ["Wartmann"]
    # What a hand-held scanner types: the whole URL of the QR code.
    assert found(checkin_url(workshop, code)) == ["Wartmann"]


def test_doch_nicht_anwesend_takes_a_check_in_back(workshop, register):
    register(workshop, "a@example.org")
    signups = saved_signups(workshop)
    (row_id,) = rows(workshop).keys()
    mark_attended(signups, row_id)
    assert IRegistrationStatus(workshop).attendance() == 1
    unmark_attended(signups, row_id)
    assert "attended" not in rows(workshop)[row_id]
    assert IRegistrationStatus(workshop).attendance() is None
    unmark_attended(signups, row_id)  # twice is once
    assert signups.action.book.attended == 0
    mark_attended(signups, row_id)
    assert IRegistrationStatus(workshop).attendance() == 1


def test_the_attendance_list_is_in_german_order(workshop, register, portal):
    workshop.capacity = 10
    people(workshop, register)
    view = AttendanceListView(workshop, portal.REQUEST)
    assert [row["name"] for row in view.rows()] == [
        "Müller, Jürgen",
        "Muster, Bernd",
        "Ostermann, Olaf",
        "Öztürk, Ayşe",
        "Wartmann, Erika",
    ]
    heading = view.heading()
    assert heading["title"] == workshop.Title()
    assert heading["place"] == "Rathaus Dresden, Festsaal"
    assert heading["date"] and heading["time"]


def zbar(png, tmp_path):
    """What zbar (Debian's zbar-tools) reads in a PNG, as a phone would."""
    image = tmp_path / "code.png"
    image.write_bytes(png)
    if shutil.which("zbarimg") is None:
        pytest.fail("Decoding QR codes needs scripts/install-browser.sh (zbar-tools).")
    result = subprocess.run(
        ["zbarimg", "--quiet", "--raw", str(image)],
        capture_output=True,
        text=True,
        check=False,
    )
    return result.stdout.strip()


def test_the_qr_code_is_a_standard_qr_code_zbar_reads(workshop, tmp_path):
    url = checkin_url(workshop, "ABC234")
    assert url == f"{workshop.absolute_url()}/@@einlass?code=ABC234"
    assert zbar(qr_png(url), tmp_path) == url
    # Short text too: segno would make it a Micro QR, which zbar cannot read.
    assert zbar(qr_png("ABC234"), tmp_path) == "ABC234"


def test_a_workshop_without_sign_up_has_no_einlass(workshop_factory):
    from zExceptions import NotFound

    workshop = workshop_factory("ohne", registration_enabled=False)
    with pytest.raises(NotFound):
        workshop.restrictedTraverse("@@einlass")()
