"""Checks of every request inside Zope's publication (docs/design.md §7):
bounds on the parameters that scale work (bounds.py) and malformed input
(publication.py), both on publication events; the login throttle, a PAS
plugin (login_throttle.py); and the sliding-window rate limit that the
throttle and the forms' limits count with (rate_limit.py).
"""
