"""“Änderungen anzeigen” of a working copy, for the reviewers who approve it.

plone.app.iterate's diff view needs "Modify portal content", which reviewers
never have; they need the diff most. Same view and template, opened to
everyone who may see the approvals. The fields compared are set per type in
profiles/default/diff_tool.xml.
"""

from plone.app.iterate.browser import diff
from plone.app.iterate.browser.diff import DiffView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile

import os


class ReviewerDiffView(DiffView):
    index = ViewPageTemplateFile("diff.pt", _prefix=os.path.dirname(diff.__file__))
