"""@copy and @move that answer a refused paste with 400, not 500.

plone.restapi lets the paste's ValueError ("Disallowed subobject type") and
CopyError (a sign-up form copied alone, registration/form.py) through as
server errors. The refusal is the client's mistake and says why.
"""

from OFS.CopySupport import CopyError
from plone.restapi.services.copymove.copymove import Copy
from plone.restapi.services.copymove.copymove import Move

import transaction


def refused(service, error):
    transaction.doom()
    service.request.response.setStatus(400)
    return {"error": {"type": "BadRequest", "message": str(error)}}


class RefusingCopy(Copy):
    def reply(self):
        try:
            return super().reply()
        except (CopyError, ValueError) as error:
            return refused(self, error)


class RefusingMove(Move):
    def reply(self):
        try:
            return super().reply()
        except (CopyError, ValueError) as error:
            return refused(self, error)
