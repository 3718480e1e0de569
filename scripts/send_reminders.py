"""Send the reminder mails that are due; run with `zconsole run` (see Makefile).

`make send-reminders` runs it; a cron job can run it every hour. Safe to
repeat and to overlap: nobody gets a reminder twice. Environment: SITE_ID
(default "Plone").
"""

from rundtisch.policy import site as portal_site
from rundtisch.policy.registration.reminders import send_reminders
from Testing.makerequest import makerequest
from zope.component.hooks import setSite

import logging
import os
import sys


logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")

app = makerequest(globals()["app"])  # noqa: F821 -- provided by zconsole
setSite(app[os.environ.get("SITE_ID", portal_site.SITE_ID)])
sent = send_reminders()
print(f"Sent {sent} reminder(s).", file=sys.stderr)
