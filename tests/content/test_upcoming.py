"""The one query for upcoming workshops (content/upcoming.py), which the
workshop listing, the front page and the partner embed share."""

from datetime import datetime
from datetime import timedelta
from plone import api
from rundtisch.policy.content.upcoming import upcoming_workshops
from rundtisch.policy.testing import force_published

import pytest


def add_workshop(container, id_, days, topics=("inklusion",), published=True):
    start = datetime.now() + timedelta(days=days)
    workshop = api.content.create(
        container=container,
        type="Workshop",
        id=id_,
        title=id_,
        topics=list(topics),
        start=start,
        end=start + timedelta(hours=2),
    )
    if published:
        force_published(workshop)
    return workshop


@pytest.fixture
def workshops(portal):
    with api.env.adopt_roles(["Manager"]):
        folder = api.content.create(container=portal, type="Folder", id="reihe")
        force_published(folder)
        add_workshop(portal, "spaet", 40, topics=("foerderung",))
        add_workshop(portal, "vorbei", -3)
        add_workshop(portal, "entwurf", 5, published=False)
        add_workshop(folder, "bald", 10)
        add_workshop(folder, "morgen", 1, topics=("foerderung",))
    return portal


def ids(brains):
    return [brain.getId for brain in brains]


def test_still_to_come_the_next_first(workshops):
    with api.env.adopt_roles(["Manager"]):
        assert ids(upcoming_workshops()) == [
            "morgen",
            "entwurf",
            "bald",
            "spaet",
        ]


def test_published_only_leaves_out_what_staff_may_see(workshops):
    with api.env.adopt_roles(["Manager"]):
        assert ids(upcoming_workshops(published_only=True)) == [
            "morgen",
            "bald",
            "spaet",
        ]


def test_topic_limit_and_folder(workshops):
    with api.env.adopt_roles(["Manager"]):
        assert ids(upcoming_workshops(topic="foerderung")) == ["morgen", "spaet"]
        assert ids(upcoming_workshops(limit=2)) == ["morgen", "entwurf"]
        assert ids(upcoming_workshops(context=workshops["reihe"])) == [
            "morgen",
            "bald",
        ]
