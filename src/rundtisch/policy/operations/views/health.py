"""``/@@health`` on the Zope root: a cheap probe for load balancers.

It answers 200 with ``{"status": "ok"}`` while the ZODB answers and 503 with
``{"status": "unavailable"}`` when it does not (a ZEO client that lost its
server keeps serving reads from its cache, so asking the storage is the only
way to notice). It needs no login, touches no content and is never cached.
"""

from Products.Five.browser import BrowserView
from rundtisch.policy import logger

import json


def storage_reachable(connection):
    """True when the storage behind `connection` answers."""
    storage = connection.db().storage
    try:
        # ClientStorage (ZEO) knows whether it holds a server connection.
        is_connected = getattr(storage, "is_connected", None)
        if is_connected is not None and not is_connected():
            return False
        storage.lastTransaction()
    except Exception:
        logger.exception("Health check: the storage does not answer.")
        return False
    return True


class HealthView(BrowserView):
    def __call__(self):
        healthy = storage_reachable(self.context._p_jar)
        response = self.request.response
        response.setStatus(200 if healthy else 503)
        response.setHeader("Content-Type", "application/json")
        response.setHeader("Cache-Control", "no-store")
        return json.dumps({"status": "ok" if healthy else "unavailable"})
