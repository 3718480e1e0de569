"""1012 -> 1013 (docs/design.md §3, §4), no profile change:

- the sign-up forms remember the labels of their questions, so that a
  question editors remove later keeps its answers under its label
  (registration/data/answers.py); labels of questions removed before this
  upgrade are unknown, their answers show under the field's name;
- their XML models lose a comment easyform's XML editor refuses;
- only administrators delete or rename them (registration/form/guards.py);
- working copies leave the navigation (workflow/iterate.py).
"""

from lxml import etree
from plone import api
from plone.app.iterate.interfaces import IWorkingCopy
from rundtisch.policy import logger
from rundtisch.policy.registration.data.answers import remember_questions
from rundtisch.policy.registration.data.saved_data import registration_form
from rundtisch.policy.registration.form.guards import keep_with_workshop


def remember_form_questions(setup_tool):
    forms = 0
    for brain in api.content.find(portal_type="Workshop", unrestricted=True):
        form = registration_form(brain._unrestrictedGetObject())
        if form is not None:
            remember_questions(form)
            forms += 1
    logger.info("Questions of %d sign-up forms remembered", forms)


def drop_comments_from_form_models(setup_tool):
    """Forms made before 1013 carry a comment in their XML models, which
    easyform's XML editor refuses to save ("all model elements must be
    'schema'"); the comment goes, nothing else changes."""
    for brain in api.content.find(portal_type="Workshop", unrestricted=True):
        form = registration_form(brain._unrestrictedGetObject())
        if form is None:
            continue
        for attribute in ("fields_model", "actions_model"):
            model = getattr(form, attribute, None)
            if model and "<!--" in model:
                setattr(form, attribute, without_comments(model))


def without_comments(model):
    root = etree.fromstring(model.encode("utf-8"))
    for comment in root.xpath("//comment()"):
        comment.getparent().remove(comment)
    return etree.tostring(root, encoding="unicode")


def keep_forms_with_their_workshops(setup_tool):
    """Existing sign-up forms: only administrators delete or rename them,
    as new ones get it at creation (registration/form/guards.py)."""
    for brain in api.content.find(portal_type="Workshop", unrestricted=True):
        form = registration_form(brain._unrestrictedGetObject())
        if form is not None:
            keep_with_workshop(form)


def index_working_copies_out_of_navigation(setup_tool):
    """Working copies made before 1013 were navigation entries of their own
    (the office's copy beside the office in the site root); their catalog
    entry now says "not in the navigation" (workflow/iterate.py,
    docs/design.md §3). A copy is never published, and iterate marks it
    after it was indexed, so the drafts and items in review are looked at
    one by one rather than found by their marker."""
    copies = 0
    for brain in api.content.find(
        review_state=["private", "pending"], unrestricted=True
    ):
        obj = brain._unrestrictedGetObject()
        if IWorkingCopy.providedBy(obj):
            obj.reindexObject(idxs=["exclude_from_nav", "object_provides"])
            copies += 1
    logger.info("%d working copies taken out of the navigation", copies)
