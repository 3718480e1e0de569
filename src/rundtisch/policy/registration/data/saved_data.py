"""The one gateway to a workshop's sign-ups as easyform keeps them.

A workshop's ``anmeldung`` form stores each sign-up as a row of easyform's
saved data: its `Registration` action (booking/action.py) is a `SaveData`
action, and easyform keeps what such an action saved in a BTree under the
form's ``_inputStorage``. This module is the only one that reaches into
that storage (docs/design.md §4); everything else reads and writes rows
through `SavedSignups`, and finds the form, its action and its
`RegistrationBook` through the functions here. A change in easyform's
storage is a change of this module alone.
"""

from collective.easyform.api import get_actions
from persistent.mapping import PersistentMapping
from rundtisch.policy.interfaces import IWorkshopContent
from rundtisch.policy.registration.data.rows import SignupRow
from rundtisch.policy.registration.data.rows import STATUS_COLUMN
from rundtisch.policy.registration.interfaces import IRegistrationAction
from rundtisch.policy.registration.interfaces import IRegistrationForm


FORM_ID = "anmeldung"
BOOK_ATTRIBUTE = "_rundtisch_registration_book"


def registration_form(workshop):
    """The workshop's sign-up form, or None."""
    form = workshop.get(FORM_ID) if IWorkshopContent.providedBy(workshop) else None
    return form if IRegistrationForm.providedBy(form) else None


def registration_action(form):
    """The `Registration` action of `form`, or None."""
    if form is None:
        return None
    actions = get_actions(form)
    for name in actions:
        if IRegistrationAction.providedBy(actions[name]):
            return actions[name]
    return None


def registration_book(form):
    """The counters and indexes of `form` (data/book.py), or None."""
    return getattr(form, BOOK_ATTRIBUTE, None)


def saved_signups(workshop):
    """The `SavedSignups` of the workshop's form, or None without one."""
    action = registration_action(registration_form(workshop))
    return SavedSignups(action) if action is not None else None


def prepare_saved_data(form, book):
    """Give a new (or copied) form `book` and empty saved data.

    The containers are made up front, so the first concurrent sign-ups do
    not conflict over creating them.
    """
    setattr(form, BOOK_ATTRIBUTE, book)
    form._inputStorage = PersistentMapping()
    action = registration_action(form)
    if action is not None:
        action._storage  # noqa: B018 - easyform creates the BTree on first read


class SavedSignups:
    """The saved rows of one `Registration` action, by row id.

    Rows are never changed in place: a change stores a new `SignupRow`, so
    concurrent changes of different rows merge (data/rows.py).
    """

    def __init__(self, action):
        self.action = action

    @property
    def _rows(self):
        return self.action._storage

    def __len__(self):
        return len(self._rows)

    def items(self):
        return self._rows.items()

    def get(self, row_id):
        """The row `row_id` (also as text, from a form), or None."""
        try:
            return self._rows.get(int(row_id))
        except (TypeError, ValueError):
            return None

    def with_status(self, *statuses):
        """(row id, row) of the rows with one of `statuses`."""
        return [
            (row_id, row)
            for row_id, row in self._rows.items()
            if row.get(STATUS_COLUMN) in statuses
        ]

    def add(self, row):
        """Save a new row through easyform (which gives it its id); return it."""
        row = SignupRow(row)
        self.action.addDataRow(row)
        return row

    def update(self, row_id, **changes):
        """Store the row with `changes`; return the new row."""
        row = SignupRow(self._rows[int(row_id)], **changes)
        self._rows[int(row_id)] = row
        return row

    def drop_keys(self, row_id, *keys):
        """Store the row without `keys`; return the new row."""
        kept = {k: v for k, v in self._rows[int(row_id)].items() if k not in keys}
        row = SignupRow(kept)
        self._rows[int(row_id)] = row
        return row

    def replace(self, row_id, row):
        """Store `row` as it is (easyform's saved-data editor)."""
        self._rows[int(row_id)] = SignupRow(row)

    def clear(self):
        self._rows.clear()
