"""@@naechste-veranstaltungen: the next workshops for other sites' iframes.

A page of its own, without main_template, Diazo theme or scripts: it must
stay small inside a partner's page, work without JavaScript and look the
same on every site. It sets no cookie and may be framed by any site (the
security headers filter, operations/filters/headers.py); it has no form or action,
so framing it gives no clickjacking target.

GET parameters, in German as the snippet shows them to partners:
``anzahl`` (1–10, default 3) and ``thema`` (a token of `rundtisch.topics`).

Links open in the top window (``target="_top"``): the sign-up form and the
workshop page refuse to be framed, a visitor keeps the back button to the
partner's page, and no new window surprises screen reader users.
"""

from plone import api
from rundtisch.policy.browser.base import PageView
from rundtisch.policy.browser.workshop_view import REGISTRATION_STATUS
from rundtisch.policy.browser.workshop_view import SIGN_UP_BUTTONS
from rundtisch.policy.content.upcoming import upcoming_workshops
from rundtisch.policy.dates import period
from rundtisch.policy.interfaces import IRegistrationStatus
from rundtisch.policy.operations.filters.headers import allow_framing
from rundtisch.policy.vocabularies.lookup import terms
from rundtisch.policy.vocabularies.lookup import title


VIEW_NAME = "naechste-veranstaltungen"
DEFAULT_COUNT = 3
MAX_COUNT = 10


def requested_count(value):
    """The number of workshops asked for, kept within 1–10."""
    try:
        count = int(value)
    except (TypeError, ValueError):
        return DEFAULT_COUNT
    return min(max(count, 1), MAX_COUNT)


def requested_topic(value, context=None):
    """The topic token if the vocabulary knows it, else no filter (as the
    results overview does with unknown tokens)."""
    if not isinstance(value, str):
        return None
    tokens = {token for token, _title in terms("rundtisch.topics", context)}
    return value if value in tokens else None


def next_workshops(count=DEFAULT_COUNT, topic=None):
    """Published workshops that have not ended yet, the next one first.

    Published only (content/upcoming.py): the page is the same for everyone,
    so an editor never sees drafts, items in review or working copies here
    either.
    """
    brains = upcoming_workshops(topic=topic, limit=count, published_only=True)
    return [summary(brain.getObject()) for brain in brains]


def summary(workshop):
    registration = IRegistrationStatus(workshop).as_dict()
    status = registration["status"]
    return {
        "title": workshop.Title(),
        "url": workshop.absolute_url(),
        "when": (
            period(workshop.start, workshop.end, workshop.whole_day, workshop.open_end)
            if workshop.start
            else None
        ),
        "location": workshop.location,
        "status_title": (
            REGISTRATION_STATUS.get(status) if status != "disabled" else None
        ),
        "seats_left": registration["seats_left"] if status == "open" else None,
        "capacity": registration["capacity"],
        "sign_up_url": registration["form_url"],
        "sign_up_title": SIGN_UP_BUTTONS.get(status),
    }


class NextWorkshopsView(PageView):
    def __call__(self):
        form = self.request.form
        self.count = requested_count(form.get("anzahl"))
        self.topic = requested_topic(form.get("thema"), self.context)
        allow_framing(self.request.response)
        # A standalone page: Diazo would leave it alone anyway, this saves
        # plone.app.theming the parsing.
        self.request.response.setHeader("X-Theme-Disabled", "1")
        return super().__call__()

    def workshops(self):
        return next_workshops(self.count, self.topic)

    def topic_title(self):
        return title("rundtisch.topics", self.topic, self.context)

    def portal(self):
        portal = api.portal.get()
        return {"title": portal.Title(), "url": portal.absolute_url()}
