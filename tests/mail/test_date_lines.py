"""The date line of mails (dates.date_line): weekday, date, start and end,
in Berlin time, whatever zone the value comes in."""

from datetime import datetime
from datetime import UTC
from rundtisch.policy.dates import date_line
from rundtisch.policy.demo.content import berlin


def test_one_evening(portal):
    assert (
        date_line(berlin(2027, 1, 14, 18), berlin(2027, 1, 14, 20))
        == "Donnerstag, 14. Januar 2027, 18:00–20:00 Uhr"
    )


def test_utc_values_are_shown_in_berlin_time_also_in_summer(portal):
    start = datetime(2027, 6, 30, 16, 30, tzinfo=UTC)  # 18:30 in Dresden
    end = datetime(2027, 6, 30, 19, 0, tzinfo=UTC)
    assert date_line(start, end) == "Mittwoch, 30. Juni 2027, 18:30–21:00 Uhr"


def test_over_several_days(portal):
    assert date_line(berlin(2027, 1, 15, 18), berlin(2027, 1, 16, 14)) == (
        "Freitag, 15. Januar 2027, 18:00 Uhr bis Samstag, 16. Januar 2027, 14:00 Uhr"
    )


def test_whole_day_and_open_end(portal):
    start, end = berlin(2027, 3, 1, 0), berlin(2027, 3, 1, 23, 59)
    assert date_line(start, end, whole_day=True) == "Montag, 1. März 2027"
    assert (
        date_line(berlin(2027, 3, 1, 19), None, open_end=True)
        == "Montag, 1. März 2027, ab 19:00 Uhr"
    )
