"""The pages operations need (docs/design.md §7): the health probe on the
Zope root (health.py), the answer to a bad request (errors.py) and to a
throttled login (throttled_view.py). The timed jobs' views belong to the
sign-up (registration/jobs/views.py).
"""
