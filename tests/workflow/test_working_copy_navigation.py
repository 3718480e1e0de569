"""A working copy is no navigation entry, and discarding a locked copy never
ends on an error page (issue 25, docs/design.md §3). The journeys in
Chromium are tests/e2e/test_working_copies.py."""

from datetime import datetime
from datetime import timedelta
from plone import api
from plone.app.iterate.interfaces import ICheckinCheckoutPolicy
from plone.locking.interfaces import ILockable
from Products.statusmessages.interfaces import IStatusMessage
from review_helpers import bring_to
from review_helpers import create_item
from review_helpers import transition
from rundtisch.policy.browser.results_overview import ResultsOverviewView
from rundtisch.policy.content.upcoming import upcoming_workshops
from rundtisch.policy.upgrades.v1013 import index_working_copies_out_of_navigation
from rundtisch.policy.workflow.iterate import working_copy_not_in_navigation
from zope.component import getGlobalSiteManager

import pytest
import pytz


BERLIN = pytz.timezone("Europe/Berlin")


@pytest.fixture
def published_page(portal, users):
    return bring_to(create_item(portal, title="Leitbild"), "published")


def in_navigation(obj):
    catalog = api.portal.get_tool("portal_catalog")
    path = "/".join(obj.getPhysicalPath())
    brains = catalog.unrestrictedSearchResults(
        path={"query": path, "depth": 0}, exclude_from_nav=False
    )
    return len(brains) == 1


def test_a_copy_is_out_of_the_navigation_and_the_original_keeps_its_setting(
    portal, published_page
):
    with api.env.adopt_user(username="redaktion"):
        copy = ICheckinCheckoutPolicy(published_page).checkout(portal)
    assert not in_navigation(copy)
    assert in_navigation(published_page)
    assert not copy.exclude_from_nav, "the field keeps the original's value"

    transition(copy, "redaktion", "submit")
    transition(copy, "pruefung-soziales", "approve_social")
    transition(copy, "pruefung-stadtentwicklung", "approve_urban")
    with api.env.adopt_user(username="redaktion"):
        page = ICheckinCheckoutPolicy(copy).checkin("")
    assert in_navigation(page)
    assert not page.exclude_from_nav


def test_whoever_may_not_release_the_lock_is_told_who_holds_it(portal, published_page):
    with api.env.adopt_user(username="redaktion"):
        copy = ICheckinCheckoutPolicy(published_page).checkout(portal)
        ILockable(copy).lock()
    # The organiser is made owner of the copy: may modify it, not release
    # the Redaktion's lock.
    api.user.grant_roles(username="veranstaltung", obj=copy, roles=["Owner"])
    request = copy.REQUEST
    request.form["form.button.Cancel"] = "Arbeitskopie verwerfen"
    with api.env.adopt_user(username="veranstaltung"):
        assert api.user.has_permission("Modify portal content", obj=copy)
        api.content.get_view("content-cancel-checkout", copy, request)()
    assert request.response.getHeader("Location") == copy.absolute_url()
    messages = [message.message for message in IStatusMessage(request).show()]
    assert len(messages) == 1
    assert "Sperre von" in api.portal.translate(messages[0], lang="de")
    assert copy.getId() in portal.objectIds()


def test_the_upgrade_takes_existing_copies_out_of_the_navigation(
    portal, published_page
):
    """A copy indexed before 1013 (without the indexer) is a navigation
    entry until the upgrade step reindexes it."""
    registry = getGlobalSiteManager()
    registry.unregisterAdapter(
        factory=working_copy_not_in_navigation, name="exclude_from_nav"
    )
    try:
        with api.env.adopt_user(username="redaktion"):
            copy = ICheckinCheckoutPolicy(published_page).checkout(portal)
        copy.reindexObject()
        assert in_navigation(copy)
    finally:
        registry.registerAdapter(
            working_copy_not_in_navigation, name="exclude_from_nav"
        )
    index_working_copies_out_of_navigation(api.portal.get_tool("portal_setup"))
    assert not in_navigation(copy)
    assert in_navigation(published_page)


def test_listings_show_a_checked_out_item_once(portal, users):
    """The staff's workshop listing and results overview list the original,
    not its working copy beside it."""
    folder = bring_to(create_item(portal, "Folder", title="Sektion"), "published")
    start = datetime.now(BERLIN).replace(microsecond=0, second=0) + timedelta(days=7)
    workshop = bring_to(
        create_item(
            folder,
            "Workshop",
            title="Workshop 7",
            start=start,
            end=start + timedelta(hours=2),
        ),
        "published",
    )
    result = bring_to(create_item(workshop, "Result", title="Ergebnis"), "published")
    with api.env.adopt_user(username="redaktion"):
        for item in (workshop, result):
            ICheckinCheckoutPolicy(item).checkout(item.__parent__)
        request = portal.REQUEST
        listing = api.content.get_view("workshop_listing", folder, request)
        # The overview lists every result of the portal, wherever it is.
        overview = ResultsOverviewView(folder, request)
        upcoming = [brain.getPath() for brain in upcoming_workshops()]
        listed = [summary["url"] for summary in listing.upcoming()]
        results = [brain.getURL() for brain in overview._find()]
        # The copies are there, for the Redaktion to find in the catalog.
        assert len(api.content.find(portal_type=["Workshop", "Result"])) == 4
    assert upcoming == ["/".join(workshop.getPhysicalPath())]
    assert listed == [workshop.absolute_url()]
    assert results == [result.absolute_url()]
