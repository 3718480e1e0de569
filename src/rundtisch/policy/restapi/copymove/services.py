"""@copy and @move that answer a refused paste with 400, not 500.

plone.restapi lets the paste's ValueError ("Disallowed subobject type") and
CopyError (a sign-up form copied alone, registration/form/creation.py) through as
server errors. The refusal is the client's mistake and says why.
"""

from OFS.CopySupport import CopyError
from plone.restapi.services.copymove.copymove import Copy
from plone.restapi.services.copymove.copymove import Move

import transaction


class RefusesWith400:
    def reply(self):
        try:
            return super().reply()
        except (CopyError, ValueError) as error:
            transaction.doom()
            self.request.response.setStatus(400)
            return {"error": {"type": "BadRequest", "message": str(error)}}


class RefusingCopy(RefusesWith400, Copy):
    pass


class RefusingMove(RefusesWith400, Move):
    pass
