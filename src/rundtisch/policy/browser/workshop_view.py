"""The workshop page: when, where, who, what about, sign-up and results."""

from plone import api
from plone.app.contenttypes.behaviors import viewlets
from plone.app.iterate.dexterity.utils import get_baseline
from plone.app.iterate.interfaces import IWorkingCopy
from plone.memoize import ram
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from rundtisch.policy import _
from rundtisch.policy.browser.base import PageView
from rundtisch.policy.browser.summaries import result_summaries
from rundtisch.policy.browser.workshop_image import IMAGE_FIELD
from rundtisch.policy.browser.workshop_image import image_scaling
from rundtisch.policy.browser.workshop_image import PAGE_SCALE
from rundtisch.policy.dates import period
from rundtisch.policy.interfaces import IRegistrationStatus
from rundtisch.policy.interfaces import IWorkshopContent
from rundtisch.policy.vocabularies.lookup import title
from rundtisch.policy.vocabularies.lookup import titles

import os
import time
import urllib.parse


OPENSTREETMAP_SEARCH = "https://www.openstreetmap.org/search?query="


# Who may see sign-ups (organisers, Managers): the easyform permission.
DOWNLOAD_SAVED_INPUT = "collective.easyform: Download Saved Input"


REGISTRATION_STATUS = {
    "open": _("registration_status_open", default="Anmeldung offen"),
    "waitlist": _(
        "registration_status_waitlist",
        default="Alle Plätze vergeben – Anmeldung auf die Warteliste",
    ),
    "full": _("registration_status_full", default="Ausgebucht"),
    "closed": _("registration_status_closed", default="Anmeldung geschlossen"),
    "disabled": _("registration_status_disabled", default="Keine Anmeldung nötig"),
}
# Where the sign-up form takes people in, and what its button says.
SIGN_UP_BUTTONS = {
    "open": _("button_sign_up", default="Jetzt anmelden"),
    "waitlist": _("button_join_waitlist", default="Auf die Warteliste setzen"),
}


