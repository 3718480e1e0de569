"""The byline under a title ("von Clara Redlich — zuletzt verändert …").

Plone ends the author part with a dash and then shows the publication date
(switched off in the site settings here) or the modification date (only when
it is later than the publication): for published pages changed on the day of
publication that left a dangling "—". The modification date is shown
whenever nothing else would follow the dash.
"""

from plone.app.layout.viewlets.content import DocumentBylineViewlet


class BylineViewlet(DocumentBylineViewlet):
    def show_modification_date(self):
        return super().show_modification_date() or not self.pub_date()
