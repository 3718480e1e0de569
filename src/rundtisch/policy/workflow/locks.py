"""Edit locks that explain themselves (docs/design.md §3).

plone.locking locks an item while its edit form is open, for ten minutes
past the last save or visit. Its own notice and unlock view need the right
to modify, which nobody but administrators has while an item is in review;
so a lock left by an abandoned edit form hid the review menu from reviewers
without a word. Here every member of staff who may see the approvals sees
who holds the lock and since when, and the Redaktion and administrators may
release it ("Sperre aufheben") through plone.locking's own ``ILockable``.
"""

from plone import api
from plone.app.layout.viewlets.common import ViewletBase
from plone.locking.interfaces import ILockable
from plone.protect import CheckAuthenticator
from plone.protect import protect
from Products.Five.browser import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from rundtisch.policy import _
from rundtisch.policy import dates

import datetime


# The Redaktion holds Editor through its group; administrators hold theirs.
RELEASING_ROLES = frozenset({"Editor", "Site Administrator", "Manager"})

RELEASED = _("lock_released", default="Die Sperre ist aufgehoben.")
NOT_ALLOWED = _(
    "lock_release_not_allowed",
    default="Nur die Redaktion kann eine Sperre aufheben.",
)


def current_lock(context):
    """{'fullname', 'since', 'own'} of the valid lock on ``context``, or None."""
    lockable = ILockable(context, None)
    if lockable is None or not lockable.locked():
        return None
    entries = lockable.lock_info()
    if not entries:
        return None
    entry = entries[0]
    user_id = entry["creator"]
    user = api.user.get(userid=user_id) if user_id else None
    fullname = (user.getProperty("fullname", "") if user else "") or user_id or ""
    since = datetime.datetime.fromtimestamp(entry["time"], tz=datetime.UTC)
    member = api.user.get_current()
    return {
        "fullname": fullname,
        "since": dates.date_and_time(since),
        "own": member is not None and member.getId() == user_id,
    }


def may_release(context):
    if api.user.is_anonymous():
        return False
    return bool(RELEASING_ROLES & set(api.user.get_roles(obj=context)))


class LockInfoViewlet(ViewletBase):
    """Replaces ``plone.lockinfo`` for staff: who holds the lock, since when."""

    index = ViewPageTemplateFile("templates/lock_info.pt")

    def update(self):
        super().update()
        self.lock = current_lock(self.context)
        self.can_release = self.lock is not None and may_release(self.context)
        self.release_url = f"{self.context.absolute_url()}/@@sperre-aufheben"

    def render(self):
        if self.lock is None or (self.lock["own"] and self.on_edit_form()):
            return ""
        return self.index()

    def on_edit_form(self):
        """Whoever edits needs no notice of their own lock there."""
        steps = self.request.steps
        return bool(steps) and steps[-1] in ("edit", "@@edit")


class ReleaseLockView(BrowserView):
    """``@@sperre-aufheben`` (POST with the form's token): unlock, go back."""

    @protect(CheckAuthenticator)
    def __call__(self, REQUEST=None):
        if self.request.method != "POST":
            self.request.response.setStatus(405)
            return ""
        if may_release(self.context):
            ILockable(self.context).unlock()
            api.portal.show_message(RELEASED, request=self.request, type="info")
        else:
            api.portal.show_message(NOT_ALLOWED, request=self.request, type="error")
        self.request.response.redirect(self.context.absolute_url())
        return ""
