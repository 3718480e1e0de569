"""No move takes a published item out of its reviewed place (docs/design.md §3).

The reviewers approved an item where it is: its URL, breadcrumbs and the
links to it (the footer's legal pages, feeds, mails). Cut and paste, renames
(`@@folder_rename`), REST `@move` and `folder_contents` all move through
OFS, which announces the move with `IObjectWillBeMovedEvent` before doing
anything; refusing there covers every one of them. Like changing published
content, moving it is left to administrators (the workflow gives them
"Modify portal content" on published items). Reordering within a folder is
no move and stays open.
"""

from OFS.CopySupport import CopyError
from plone import api
from Products.CMFCore.interfaces import IFolderish
from rundtisch.policy import _
from rundtisch.policy.german import german


MOVE_REFUSED = _(
    "published_move_refused",
    default="»${title}« ist veröffentlicht und bleibt an dem Ort, an dem beide "
    "Geschäftsbereiche es freigegeben haben. Ziehen Sie es zuerst zurück oder "
    "bitten Sie eine Administratorin, es zu verschieben.",
)


def published_items(obj):
    """`obj` and everything inside it that is published.

    Walked, not queried: CMF unindexes a moving object (and its contents)
    before this subscriber may run."""
    if api.content.get_state(obj, default=None) == "published":
        yield obj
    if IFolderish.providedBy(obj):
        for child in obj.objectValues():
            yield from published_items(child)


def keep_published_in_place(obj, event):
    if event.object is not obj:
        return  # the same move, told to what is inside: walked below
    if event.oldParent is None or event.newParent is None:
        return  # added or removed, not moved
    if event.oldParent is event.newParent and event.oldName == event.newName:
        return
    for item in published_items(obj):
        if not api.user.has_permission("Modify portal content", obj=item):
            raise CopyError(german(MOVE_REFUSED, title=item.Title()))
