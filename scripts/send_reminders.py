"""Send the reminder mails that are due; run with `zconsole run` (see Makefile).

`make send-reminders` (scripts/timed_job.py) runs it only when no site
answers on HOST:PORT; while one serves, the site does the job itself
(`@@send-reminders`). Safe to repeat and to overlap: nobody gets a reminder
twice. Environment: SITE_ID
(default "Plone"), PUBLIC_URL (the address in the mails' links, see
rundtisch.policy.operations.environment.public_url).
"""

from rundtisch.policy import site as portal_site
from rundtisch.policy.operations.environment.public_url import public_app
from rundtisch.policy.registration.jobs.reminders import send_reminders
from zope.component.hooks import setSite

import logging
import os
import sys


logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")

site_id = os.environ.get("SITE_ID", portal_site.SITE_ID)
app = public_app(globals()["app"], site_id)  # noqa: F821 -- provided by zconsole
setSite(app[site_id])
sent = send_reminders()
print(f"Sent {sent} reminder(s).", file=sys.stderr)
