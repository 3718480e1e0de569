"""Post handler of the `rundtisch.policy:demo` profile: users and content of §6.

Applied once when `make start` creates the site. Running it again adds what
is missing and leaves existing content alone.
"""

from plone import api
from plone.app.textfield.value import RichTextValue
from plone.dexterity.utils import createContentInContainer
from rundtisch.policy import logger
from rundtisch.policy.content.add_menus import restrict_to_workshops
from rundtisch.policy.demo import content
from rundtisch.policy.demo.legal_examples import fill_with_examples
from rundtisch.policy.demo.publish import publish
from rundtisch.policy.demo.publish import submit
from rundtisch.policy.demo.users import ensure_users
from rundtisch.policy.legal.pages import ensure_legal_pages
from rundtisch.policy.legal.pages import legal_pages
from z3c.relationfield import RelationValue
from zope.component import getUtility
from zope.event import notify
from zope.intid.interfaces import IIntIds
from zope.lifecycleevent import ObjectModifiedEvent

import copy


EDITOR = "redaktion"
RICH_TEXT_FIELDS = ("text", "mandate")


def import_demo(context):
    portal = api.portal.get()
    ensure_users()
    # The editors own what they maintain; the office is created the same way.
    with api.env.adopt_user(username=EDITOR):
        build(portal)
    logger.info("Demo content is in place.")


def build(portal):
    events = ensure(portal, "Folder", content.WORKSHOPS_FOLDER)
    events.setLayout("workshop_listing")
    restrict_to_workshops(events)
    workshops = {}
    for data in content.workshops():
        workshops[data["id"]] = ensure(events, "Workshop", data)
    workshop_3 = workshops["workshop-3"]
    if not workshop_3.image:
        workshop_3.image = content.lead_image()
        # As the edit form does: reindexes (the scales are catalog metadata)
        # and makes the page's scales (browser/workshop_image.py).
        notify(ObjectModifiedEvent(workshop_3))

    results_folder = ensure(portal, "ResultsFolder", content.RESULTS_FOLDER)
    results = {}
    for data in content.RESULTS:
        fields = dict(
            data, workshops=relations(workshops[i] for i in data["workshops"])
        )
        results[data["id"]] = ensure(results_folder, "Result", fields)
    for data in content.WORKSHOP_3_RESULTS:
        results[data["id"]] = ensure(workshop_3, "Result", data)

    office_data = dict(
        content.OFFICE,
        based_on=relations(results[i] for i in content.OFFICE["based_on"]),
    )
    office = portal.get(office_data["id"]) or createContentInContainer(
        portal,
        "CoordinationOffice",
        checkConstraints=False,
        **stored_values(office_data),
    )

    # The install profile made them as drafts with placeholders; the demo
    # fills in marked examples and publishes them as the editors would.
    ensure_legal_pages(portal)
    for page in legal_pages(portal):
        fill_with_examples(page)
    for obj in (
        events,
        results_folder,
        office,
        *workshops.values(),
        *results.values(),
        *legal_pages(portal),
    ):
        if obj.getId() == content.PENDING_RESULT:
            submit(obj)
        else:
            publish(obj)


def ensure(container, portal_type, data):
    """The object `data["id"]` in `container`, created from `data` if missing."""
    existing = container.get(data["id"])
    if existing is not None:
        return existing
    return api.content.create(
        container=container, type=portal_type, **stored_values(data)
    )


def stored_values(data):
    """Field values to store, made from the plain demo data."""
    values = copy.deepcopy(data)
    for name in RICH_TEXT_FIELDS:
        if name in values:
            values[name] = RichTextValue(values[name], "text/html", "text/x-html-safe")
    return values


def relations(objects):
    intids = getUtility(IIntIds)
    return [RelationValue(intids.getId(obj)) for obj in objects]
