"""The byline never ends in a dangling "—" (issue 25)."""

from plone import api
from rundtisch.policy.interfaces import IRundtischPolicyLayer
from rundtisch.policy.testing import force_published
from zope.interface import alsoProvides

import re


def byline(obj):
    request = obj.REQUEST
    alsoProvides(request, IRundtischPolicyLayer)
    html = api.content.get_view("view", obj, request)()
    section = html.split('id="section-byline"')[1].split("</section>")[0]
    return " ".join(re.sub(r"<[^>]+>", " ", section).split())


def test_published_page_changed_the_same_day(portal):
    with api.env.adopt_roles(["Manager"]):
        page = api.content.create(container=portal, type="Document", title="Seite")
        force_published(page)
        page.setEffectiveDate(page.modification_date)
        text = byline(page)
    assert not text.endswith(("—", "&mdash;")), text
    assert "zuletzt geändert" in text
