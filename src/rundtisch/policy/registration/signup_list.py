""" "Anmeldungen": the organiser's list of a workshop's sign-ups.

Read-only apart from one action, cancelling on behalf of a participant,
which goes through the same `cancel` as the participant's own link (seat
freed, first on the waiting list promoted and mailed). easyform's raw
saved-data table is closed to organisers (Managers only), so no sign-up is
changed or deleted behind the counters' back.
"""

from plone.batching import Batch
from plone.protect import CheckAuthenticator
from Products.Five import BrowserView
from Products.statusmessages.interfaces import IStatusMessage
from rundtisch.policy import _
from rundtisch.policy import dates
from rundtisch.policy.behaviors.registration import IRegistrationSettings
from rundtisch.policy.people import participant_name
from rundtisch.policy.people import words_match
from rundtisch.policy.registration.actions import CANCELLED
from rundtisch.policy.registration.actions import REGISTERED_COLUMN
from rundtisch.policy.registration.actions import registration_action
from rundtisch.policy.registration.actions import STATUS_COLUMN
from rundtisch.policy.registration.book import CONFIRMED
from rundtisch.policy.registration.book import WAITLISTED
from rundtisch.policy.registration.checkin import ATTENDED_KEY
from rundtisch.policy.registration.checkin import WALK_IN
from rundtisch.policy.registration.lookup import registration_form
from rundtisch.policy.registration.mails import send_cancellation_mail
from rundtisch.policy.registration.messages import sent_messages
from zope.i18nmessageid import Message


PAGE_SIZE = 100
CANCELLED_ON_BEHALF = _(
    "signup_cancelled_on_behalf",
    default="Die Anmeldung von ${name} ist storniert.",
)


def as_text(value):
    if isinstance(value, (list, tuple, set, frozenset)):
        return ", ".join(sorted(str(item) for item in value))
    return "" if value in (None, True, False) else str(value)


def registered_moment(row):
    """When `row` signed up, in Berlin time, or None."""
    try:
        return dates.local(dates.from_iso(row[REGISTERED_COLUMN]))
    except (KeyError, TypeError, ValueError):
        return None


def registered_at(row):
    return dates.date_and_time(registered_moment(row))


def signups(workshop):
    """Rows of the sign-up list: confirmed first, then the waiting list in
    its order, each with its place on it, then those who came without a
    sign-up (checkin.py), then those who cancelled."""
    form = registration_form(workshop)
    action = registration_action(form) if form is not None else None
    if action is None:
        return []
    storage = action._storage
    waiting = list(action.book.waiting)
    confirmed = sorted(
        (
            row_id
            for row_id, row in storage.items()
            if row.get(STATUS_COLUMN) == CONFIRMED
        ),
        key=lambda row_id: storage[row_id].get(REGISTERED_COLUMN, ""),
    )
    walk_ins = [
        row_id for row_id, row in storage.items() if row.get(STATUS_COLUMN) == WALK_IN
    ]
    cancelled = [
        row_id for row_id, row in storage.items() if row.get(STATUS_COLUMN) == CANCELLED
    ]
    waiting_rows = [row_id for row_id in waiting if row_id in storage]
    rows = []
    for row_id in confirmed + waiting_rows + walk_ins + cancelled:
        row = storage[row_id]
        status = row.get(STATUS_COLUMN)
        rows.append(
            {
                "id": row_id,
                "name": participant_name(row),
                "first_name": as_text(row.get("vorname")),
                "last_name": as_text(row.get("nachname")),
                "consent": row.get("datenschutz") is True,
                "email": row.get("email", ""),
                "organisation": as_text(row.get("organisation")),
                "role": as_text(row.get("rolle")),
                "support": as_text(row.get("unterstuetzung")),
                "remarks": as_text(row.get("anmerkungen")),
                "status": status,
                "place": waiting.index(row_id) + 1 if status == WAITLISTED else None,
                "attended": bool(row.get(ATTENDED_KEY)),
                "registered": registered_at(row),
                # The moment itself, for spreadsheets' date cells (export.py).
                "registered_moment": registered_moment(row),
            }
        )
    return rows


def matches(row, query):
    """Words of a name in any order, without umlauts, or of the address or
    organisation (people.py)."""
    return not query.strip() or words_match(
        query, row["name"], row["email"], row["organisation"]
    )


class SignupListView(BrowserView):
    def __call__(self):
        form = self.request.form
        if self.request.method == "POST" and form.get("confirmed"):
            return self.cancel(form.get("cancel"))
        self.query = form.get("q", "")
        all_rows = signups(self.context)
        self.rows = [row for row in all_rows if matches(row, self.query)]
        self.total = len(all_rows)
        self.attended = sum(1 for row in all_rows if row["attended"])
        # Rendering is what grows with the sign-ups: a page of them at a time.
        self.batch = Batch(self.rows, PAGE_SIZE, int(form.get("b_start", 0) or 0))
        # "Stornieren" first asks: a GET never changes anything.
        self.to_cancel = next(
            (
                row
                for row in all_rows
                if str(row["id"]) == form.get("cancel")
                and row["status"] in (CONFIRMED, WAITLISTED)
            ),
            None,
        )
        return self.index()

    def counts(self):
        settings = IRegistrationSettings(self.context)
        form = registration_form(self.context)
        action = registration_action(form) if form is not None else None
        counter = action.book.counter if action is not None else None
        return {
            "capacity": settings.capacity or None,
            "confirmed": counter.confirmed if counter else 0,
            "waitlisted": counter.waitlisted if counter else 0,
            "attended": self.attended,
        }

    def messages(self):
        return sent_messages(self.context)

    def cancel(self, row_id):
        CheckAuthenticator(self.request)
        action = registration_action(registration_form(self.context))
        try:
            row_id = int(row_id)
            row = action._storage[row_id]
        except (KeyError, TypeError, ValueError):
            row = None
        if row is not None and row.get(STATUS_COLUMN) in (CONFIRMED, WAITLISTED):
            action.cancel(row_id)
            send_cancellation_mail(self.context, row, on_behalf=True)
            IStatusMessage(self.request).add(
                Message(CANCELLED_ON_BEHALF, mapping={"name": participant_name(row)})
            )
        return self.request.response.redirect(
            f"{self.context.absolute_url()}/@@anmeldungen"
        )


class SavedDataRedirect(BrowserView):
    """easyform's ``@@saveddata`` of a sign-up form leads to the list (links
    in older notice mails keep working)."""

    def __call__(self):
        workshop = self.context.__parent__
        return self.request.response.redirect(
            f"{workshop.absolute_url()}/@@anmeldungen"
        )
