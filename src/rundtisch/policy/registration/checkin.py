"""Check-in at the door: find people by name or personal code (codes.py),
record attendance, add walk-ins.

Attendance is the time of check-in in the sign-up's row. People who come
without a sign-up are added as walk-ins: counted as present, not as booked
seats, so the counters and the waiting list stay as they were.
"""

from plone.protect import CheckAuthenticator
from Products.Five import BrowserView
from Products.statusmessages.interfaces import IStatusMessage
from rundtisch.policy import _
from rundtisch.policy import dates
from rundtisch.policy.people import participant_name
from rundtisch.policy.registration.actions import REGISTERED_COLUMN
from rundtisch.policy.registration.actions import registration_action
from rundtisch.policy.registration.actions import STATUS_COLUMN
from rundtisch.policy.registration.actions import TOKEN_KEY
from rundtisch.policy.registration.book import CONFIRMED
from rundtisch.policy.registration.codes import personal_code
from rundtisch.policy.registration.lookup import registration_form
from rundtisch.policy.registration.rows import SignupRow
from rundtisch.policy.registration.validators import text_error
from zope.i18nmessageid import Message


ATTENDED_KEY = "attended"
WALK_IN = "walk_in"

CHECKED_IN = _("status_checked_in", default="${name} ist als anwesend eingetragen.")
WALK_IN_ADDED = _(
    "status_walk_in_added", default="${name} ist ohne Anmeldung dabei und anwesend."
)
NAME_MISSING = _(
    "error_walk_in_name", default="Bitte Vor- und Nachnamen angeben (ohne HTML)."
)


def attendees(workshop):
    """(row id, row) of everyone expected or present: confirmed and walk-ins."""
    form = registration_form(workshop)
    action = registration_action(form) if form is not None else None
    if action is None:
        return []
    return [
        (row_id, row)
        for row_id, row in action._storage.items()
        if row.get(STATUS_COLUMN) in (CONFIRMED, WALK_IN)
    ]


def attendance(workshop):
    """How many were there: as entered on the workshop, else as checked in
    (the book's count: the workshop page and REST read it on every view)."""
    entered = getattr(workshop, "attendance_count", None)
    if entered is not None:
        return entered
    form = registration_form(workshop)
    action = registration_action(form) if form is not None else None
    return (action is not None and action.book.attended) or None


def mark_attended(action, row_id):
    """Check in the sign-up `row_id`; return its row, or None if unknown."""
    try:
        row = action._storage[int(row_id)]
    except (KeyError, TypeError, ValueError):
        return None
    if not row.get(ATTENDED_KEY):
        action._storage[int(row_id)] = SignupRow(
            row, **{ATTENDED_KEY: dates.now().isoformat(timespec="seconds")}
        )
        action.book.attended += 1
    return row


def add_walk_in(action, first, last, organisation):
    """Someone who came without a sign-up: present, no booked seat."""
    now = dates.now().isoformat(timespec="seconds")
    row = SignupRow(
        vorname=first,
        nachname=last,
        organisation=organisation,
        **{STATUS_COLUMN: WALK_IN, REGISTERED_COLUMN: now, ATTENDED_KEY: now},
    )
    action.addDataRow(row)
    action.book.attended += 1
    return row


def matches(row, query):
    query = query.strip()
    if not query:
        return False
    token = row.get(TOKEN_KEY)
    if token and personal_code(token) == query.upper():
        return True
    return query.lower() in participant_name(row).lower()


class CheckInView(BrowserView):
    """``@@einlass``: find people by name or code, mark them present, add
    walk-ins. Made for a phone at the door."""

    def __call__(self):
        form = self.request.form
        if self.request.method == "POST":
            CheckAuthenticator(self.request)
            if "row" in form:
                self.check_in(form["row"])
            elif "walk_in" in form:
                self.add_guest(form)
            return self.request.response.redirect(self.url(form.get("q", "")))
        self.query = form.get("q", "")
        self.found = [
            self.entry(row_id, row)
            for row_id, row in attendees(self.context)
            if matches(row, self.query)
        ]
        return self.index()

    def url(self, query=""):
        suffix = f"?q={query}" if query else ""
        return f"{self.context.absolute_url()}/@@einlass{suffix}"

    def entry(self, row_id, row):
        attended = row.get(ATTENDED_KEY)
        return {
            "id": row_id,
            "name": participant_name(row),
            "organisation": row.get("organisation") or "",
            "attended": attended and dates.date_and_time(dates.from_iso(attended)),
        }

    def counts(self):
        book = self._action().book
        return {"present": book.attended, "expected": book.counter.confirmed}

    def _action(self):
        return registration_action(registration_form(self.context))

    def check_in(self, row_id):
        row = mark_attended(self._action(), row_id)
        if row is None:
            return
        IStatusMessage(self.request).add(
            Message(CHECKED_IN, mapping={"name": participant_name(row)})
        )

    def add_guest(self, form):
        first = form.get("vorname", "").strip()
        last = form.get("nachname", "").strip()
        organisation = form.get("organisation", "").strip()
        if (
            not first
            or not last
            or any(text_error(v) for v in (first, last, organisation))
        ):
            IStatusMessage(self.request).add(NAME_MISSING, type="error")
            return
        row = add_walk_in(self._action(), first, last, organisation)
        IStatusMessage(self.request).add(
            Message(WALK_IN_ADDED, mapping={"name": participant_name(row)})
        )


class AttendanceListView(BrowserView):
    """``@@anwesenheitsliste``: to print, with a column for signatures."""

    def when(self):
        start = getattr(self.context, "start", None)
        return dates.long_date(dates.local(start)) if start else None

    def rows(self):
        people = [row for _id, row in attendees(self.context)]
        people.sort(
            key=lambda row: (
                row.get("nachname", "").lower(),
                row.get("vorname", "").lower(),
            )
        )
        return [
            {
                "name": participant_name(row),
                "organisation": row.get("organisation") or "",
            }
            for row in people
        ]
