"""Workshop sign-up on top of collective.easyform (docs/design.md §4).

The rooms, each building only on those listed before it:

- ``data/``: what a sign-up is and where it is kept: statuses and their
  labels, the row, the book of counters and indexes, the questions and
  answers, input checks, and the one gateway to easyform's saved data;
- ``mails/``: the mails to participants and organisers, the check-in code;
- ``booking/``: seats and the waiting list: the easyform action that books,
  whether a workshop takes sign-ups, its status and seat counts;
- ``form/``: the form participants fill in, its creation with the workshop,
  its pages (form, cancellation) and protection;
- ``desk/``: the organisers' pages: the list, Einlass and attendance,
  messages to participants, the exports;
- ``jobs/``: timed jobs: reminders and the retention purge.
"""

from rundtisch.policy.registration.data import book
from rundtisch.policy.registration.data import rows

import sys


# Databases written before the split pickled the book, its seat counter and
# the rows under these module paths; the aliases keep them readable.
sys.modules.setdefault(f"{__name__}.book", book)
sys.modules.setdefault(f"{__name__}.rows", rows)
