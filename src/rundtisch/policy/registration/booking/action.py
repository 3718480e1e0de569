"""The easyform action that books a submission: seat, waiting list or refusal.

`Registration` is a `SaveData` action, so each sign-up is a row of easyform's
own saved data (data/saved_data.py is the one gateway to it). The action adds
the booking: the `RegistrationBook` of the form, the status column and the
personal cancellation token. easyform's raw table of the rows and its
download are for Managers only (form/configure.zcml); organisers use the
desk (desk/).
"""

from Acquisition import aq_inner
from Acquisition import aq_parent
from collective.easyform.actions import ActionFactory
from collective.easyform.actions import SaveData
from collective.easyform.api import get_context
from collective.easyform.config import FORM_ERROR_MARKER
from plone.supermodel.exportimport import BaseHandler
from plone.supermodel.interfaces import IFieldNameExtractor
from rundtisch.policy import _
from rundtisch.policy import dates
from rundtisch.policy.behaviors.registration import IRegistrationSettings
from rundtisch.policy.caching.purge import purge_seat_counts
from rundtisch.policy.operations.checks.rate_limit import RateLimit
from rundtisch.policy.people import participant_name
from rundtisch.policy.registration.booking.availability import closed_message
from rundtisch.policy.registration.booking.turns import take_turn
from rundtisch.policy.registration.data import statuses
from rundtisch.policy.registration.data.book import RegistrationBook
from rundtisch.policy.registration.data.rows import CANCELLED_COLUMN
from rundtisch.policy.registration.data.rows import COLUMN_TITLES
from rundtisch.policy.registration.data.rows import OWN_KEYS
from rundtisch.policy.registration.data.rows import REGISTERED_COLUMN
from rundtisch.policy.registration.data.rows import STATUS_COLUMN
from rundtisch.policy.registration.data.rows import TOKEN_KEY
from rundtisch.policy.registration.data.saved_data import BOOK_ATTRIBUTE
from rundtisch.policy.registration.data.saved_data import registration_book
from rundtisch.policy.registration.data.saved_data import SavedSignups
from rundtisch.policy.registration.data.statuses import CONFIRMED
from rundtisch.policy.registration.data.validators import submission_errors
from rundtisch.policy.registration.interfaces import IRegistrationAction
from rundtisch.policy.registration.mails import sending as mails
from zExceptions import BadRequest
from zope.component import adapter
from zope.globalrequest import getRequest
from zope.i18n import translate
from zope.i18nmessageid import Message
from zope.interface import implementer


# Request key: the outcome of a sign-up, for the confirmation page.
OUTCOME_KEY = "rundtisch.signup_outcome"

# Outcome of a submission with an address that has a sign-up already.
KNOWN = "known"
KNOWN_MESSAGE = _(
    "signup_known_address",
    default="Vielen Dank. Falls Sie mit ${email} bereits für diese "
    "Veranstaltung angemeldet sind, gilt Ihre bisherige Anmeldung weiter: "
    "Wir haben Ihnen die Bestätigung mit Ihrem persönlichen Abmeldelink "
    "noch einmal geschickt. Eine zweite Anmeldung mit derselben Adresse "
    "ist nicht möglich.",
)
# Confirmations sent again per address and form within an hour: a form that
# mails on request must not become a way to flood someone's inbox.
RESENDS = RateLimit(3)
CONFIRMED_MESSAGE = _(
    "signup_confirmed",
    default="Sie sind angemeldet. Eine Bestätigung mit Ihrem persönlichen "
    "Abmeldelink ist unterwegs an ${email}.",
)
WAITLIST_PLACE = _("signup_waitlist_place", default="Warteliste, Platz ${position}")
WAITLISTED_MESSAGE = _(
    "signup_waitlisted",
    default="Alle Plätze sind vergeben: Sie stehen auf der Warteliste "
    "(Platz ${position}). Wir schreiben Ihnen an ${email}, sobald Sie "
    "nachrücken.",
)
# What an edit of a saved row keeps as booked (setDataRow).
BOOKED_KEYS = (*OWN_KEYS, "email")
NO_NEW_ROWS = _(
    "signup_no_new_rows",
    default="Neue Anmeldungen entstehen nur über das Anmeldeformular.",
)
# The action's type name in the forms' XML models (RegistrationTypeName).
ACTION_TYPE = "rundtisch.policy.registration.actions.Registration"
# The organisers' export (desk/export.py), which easyform's download leads to.
EXPORT_VIEWS = {"xlsx": "@@anmeldungen.xlsx"}
CSV_EXPORT_VIEW = "@@anmeldungen.csv"


