"""Delete sign-up data past its retention; run with `zconsole run` (see Makefile).

`make purge-registrations` (scripts/timed_job.py) runs it only when no site
answers on HOST:PORT; while one serves, the site does the job itself
(`@@purge-registrations`). Safe to repeat. Environment: SITE_ID (default "Plone"), PUBLIC_URL (the
address in links, see rundtisch.policy.operations.environment.public_url).
"""

from rundtisch.policy import site as portal_site
from rundtisch.policy.operations.environment.public_url import public_app
from rundtisch.policy.registration.jobs.purge import purge_registrations
from zope.component.hooks import setSite

import logging
import os
import sys
import transaction


logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")

site_id = os.environ.get("SITE_ID", portal_site.SITE_ID)
app = public_app(globals()["app"], site_id)  # noqa: F821 -- provided by zconsole
setSite(app[site_id])
purged = purge_registrations()
transaction.commit()
print(f"Purged the sign-ups of {len(purged)} workshop(s).", file=sys.stderr)
