"""The macros pages share (templates/snippets.pt): the date line, teasers.

A template of its own, so that any view can offer them to its template:
the pages (base.py) and the sign-up form (registration/form/signup_form.py).
"""

from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile


SNIPPETS = ViewPageTemplateFile("templates/snippets.pt")
