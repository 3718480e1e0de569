"""Listings show each item once (docs/design.md §3).

A working copy is a change of a published item under review, not an item of
its own; beside its original it would appear twice, with the same title, in
the staff's listings. The catalog knows copies by iterate's marker
(reindexed at check-out, workflow/iterate.py).
"""

from plone.app.iterate.interfaces import IWorkingCopy


# The `object_provides` part of a catalog query for all but working copies.
NOT_A_WORKING_COPY = {"not": IWorkingCopy.__identifier__}
