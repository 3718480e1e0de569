"""A saved-data row that BTrees' conflict resolution can merge."""

import json


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
        return (self.get("id", 0), json.dumps(self, sort_keys=True, default=_plain))

    def __lt__(self, other):
        return self._order() < SignupRow(other)._order()

    def __gt__(self, other):
        return self._order() > SignupRow(other)._order()

    def __le__(self, other):
        return not self.__gt__(other)

    def __ge__(self, other):
        return not self.__lt__(other)
