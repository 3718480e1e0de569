"""Check-in at the door (``@@einlass``) and the attendance list to print.

People are found by name or personal code (mails/codes.py); attendance and
walk-ins are recorded through desk/attendance.py. Each person found shows
their answers to the form's questions (desk/signup_table.py).
"""

from plone.protect import CheckAuthenticator
from Products.Five import BrowserView
from Products.statusmessages.interfaces import IStatusMessage
from rundtisch.policy import _
from rundtisch.policy import dates
from rundtisch.policy.operations.filters.headers import allow_camera
from rundtisch.policy.people import name_order
from rundtisch.policy.people import participant_name
from rundtisch.policy.people import words_match
from rundtisch.policy.registration.data.answers import questions
from rundtisch.policy.registration.data.rows import ATTENDED_KEY
from rundtisch.policy.registration.data.rows import TOKEN_KEY
from rundtisch.policy.registration.data.saved_data import registration_book
from rundtisch.policy.registration.data.saved_data import registration_form
from rundtisch.policy.registration.data.saved_data import saved_signups
from rundtisch.policy.registration.data.validators import text_error
from rundtisch.policy.registration.desk.attendance import add_walk_in
from rundtisch.policy.registration.desk.attendance import attendees
from rundtisch.policy.registration.desk.attendance import mark_attended
from rundtisch.policy.registration.desk.attendance import unmark_attended
from rundtisch.policy.registration.desk.signup_table import answers
from rundtisch.policy.registration.mails.codes import code_in
from rundtisch.policy.registration.mails.codes import CODE_PARAMETER
from rundtisch.policy.registration.mails.codes import personal_code
from urllib.parse import urlencode
from zExceptions import NotFound
from zope.i18nmessageid import Message


# Query parameter of the page after a check-in: who was let in (with undo).
LAST_PARAMETER = "eingelassen"

CHECKED_IN = _("status_checked_in", default="${name} ist als anwesend eingetragen.")
CHECK_IN_UNDONE = _(
    "status_check_in_undone", default="${name} ist nicht mehr als anwesend eingetragen."
)
WALK_IN_ADDED = _(
    "status_walk_in_added", default="${name} ist ohne Anmeldung dabei und anwesend."
)
NAME_MISSING = _(
    "error_walk_in_name", default="Bitte Vor- und Nachnamen angeben (ohne HTML)."
)


def matches(row, query):
    """Whether the person of `row` is meant by what was typed or scanned at
    the door: their personal code (also inside a scanned Einlass URL), or
    words of their name in any order, or of their e-mail address, without
    case, accents or umlauts (people.py)."""
    if not query or not query.strip():
        return False
    token = row.get(TOKEN_KEY)
    code = code_in(query)
    if code and token and personal_code(token) == code:
        return True
    return words_match(query, participant_name(row), row.get("email") or "")


def present_since(value):
    """ "09:58 Uhr" on the day itself, else date and time."""
    moment = dates.local(dates.from_iso(value))
    if moment.date() == dates.now().date():
        return f"{dates.clock(moment)} Uhr"
    return dates.date_and_time(moment)


class CheckInView(BrowserView):
    """``@@einlass``: find people by name, e-mail or code, mark them
    present (and undo it), add walk-ins. Made for one thumb on a phone at
    the door (docs/design.md §4): after each check-in the search field is
    empty and focused again, and the person just let in stays on the page
    with "doch nicht anwesend". The QR code of the mail opens it with
    ``?code=…`` (mails/codes.py)."""

    def __call__(self):
        if self._signups() is None:
            # No sign-up form: nobody to let in, no page to show.
            raise NotFound(self.context, "einlass", self.request)
        form = self.request.form
        if self.request.method == "POST":
            CheckAuthenticator(self.request)
            if "row" in form:
                return self.redirect(self.check_in(form["row"]))
            if "undo" in form:
                self.undo(form["undo"])
            elif "walk_in" in form:
                self.add_guest(form)
            return self.redirect()
        self.query = form.get(CODE_PARAMETER) or form.get("q", "")
        self.query = self.query if isinstance(self.query, str) else ""
        people = attendees(self.context)
        form_ = registration_form(self.context)
        self.questions = (
            questions(form_, (row for _id, row in people)) if people else []
        )
        self.found = [
            self.entry(row_id, row)
            for row_id, row in people
            if matches(row, self.query)
        ]
        self.found.sort(key=lambda entry: entry["order"])
        self.last = self.last_checked_in(form.get(LAST_PARAMETER))
        # `autofocus`: straight to the one button when the QR code found the
        # person, else back into the empty field for the next one.
        self.focus_button = (
            bool(form.get(CODE_PARAMETER))
            and len(self.found) == 1
            and not self.found[0]["attended"]
        )
        allow_camera(self.request.response)
        return self.index()

    def url(self, **query):
        suffix = f"?{urlencode(query)}" if query else ""
        return f"{self.context.absolute_url()}/@@einlass{suffix}"

    def redirect(self, row_id=None):
        query = {LAST_PARAMETER: row_id} if row_id is not None else {}
        return self.request.response.redirect(self.url(**query))

    def entry(self, row_id, row):
        attended = row.get(ATTENDED_KEY)
        return {
            "id": row_id,
            "name": participant_name(row),
            "organisation": row.get("organisation") or "",
            "answers": answers(row, self.questions),
            "attended": attended and present_since(attended),
            "order": name_order(row),
        }

    def last_checked_in(self, row_id):
        signups = self._signups()
        row = signups.get(row_id) if signups is not None and row_id else None
        if row is None or not row.get(ATTENDED_KEY):
            return None
        return self.entry(int(row_id), row)

    def counts(self):
        book = registration_book(registration_form(self.context))
        return {"present": book.attended, "expected": book.counter.confirmed}

    def _signups(self):
        return saved_signups(self.context)

    def check_in(self, row_id):
        row = mark_attended(self._signups(), row_id)
        if row is None:
            return None
        IStatusMessage(self.request).add(
            Message(CHECKED_IN, mapping={"name": participant_name(row)})
        )
        return row_id

    def undo(self, row_id):
        row = unmark_attended(self._signups(), row_id)
        if row is not None:
            IStatusMessage(self.request).add(
                Message(CHECK_IN_UNDONE, mapping={"name": participant_name(row)})
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
        row = add_walk_in(self._signups(), first, last, organisation)
        IStatusMessage(self.request).add(
            Message(WALK_IN_ADDED, mapping={"name": participant_name(row)})
        )


class AttendanceListView(BrowserView):
    """``@@anwesenheitsliste``: to print (A4 portrait) or read on a phone,
    with a column for signatures; people in German order by last name
    (Öztürk among the O, people.py)."""

    def heading(self):
        """Workshop, date, time and place for the top of the list."""
        workshop = self.context
        start = getattr(workshop, "start", None)
        when = (
            dates.period(
                start,
                getattr(workshop, "end", None),
                getattr(workshop, "whole_day", False),
                getattr(workshop, "open_end", False),
            )
            if start
            else None
        )
        return {
            "title": workshop.Title(),
            "date": when and when["date"],
            "time": when and when["time"],
            "place": getattr(workshop, "location", None) or "",
        }

    def rows(self):
        people = sorted((row for _id, row in attendees(self.context)), key=name_order)
        return [
            {
                "name": ", ".join(
                    filter(None, (row.get("nachname"), row.get("vorname")))
                ),
                "organisation": row.get("organisation") or "",
            }
            for row in people
        ]
