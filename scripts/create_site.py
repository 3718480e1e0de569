"""Create the site if it is missing; run with `zconsole run` (see Makefile).

Environment: ADMIN_PASSWORD (default "admin", with a warning), DEMO (0 skips
the demo content on first creation), SITE_ID (default "Plone"), PUBLIC_URL
(the links in mails sent meanwhile, see rundtisch.policy.operations.environment.public_url).
"""

from rundtisch.policy import site as portal_site
from rundtisch.policy.operations.environment.public_url import public_app

import logging
import os
import sys
import transaction


logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")

site_id = os.environ.get("SITE_ID", portal_site.SITE_ID)
app = public_app(globals()["app"], site_id)  # noqa: F821 -- provided by zconsole
portal_site.ensure_admin(app, os.environ.get("ADMIN_PASSWORD"))
extra_profiles = () if os.environ.get("DEMO", "1") == "0" else portal_site.DEMO_PROFILES
site, created = portal_site.create_site(app, site_id, extra_profiles=extra_profiles)
transaction.commit()
print(f"Site {site.getId()!r} {'created' if created else 'ready'}.", file=sys.stderr)
