"""Running the portal (docs/design.md §7), one sub-package per job:

- ``filters/``: WSGI middleware in instance/zope.ini's pipeline, around Zope
  (security headers and cookie flags, gzip, HEAD as GET);
- ``checks/``: checks of every request inside Zope's publication (bounds on
  parameters, malformed input, the login throttle as a PAS plugin) and the
  one sliding-window rate limit they and the forms count with;
- ``views/``: the pages operations need (the health probe, the answers to a
  bad request and to a throttled login); the timed jobs' views belong to the
  sign-up (registration/jobs/views.py);
- ``environment/``: settings taken from the environment (SMTP, the mail
  folder, the caching proxies, the scripts' public address, CORS origins);
- ``patches/``: fixes of other packages' code (Chameleon's compilation).
"""

from rundtisch.policy.operations.checks import login_throttle
from rundtisch.policy.operations.filters import compression
from rundtisch.policy.operations.filters import head
from rundtisch.policy.operations.filters import headers

import sys


# The module paths these had before operations/ had sub-packages: sites made
# then keep the login throttle's PAS plugin pickled under its old path, and
# a zope.ini rendered then names the WSGI filters by theirs. Set here, so
# that importing an old path (which imports this package first) finds them
# in any process, also one that reads the ZODB before Zope loads the ZCML.
for _module in (login_throttle, compression, head, headers):
    sys.modules.setdefault(f"{__name__}.{_module.__name__.rsplit('.', 1)[1]}", _module)