def _body_cache_key(method, view):
    """What a visitor's view of the workshop's body depends on.

    Visitors all see the same body (no per-person links), so it is rendered
    once per change and minute instead of on every request of a rush
    (docs/design.md §7). Logged-in people see their own links and are not
    cached. The key has the workshop's own state, the catalog counter (its
    results and files), the sign-up figures and attendance, and the minute,
    because time alone can close a sign-up or make an item visible. A
    workshop changed but not yet committed is not cached either. A working
    copy shows the original's figures without the sign-up button: its own
    address and the working-copy flag keep its body apart from the
    original's.
    """
    context = view.context
    if not api.user.is_anonymous() or context._p_changed or context._p_oid is None:
        raise ram.DontCache
    catalog = api.portal.get_tool("portal_catalog")
    figures = IRegistrationStatus(context).as_dict()
    return (
        context.absolute_url(),
        IWorkingCopy.providedBy(context),
        context._p_serial,
        catalog.getCounter(),
        tuple(sorted((key, repr(value)) for key, value in figures.items())),
        IRegistrationStatus(context).attendance(),
        view.request.get("LANGUAGE"),
        int(time.time() // 60),
    )


class WorkshopView(PageView):
    body_template = ViewPageTemplateFile("templates/workshop_view_body.pt")

    @ram.cache(_body_cache_key)
    def body(self):
        """The page's own content (the rest is Plone's main template)."""
        return self.body_template()

    def when(self):
        context = self.context
        if not context.start:
            return None
        return period(context.start, context.end, context.whole_day, context.open_end)

    def format_title(self):
        return title("rundtisch.formats", self.context.event_format)

    def topic_titles(self):
        return titles("rundtisch.topics", self.context.topics)

    def hosts(self):
        return [
            {
                "name": row.get("name"),
                "function": row.get("function"),
                "department": title("rundtisch.departments", row.get("department")),
            }
            for row in self.context.hosts or ()
        ]

    def department_titles(self):
        return titles("rundtisch.departments", self.context.departments)

    def image_tag(self):
        if not self.context.image:
            return None
        return image_scaling(self.context, self.request).tag(
            IMAGE_FIELD,
            scale=PAGE_SCALE,
            alt=self.context.image_alt or "",
            css_class="figure-img img-fluid w-100 rounded",
        )

    def registration(self):
        """The sign-up figures, or None when the workshop takes no sign-ups."""
        info = dict(IRegistrationStatus(self.context).as_dict())
        if info["status"] == "disabled":
            return None
        info["status_title"] = REGISTRATION_STATUS.get(info["status"], info["status"])
        info["button_title"] = SIGN_UP_BUTTONS.get(info["status"])
        info["can_sign_up"] = bool(info["button_title"] and info.get("form_url"))
        # A working copy shows the original's seats; people sign up on the
        # published page, never through the copy (docs/design.md §3).
        info["original_url"] = None
        if IWorkingCopy.providedBy(self.context):
            info["can_sign_up"] = False
            baseline = get_baseline(self.context)
            info["original_url"] = baseline.absolute_url() if baseline else None
        info["limited"] = bool(info.get("capacity"))
        info["signups_url"] = (
            f"{self.context.absolute_url()}/@@anmeldungen"
            if api.user.has_permission(DOWNLOAD_SAVED_INPUT, obj=self.context)
            else None
        )
        return info

    def venue(self):
        """Address with a map link, accessibility and directions, or None."""
        context = self.context
        address = context.location
        accessibility = getattr(context, "venue_accessibility", None)
        directions = getattr(context, "venue_directions", None)
        if not (address or accessibility or directions):
            return None
        return {
            "address": address,
            "map_url": (
                OPENSTREETMAP_SEARCH + urllib.parse.quote(address) if address else None
            ),
            "accessibility": accessibility,
            "directions": directions,
        }

    def contact(self):
        """plone.app.event's contact fields, or None when all are empty."""
        context = self.context
        contact = {
            "name": context.contact_name,
            "email": context.contact_email,
            "phone": context.contact_phone,
            "phone_url": phone_url(context.contact_phone),
            "website": web_url(context.event_url),
        }
        return contact if any(contact.values()) else None

    def calendar_url(self):
        return f"{self.context.absolute_url()}/ics_view"

    def documentation(self):
        """After the workshop: how many came, the photos as a gallery with
        their alternative text, and the files (minutes, slides) with type and
        size; each reviewed with the workshop and opened on its own page
        inside the site (`/view`), with the way back in the breadcrumbs."""
        brains = api.content.find(
            context=self.context,
            depth=1,
            portal_type=["File", "Image"],
            sort_on="getObjPositionInParent",
        )
        photos, files = [], []
        for brain in brains:
            page_url = f"{brain.getURL()}/view"
            if brain.portal_type == "Image":
                photo = brain.getObject()
                photos.append(
                    {
                        "title": brain.Title,
                        "url": page_url,
                        "src": f"{brain.getURL()}/@@images/image/preview",
                        "alt": getattr(photo, "alt_text", None) or brain.Title,
                    }
                )
            else:
                files.append(
                    {
                        "title": brain.Title,
                        "url": page_url,
                        "type": file_kind(brain.mime_type),
                        "size": brain.getObjSize,
                    }
                )
        count = IRegistrationStatus(self.context).attendance()
        if not files and not photos and count is None:
            return None
        return {"attendance": count, "files": files, "photos": photos}

    def results(self):
        """What the workshop produced: Results related to it or kept inside it
        (one query on the `workshop_uids` index, see indexers/workshops.py)."""
        brains = api.portal.get_tool("portal_catalog")(
            workshop_uids=api.content.get_uuid(self.context),
            sort_on="sortable_title",
        )
        return result_summaries(brains)


# What a visitor recognises a file by, rather than its MIME type.
FILE_KINDS = {
    "application/pdf": "PDF",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": (
        "PowerPoint"
    ),
    "application/vnd.ms-powerpoint": "PowerPoint",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ("Word"),
    "application/msword": "Word",
    "application/vnd.oasis.opendocument.text": "OpenDocument-Text",
    "application/vnd.oasis.opendocument.presentation": "OpenDocument-Präsentation",
    "text/plain": "Text",
}


def file_kind(mime_type):
    if not mime_type:
        return ""
    return FILE_KINDS.get(mime_type, mime_type.rpartition("/")[2].upper())


class LeadImageViewlet(viewlets.LeadImageViewlet):
    """Plone's lead image viewlet, silent on the workshop page: that page shows
    the photo itself, with its alt text and credit.

    Registered for the lead image marker (not the Workshop type): behaviour
    markers rank before class interfaces, so only that overrides Plone's.
    """

    index = ViewPageTemplateFile(
        os.path.join(os.path.dirname(viewlets.__file__), "leadimage.pt")
    )

    def update(self):
        super().update()
        if IWorkshopContent.providedBy(self.context):
            self.available = False


def phone_url(number):
    """A `tel:` link for a number as people write it ("0351 488-1234")."""
    if not number:
        return None
    digits = "".join(c for c in number if c.isdigit() or c == "+")
    return f"tel:{digits}" if digits else None


def web_url(url):
    """The editor's website address, if it is one a browser should open."""
    if url and url.lower().startswith(("https://", "http://")):
        return url
    return None
