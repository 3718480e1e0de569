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
from rundtisch.policy.behaviors.registration import IRegistrationSettings
from rundtisch.policy.people import participant_name
from rundtisch.policy.registration.data import statuses
from rundtisch.policy.registration.data.rows import STATUS_COLUMN
from rundtisch.policy.registration.data.saved_data import registration_book
from rundtisch.policy.registration.data.saved_data import registration_form
from rundtisch.policy.registration.data.saved_data import saved_signups
from rundtisch.policy.registration.data.statuses import BOOKED
from rundtisch.policy.registration.desk.messages import sent_messages
from rundtisch.policy.registration.desk.signup_table import matches_query
from rundtisch.policy.registration.desk.signup_table import SignupTable
from rundtisch.policy.registration.mails.sending import send_cancellation_mail
from zope.i18nmessageid import Message


PAGE_SIZE = 100
# The colour of each status in the list; the waiting list shows its place.
BADGE_CLASSES = {
    statuses.CONFIRMED: "badge text-bg-success",
    statuses.WALK_IN: "badge text-bg-secondary",
    statuses.CANCELLED: "badge text-bg-light border",
}
CANCELLED_ON_BEHALF = _(
    "signup_cancelled_on_behalf",
    default="Die Anmeldung von ${name} ist storniert.",
)


class SignupListView(BrowserView):
    def __call__(self):
        form = self.request.form
        if self.request.method == "POST" and form.get("confirmed"):
            return self.cancel(form.get("cancel"))
        self.query = form.get("q", "")
        all_rows = SignupTable(self.context).rows
        self.rows = [row for row in all_rows if matches_query(row, self.query)]
        self.total = len(all_rows)
        self.attended = sum(1 for row in all_rows if row["attended"])
        # Rendering is what grows with the sign-ups: a page of them at a time.
        self.batch = Batch(self.rows, PAGE_SIZE, int(form.get("b_start", 0) or 0))
        # "Stornieren" first asks: a GET never changes anything.
        self.to_cancel = next(
            (
                row
                for row in all_rows
                if str(row["id"]) == form.get("cancel") and row["status"] in BOOKED
            ),
            None,
        )
        return self.index()

    def counts(self):
        settings = IRegistrationSettings(self.context)
        book = registration_book(registration_form(self.context))
        counter = book.counter if book is not None else None
        return {
            "capacity": settings.capacity or None,
            "confirmed": counter.confirmed if counter else 0,
            "waitlisted": counter.waitlisted if counter else 0,
            "attended": self.attended,
        }

    def badge_class(self, status):
        return BADGE_CLASSES.get(status, "badge text-bg-light border")

    def messages(self):
        return sent_messages(self.context)

    def cancel(self, row_id):
        CheckAuthenticator(self.request)
        signups = saved_signups(self.context)
        row = signups.get(row_id) if signups is not None else None
        if row is not None and row.get(STATUS_COLUMN) in BOOKED:
            signups.action.cancel(int(row_id))
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