def cancel_url(form, token):
    return f"{form.absolute_url()}/@@abmelden?token={token}"


@implementer(IRegistrationAction)
class Registration(SaveData):
    __doc__ = IRegistrationAction.__doc__

    @property
    def form(self):
        return get_context(self)

    @property
    def workshop(self):
        return aq_parent(aq_inner(self.form))

    @property
    def signups(self):
        return SavedSignups(self)

    @property
    def book(self):
        form = self.form
        book = registration_book(form)
        if book is None:
            book = RegistrationBook()
            setattr(form, BOOK_ATTRIBUTE, book)
        return book

    def onSuccess(self, fields, request):
        """Book the sign-up; return errors (easyform shows them) or None."""
        workshop = self.workshop
        message = closed_message(workshop)
        if message is not None:
            return {FORM_ERROR_MARKER: message}
        errors = submission_errors(fields)
        if errors:
            return errors
        book = self.book
        # Sign-ups of this workshop book one after the other in this process,
        # each on a fresh view of the database: no conflicts among them
        # (booking/turns.py). Everything below reads the counts after the turn.
        take_turn(book)
        email = fields["email"].strip()
        if book.is_registered(email):
            self.confirm_again(request, fields, email)
            return None
        settings = IRegistrationSettings(workshop)
        status = book.place(settings.capacity or 0, settings.waitlist_enabled)
        if status is None:
            return {FORM_ERROR_MARKER: closed_message(workshop)}
        row = {name: fields[name] for name in self.getColumnNames() if name in fields}
        row.update(
            {
                "email": email,
                STATUS_COLUMN: status,
                REGISTERED_COLUMN: dates.now().isoformat(timespec="seconds"),
                TOKEN_KEY: book.new_token(),
            }
        )
        row = self.signups.add(row)
        book.record(row["id"], email, row[TOKEN_KEY], status)
        # The seats changed, the workshop did not: tell the caching proxy.
        purge_seat_counts(workshop)
        # The waiting list's count after this entry: unique, because
        # concurrent entries conflict and retry (data/book.py SeatCounter). The page
        # and the mail tell the same place (docs/design.md §4).
        position = book.counter.waitlisted if status != CONFIRMED else None
        mails.send_participant_mail(
            workshop, row, cancel_url(self.form, row[TOKEN_KEY]), position
        )
        mails.send_organiser_notice(workshop, row, book.counter)
        self.tell(request, row, status, position)
        return None

    def tell(self, request, row, status, position=None):
        """Leave the outcome for the confirmation page (form/signup_form.py)."""
        if status == CONFIRMED:
            message = Message(CONFIRMED_MESSAGE, mapping={"email": row["email"]})
            status_title = statuses.label(CONFIRMED)
        else:
            message = Message(
                WAITLISTED_MESSAGE,
                mapping={"email": row["email"], "position": position},
            )
            status_title = Message(WAITLIST_PLACE, mapping={"position": position})
        request.set(
            OUTCOME_KEY,
            {
                "status": status,
                "message": message,
                "status_title": status_title,
                "name": participant_name(row),
                "email": row["email"],
            },
        )

    def confirm_again(self, request, fields, email):
        """A second sign-up of an address: the page must not tell a stranger
        whether that address signed up (docs/design.md §4), so it says the
        same in both cases and the confirmation goes to the address itself,
        as the first one did, through the same mail."""
        book = self.book
        row_id = book.registered_row(email)
        row = self.signups.get(row_id) if row_id is not None else None
        RESENDS.forget_old()
        key = ("/".join(self.form.getPhysicalPath()), book.email_key(email))
        if row is not None and TOKEN_KEY in row and RESENDS.hit(key):
            mails.send_participant_mail(
                self.workshop, row, cancel_url(self.form, row[TOKEN_KEY])
            )
        request.set(
            OUTCOME_KEY,
            {
                "status": KNOWN,
                "message": Message(KNOWN_MESSAGE, mapping={"email": email}),
                "status_title": None,
                # Nothing of the stored sign-up: not even its name.
                "name": None,
                "email": email,
            },
        )

    def row_by_token(self, token):
        """(row id, row) of the sign-up with `token`, or (None, None)."""
        book = self.book
        row_id = book.tokens.get(token) if token else None
        row = self.signups.get(row_id) if row_id is not None else None
        return (row_id, row) if row is not None else (None, None)

    def cancel(self, row_id):
        """Cancel the sign-up; fill a freed seat from the waiting list.

        The row stays, marked "storniert" and without its token, so the
        organisers' list shows who cancelled, until the retention purge
        deletes it with all the others. Its address may sign up again.
        """
        signups = self.signups
        row = signups.get(row_id)
        self.book.release(row_id, row["email"], row[TOKEN_KEY], row[STATUS_COLUMN])
        signups.drop_keys(row_id, TOKEN_KEY)
        signups.update(
            row_id,
            **{
                STATUS_COLUMN: statuses.CANCELLED,
                CANCELLED_COLUMN: dates.now().isoformat(timespec="seconds"),
            },
        )
        self.fill_free_seats()
        # Seats freed (and maybe filled from the waiting list): as above.
        purge_seat_counts(self.workshop)

    def fill_free_seats(self):
        """Promote the first waiting (FIFO) while seats are free; tell each."""
        book = self.book
        capacity = IRegistrationSettings(self.workshop).capacity or 0
        while book.waiting and (not capacity or book.counter.confirmed < capacity):
            row_id = book.next_waiting()
            book.promote(row_id)
            row = self.signups.update(row_id, **{STATUS_COLUMN: CONFIRMED})
            mails.send_promotion_mail(
                self.workshop, row, cancel_url(self.form, row[TOKEN_KEY])
            )

    def setDataRow(self, key, value):
        """A row edited in easyform's saved-data editor or sent over REST
        (``savedDataStorage``; Managers only): only existing sign-ups, and
        only their answers. The status, token, times and address stay as
        booked: the counters, the e-mail index and the personal link rely on
        them. New sign-ups come through the form alone."""
        stored = self.signups.get(key)
        if stored is None:
            raise BadRequest(translate(NO_NEW_ROWS, context=getRequest()))
        booked = {name: stored[name] for name in BOOKED_KEYS if name in stored}
        self.signups.replace(key, {**value, **booked})

    def delDataRow(self, key):
        """A row deleted in easyform's saved-data view is a cancellation."""
        self.cancel(key)

    def clearSavedFormInput(self):
        """Clearing all saved data in easyform's view removes every sign-up."""
        for row_id, _row in self.signups.with_status(*statuses.BOOKED):
            self.cancel(row_id)

    def purge(self):
        """Delete the personal data, keep the counts (retention, DSGVO)."""
        self.signups.clear()
        self.book.forget_personal_data()

    def getColumnNames(self):
        return [*super().getColumnNames(), STATUS_COLUMN, REGISTERED_COLUMN]

    def getColumnTitles(self):
        request = getRequest()
        return [
            *super().getColumnTitles(),
            *(translate(title, context=request) for title in COLUMN_TITLES.values()),
        ]

    def download(self, response, delimiter="", download_format=None):
        """easyform's download of the saved data leads to the organisers'
        export: one export of the list, with its German headings, labels
        and formula-safe cells (desk/export.py)."""
        view = EXPORT_VIEWS.get(download_format or self.DownloadFormat, CSV_EXPORT_VIEW)
        response.redirect(f"{self.workshop.absolute_url()}/{view}")


@implementer(IFieldNameExtractor)
@adapter(IRegistrationAction)
class RegistrationTypeName:
    """The action's type in easyform's XML model of a form's actions.

    Every form stores its model with this name (form/models/actions.xml),
    the path the class had when the first forms were made; plone.supermodel
    would write the class's path today, which no handler knows, and saving
    the actions in easyform's editor would fail.
    """

    def __init__(self, context):
        self.context = context

    def __call__(self):
        return ACTION_TYPE


RegistrationActionFactory = ActionFactory(
    Registration,
    _("label_registration_action", default="Anmeldung (Plätze und Warteliste)"),
    # Only Managers may add a second one; the form gets its one on creation.
    "cmf.ManagePortal",
)
RegistrationHandler = BaseHandler(Registration)
