"""Marker interfaces of the policy add-on."""

from zope.interface import Interface
from zope.publisher.interfaces.browser import IDefaultBrowserLayer


class IRundtischPolicyLayer(IDefaultBrowserLayer):
    """Browser layer: views and resources of this add-on are registered for it."""


class IWorkshopContent(Interface):
    """Marker of the Workshop type."""


class IResultContent(Interface):
    """Marker of the Result type."""


class ICoordinationOfficeContent(Interface):
    """Marker of the CoordinationOffice type."""


class IResultsFolderContent(Interface):
    """Marker of the ResultsFolder type: the collection of results (/ergebnisse)."""


class IRegistrationStatus(Interface):
    """Sign-up figures of a Workshop, free of personal data (docs/design.md §4).

    Adapts a Workshop. Shown in the registration box of the workshop page
    and as ``registration`` in the REST serialization.
    """

    def as_dict():
        """Return ``{"status", "capacity", "confirmed", "waitlisted",
        "seats_left", "form_url"}``; ``status`` is one of ``open``,
        ``waitlist``, ``full``, ``closed``, ``disabled``."""

    def attendance():
        """How many were there: as entered on the workshop, else as checked
        in at the door; None when nobody was counted."""
