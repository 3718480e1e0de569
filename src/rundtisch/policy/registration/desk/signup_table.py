"""The organisers' table of a workshop's sign-ups, with every answer.

The list (signup_list.py) and the exports (export.py) read the sign-ups
through `SignupTable`, each row with its answers to every question of the
form (data/answers.py); the Einlass (checkin.py) shows the same `answers`
for the people it finds. So a question that editors add reaches the
organisers everywhere.
"""

from rundtisch.policy import dates
from rundtisch.policy.people import participant_name
from rundtisch.policy.people import words_match
from rundtisch.policy.registration.data import statuses
from rundtisch.policy.registration.data.answers import answer_text
from rundtisch.policy.registration.data.answers import questions
from rundtisch.policy.registration.data.rows import ATTENDED_KEY
from rundtisch.policy.registration.data.rows import REGISTERED_COLUMN
from rundtisch.policy.registration.data.rows import STATUS_COLUMN
from rundtisch.policy.registration.data.saved_data import saved_signups


# Answers the list and the Einlass do not repeat among the other answers:
# the name, the address and the organisation have places of their own, and
# the consent is "Ja" for everyone who could sign up (the exports keep it).
SHOWN_APART = ("vorname", "nachname", "email", "organisation", "datenschutz")
# The order of the list: by status, then as below.
STATUS_ORDER = (
    statuses.CONFIRMED,
    statuses.WAITLISTED,
    statuses.WALK_IN,
    statuses.CANCELLED,
)


def registered_moment(row):
    """When `row` signed up, in Berlin time, or None."""
    try:
        return dates.local(dates.from_iso(row[REGISTERED_COLUMN]))
    except (KeyError, TypeError, ValueError):
        return None


def answers(row, asked):
    """(label, text) of the answers in `row` to the questions `asked`,
    leaving out those shown apart and those left empty."""
    return [
        (label, answer_text(row[name]))
        for name, label in asked
        if name not in SHOWN_APART and row.get(name) not in (None, "", set(), [])
    ]


class SignupTable:
    """The questions of a workshop's form and its sign-ups in list order:
    confirmed by time of sign-up, the waiting list in its order with each
    place, those who came without a sign-up, then those who cancelled."""

    def __init__(self, workshop):
        signups = saved_signups(workshop)
        if signups is None:
            self.questions, self.rows = [], []
            return
        waiting = list(signups.action.book.waiting)
        places = {row_id: place for place, row_id in enumerate(waiting, start=1)}
        stored = list(signups.items())
        self.questions = questions(signups.action.form, (row for _id, row in stored))

        def order(item):
            row_id, row = item
            status = row.get(STATUS_COLUMN)
            rank = STATUS_ORDER.index(status) if status in STATUS_ORDER else 9
            return (rank, places.get(row_id, 0), row.get(REGISTERED_COLUMN, ""))

        self.rows = [
            self.entry(row_id, row, places) for row_id, row in sorted(stored, key=order)
        ]

    def entry(self, row_id, row, places):
        status = row.get(STATUS_COLUMN)
        return {
            "id": row_id,
            "row": row,
            "name": participant_name(row),
            "email": row.get("email", ""),
            "organisation": answer_text(row.get("organisation")),
            "answers": answers(row, self.questions),
            "status": status,
            "status_label": statuses.label(status),
            "cancellable": status in statuses.BOOKED,
            "place": places.get(row_id) if status == statuses.WAITLISTED else None,
            "attended": bool(row.get(ATTENDED_KEY)),
            "registered": dates.date_and_time(registered_moment(row)),
            # The moment itself, for spreadsheets' date cells (export.py).
            "registered_moment": registered_moment(row),
        }


def matches_query(entry, query):
    """Words of a name in any order, without umlauts, or of the address or
    organisation (people.py)."""
    return not query.strip() or words_match(
        query, entry["name"], entry["email"], entry["organisation"]
    )
