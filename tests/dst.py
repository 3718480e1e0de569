"""Dates at Berlin's next switch to summer time, for time-zone tests.

On the last Sunday of March clocks jump from 02:00 to 03:00: a workshop that
morning is at UTC+2, one in winter at UTC+1. Computed from today, so the
tests never fall into the past.
"""

from datetime import date
from datetime import datetime
from datetime import timedelta


def next_spring_forward():
    """The date of the next last Sunday of March (2027-03-28 seen from 2026-12)."""
    today = date.today()
    for year in (today.year, today.year + 1):
        last_of_march = date(year, 3, 31)
        sunday = last_of_march - timedelta(days=(last_of_march.weekday() + 1) % 7)
        if sunday > today:
            return sunday
    raise AssertionError("unreachable")


def summer_and_winter_starts():
    """(10:00 on the switch day, 18:00 on a winter day before it), naive,
    meaning Berlin time, as an editor types them; both still to come."""
    spring = next_spring_forward()
    summer = datetime(spring.year, spring.month, spring.day, 10, 0)
    winter_day = spring - timedelta(days=60)
    if winter_day <= date.today():
        winter_day = spring - timedelta(days=1)  # the Saturday: still winter time
    winter = datetime(winter_day.year, winter_day.month, winter_day.day, 18, 0)
    return summer, winter
