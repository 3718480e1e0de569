"""WSGI middleware around Zope, in instance/zope.ini's pipeline (docs/design.md §7):
security headers and cookie flags (headers.py), gzip for text answers
(compression.py), HEAD answered as GET (head.py). They see every answer,
errors and static resources included, and need no ZCML: PasteDeploy loads
them by their ``filter_factory``.
"""
