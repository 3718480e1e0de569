"""A saved-data row that BTrees' conflict resolution can merge, and the keys
it carries besides the answers to the form's questions."""

from rundtisch.policy import _

import json


# Our own keys in a row; everything else is the answer to a form question.
STATUS_COLUMN = "registration_status"
REGISTERED_COLUMN = "registered"
CANCELLED_COLUMN = "cancelled"
TOKEN_KEY = "token"
ATTENDED_KEY = "attended"
REMINDED_KEY = "reminded"
# Headings of our columns wherever the rows are shown as a table.
COLUMN_TITLES = {
    STATUS_COLUMN: _("signups_column_status", default="Status"),
    REGISTERED_COLUMN: _("signups_column_registered", default="Angemeldet am"),
}
# easyform's own: the row id it gives each saved row.
ID_KEY = "id"
OWN_KEYS = frozenset(
    {
        STATUS_COLUMN,
        REGISTERED_COLUMN,
        CANCELLED_COLUMN,
        TOKEN_KEY,
        ATTENDED_KEY,
        REMINDED_KEY,
        ID_KEY,
    }
)


def _plain(value):
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=str)
    # Anything else without a JSON form compares by repr; if that differs
    # between two loads (file uploads), the merge fails safe: a real
    # conflict, the publisher retries.
    return repr(value)


class SignupRow(dict):
    """A row of easyform's saved data, ordered by (id, content).

    easyform keeps rows as plain dicts in an LOBTree. When two transactions
    insert rows concurrently, the BTree merges the buckets, comparing the
    rows both kept with < and >; plain dicts do not support that, so every
    pair of concurrent sign-ups would conflict and be retried, and a dozen
    concurrent clients would exhaust the publisher's retries. Rows are
    never changed in place (a change stores a new row), so their content
    decides equality and order.
    """

    def _order(self):
        return (self.get(ID_KEY, 0), json.dumps(self, sort_keys=True, default=_plain))

    def __lt__(self, other):
        return self._order() < SignupRow(other)._order()

    def __gt__(self, other):
        return self._order() > SignupRow(other)._order()

    def __le__(self, other):
        return not self.__gt__(other)

    def __ge__(self, other):
        return not self.__lt__(other)
