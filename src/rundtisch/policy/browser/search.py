"""Plone's search page (@@search), each hit saying what it is and when.

A citizen searching "Gruppenbegleitung" meets workshops, results and pages
in one list; Plone shows title and description only. Each hit's description
is prefixed with the kind of item ("Workshop", "Ergebnis: Empfehlung") and,
for a workshop, its date and time (dates.period). Plone's own template
renders it; only the listing items are wrapped (docs/design.md §5).
"""

from plone import api
from plone.base.batch import Batch
from Products.CMFPlone.browser import search
from Products.CMFPlone.browser.search import Search as PloneSearch
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from rundtisch.policy.browser.summaries import when
from rundtisch.policy.vocabularies.lookup import title
from zope.i18n import translate

import os


class SearchHit:
    """A content listing item whose description starts with kind and date."""

    def __init__(self, item, request):
        self._item = item
        self._request = request

    def __getattr__(self, name):
        return getattr(self._item, name)

    def facts(self):
        brain = self._item._brain
        portal_type = brain.portal_type
        fti = api.portal.get_tool("portal_types").get(portal_type)
        kind = translate(fti.Title(), context=self._request) if fti else portal_type
        if portal_type == "Result" and brain.result_kind:
            result_kind = title("rundtisch.result_kinds", brain.result_kind)
            kind = f"{kind}: {translate(result_kind, context=self._request)}"
        facts = [kind]
        period = when(brain) if portal_type == "Workshop" else None
        if period:
            time = translate(period["time"], context=self._request)
            facts.append(", ".join(filter(None, (period["date"], time))))
        return " · ".join(facts)

    def CroppedDescription(self):
        description = self._item.CroppedDescription()
        return " – ".join(filter(None, (self.facts(), description)))


class SearchHits:
    """The (lazy) sequence of hits that Plone's batch slices."""

    def __init__(self, listing, request):
        self._listing = listing
        self._request = request

    def __len__(self):
        return len(self._listing)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [SearchHit(item, self._request) for item in self._listing[index]]
        return SearchHit(self._listing[index], self._request)

    def __iter__(self):
        for item in self._listing:
            yield SearchHit(item, self._request)


class Search(PloneSearch):
    index = ViewPageTemplateFile(
        os.path.join(os.path.dirname(search.__file__), "templates", "search.pt")
    )

    def __call__(self):
        return self.index()

    def results(
        self, query=None, batch=True, b_size=10, b_start=0, use_content_listing=True
    ):
        if not use_content_listing:
            return super().results(query, batch, b_size, b_start, False)
        hits = super().results(query, False, b_size, b_start, True)
        hits = SearchHits(hits, self.request)
        if batch:
            return Batch(hits, b_size, int(b_start))
        return hits
