"""Running the portal (docs/design.md §7), one sub-package per job:

- ``filters/``: WSGI middleware in instance/zope.ini's pipeline, around Zope
  (security headers and cookie flags, gzip, HEAD as GET);
- ``checks/``: checks of every request inside Zope's publication (bounds on
  parameters, malformed input, the login throttle as a PAS plugin) and the
  one sliding-window rate limit they and the forms count with;
- ``views/``: the pages operations need (the health probe, the answers to a
  bad request and to a throttled login, the timed jobs over HTTP);
- ``environment/``: settings taken from the environment (SMTP, the mail
  folder, the caching proxies, the scripts' public address);
- ``patches/``: fixes of other packages' code (Chameleon's compilation).
"""
