"""The portal's public address for the scripts that run outside the web server.

`make create-site` and, when no site is running, `make send-reminders` and
`make purge-registrations` run with `zconsole run`. A bare
`Testing.makerequest` request knows no host, so every `absolute_url()` in
what they send (a reminder's workshop and cancel links, the address in its
calendar entry, the review notices of the demo content) would read
``http://nohost/Plone/...``. The request made here answers with the address
people use; `local_url` gives the same address to the jobs that a running
site does (scripts/timed_job.py):

    PUBLIC_URL   the site's public address, e.g. https://wohnen.dresden.example
                 (the site at the root of a host, as a web server with
                 Zope's virtual hosting serves it) or
                 http://127.0.0.1:8080/Plone (default: http://$HOST:$PORT/$SITE_ID,
                 as `make start` serves it)

The mapping is the one Zope's VirtualHostMonster makes for a request that
comes in through ``/VirtualHostBase/https/host:443/Plone/VirtualHostRoot/``:
the server URL from the scheme and host, the site's physical path shown as
the URL's path.
"""

from Testing.makerequest import makerequest
from urllib.parse import urlsplit

import os


def public_url(site_id, environ=os.environ):
    """PUBLIC_URL, or the address `make start` serves the site at."""
    default = "http://{}:{}/{}".format(
        environ.get("HOST", "127.0.0.1"), environ.get("PORT", "8080"), site_id
    )
    return environ.get("PUBLIC_URL") or default


def public_app(app, site_id, environ=os.environ):
    """`app` in a request whose URLs for the site `site_id` (which need not
    exist yet) start with its public address."""
    address = urlsplit(public_url(site_id, environ))
    app = makerequest(app)
    request = app.REQUEST
    request.setServerURL(address.scheme, address.hostname, address.port)
    request["PARENTS"] = [app]
    request.setVirtualRoot(address.path)
    # What VirtualHostRoot records when it is traversed just below the site.
    request["VirtualRootPhysicalPath"] = ("", site_id)
    return app


def local_url(site_id, path, environ=os.environ):
    """The URL of `path` below the site on the instance at HOST:PORT, through
    Zope's virtual hosting when PUBLIC_URL is set: the site then builds its
    links with the public address, as it does behind the operator's web
    server and as `public_app` does for a script (scripts/timed_job.py)."""
    instance = "http://{}:{}".format(
        environ.get("HOST", "127.0.0.1"), environ.get("PORT", "8080")
    )
    if not environ.get("PUBLIC_URL"):
        return f"{instance}/{site_id}/{path}"
    address = urlsplit(public_url(site_id, environ))
    port = address.port or (443 if address.scheme == "https" else 80)
    inside = "".join(
        f"/_vh_{segment}" for segment in address.path.split("/") if segment
    )
    return (
        f"{instance}/VirtualHostBase/{address.scheme}/{address.hostname}:{port}"
        f"/{site_id}/VirtualHostRoot{inside}/{path}"
    )
