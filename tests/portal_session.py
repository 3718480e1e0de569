"""A `requests` session for the test server, with paths relative to the portal.

plone.restapi's RelativeSession would do, but its module imports test-only
packages we do not install.
"""

import requests


class PortalSession(requests.Session):
    def __init__(self, portal_url, auth=None, accept="application/json"):
        super().__init__()
        self.portal_url = portal_url.rstrip("/")
        self.auth = auth
        if accept:
            self.headers["Accept"] = accept

    def request(self, method, url, **kwargs):
        if not url.startswith("http"):
            url = self.portal_url + url
        kwargs.setdefault("timeout", 30)
        return super().request(method, url, **kwargs)
