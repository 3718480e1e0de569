"""Workshop sign-up on top of collective.easyform (docs/design.md §4).

The ``anmeldung`` EasyForm of a workshop stores each sign-up as a row of
easyform's saved data (see `actions.Registration`); `book.RegistrationBook`
keeps only counters and small indexes (e-mail digests, tokens, waiting order)
so that counting is O(1) and concurrent sign-ups never overbook.
"""
