"""@@download of an item without a file answers 404, not a server error.

plone.namedfile's view streams the item's primary field. For a Workshop,
Result or the office that is the rich text, which cannot be streamed: the
view answered 500 to anonymous visitors. Their photo stays at
`@@download/image`.
"""

from plone.namedfile.browser import Download
from plone.namedfile.interfaces import INamed
from zExceptions import NotFound


class DownloadOrNotFound(Download):
    def _getFile(self):
        file = super()._getFile()
        if not INamed.providedBy(file):
            raise NotFound(self.fieldname or "")
        return file
