"""Create the one ``anmeldung`` form of a workshop with registration on."""

from Acquisition import aq_base
from OFS.CopySupport import CopyError
from plone.app.iterate.interfaces import IWorkingCopy
from plone.dexterity.utils import createContentInContainer
from rundtisch.policy import _
from rundtisch.policy.behaviors.registration import IRegistrationSettings
from rundtisch.policy.german import german
from rundtisch.policy.registration.data.answers import remember_questions
from rundtisch.policy.registration.data.book import RegistrationBook
from rundtisch.policy.registration.data.saved_data import BOOK_ATTRIBUTE
from rundtisch.policy.registration.data.saved_data import FORM_ID
from rundtisch.policy.registration.data.saved_data import prepare_saved_data
from rundtisch.policy.registration.data.saved_data import registration_action
from rundtisch.policy.registration.interfaces import IRegistrationForm
from zope.globalrequest import getRequest
from zope.i18n import translate
from zope.interface import alsoProvides

import pathlib


# The form's questions and its action. Their labels are German content, not
# msgids: editors change them in easyform's editor, which stores plain text.
# No comments in the models: easyform's XML editor refuses any element
# beside <schema>.
MODELS = pathlib.Path(__file__).parent / "models"
FIELDS_MODEL = (MODELS / "fields.xml").read_text(encoding="utf-8")
ACTIONS_MODEL = (MODELS / "actions.xml").read_text(encoding="utf-8")

FORM_TITLE = _("signup_form_title", default="Anmeldung")
SUBMIT_LABEL = _("signup_submit", default="Verbindlich anmelden")
THANKS_TITLE = _("signup_thanks_title", default="Vielen Dank für Ihre Anmeldung")
THANKS_DESCRIPTION = _(
    "signup_thanks_description",
    default="Diese Angaben haben wir gespeichert.",
)


COPY_REFUSED = _(
    "registration_form_not_copyable",
    default="Ein Anmeldeformular gehört zu seiner Veranstaltung und kann nicht "
    "allein kopiert werden. Kopieren Sie die Veranstaltung; die Kopie erhält "
    "ein leeres Formular.",
)


def ensure_registration_form(workshop):
    """Return the workshop's form, creating it when registration is on.

    Safe to call again: an existing ``anmeldung`` is never replaced.
    """
    if FORM_ID in workshop.objectIds():
        return workshop[FORM_ID]
    if not IRegistrationSettings(workshop).registration_enabled:
        return None
    # Created by the system, not by the editor's add permission: editors
    # create the workshop, the form comes with it.
    form = createContentInContainer(
        workshop,
        "EasyForm",
        id=FORM_ID,
        title=german(FORM_TITLE),
        checkConstraints=False,
    )
    alsoProvides(form, IRegistrationForm)
    form.fields_model = FIELDS_MODEL
    form.actions_model = ACTIONS_MODEL
    form.submitLabel = german(SUBMIT_LABEL)
    form.thankstitle = german(THANKS_TITLE)
    form.thanksdescription = german(THANKS_DESCRIPTION)
    form.CSRFProtection = True
    form.exclude_from_nav = True
    prepare_saved_data(form, RegistrationBook())
    remember_questions(form)
    form.reindexObject()
    return form


def workshop_changed(workshop, event):
    """Subscriber: created, or registration switched on, or capacity raised.

    A working copy never gets a form of its own: it shares the original's
    sign-up, and the original keeps its form at check-in (docs/design.md §4).
    iterate adds the copy with the field defaults (sign-up off) and marks it
    before anyone edits it, so the edit that follows is the one to skip.
    """
    if IWorkingCopy.providedBy(workshop):
        return
    form = ensure_registration_form(workshop)
    if form is not None and IRegistrationForm.providedBy(form):
        action = registration_action(form)
        if action is not None:
            action.fill_free_seats()


def form_copied(form, event):
    """A sign-up form is copied only with its workshop, and the copy starts
    without the original's sign-ups.

    Copied alone it would be a public form with a life of its own (another
    workshop's form, or two forms in one workshop). When a workshop is copied,
    the event's object is the workshop, not the form.
    """
    if event.object is form:
        raise CopyError(translate(COPY_REFUSED, context=getRequest()))
    if hasattr(aq_base(form), BOOK_ATTRIBUTE):
        prepare_saved_data(form, RegistrationBook())
        remember_questions(form)


def drop_form_of_working_copy(working_copy, event):
    """Subscriber of iterate's check-in: the original keeps its own form.

    Working copies made before copies were marked on creation carry an empty
    form of their own (never public: a copy is not published). Moved into the
    original at check-in it would be a second form beside the one holding the
    sign-ups, so it goes before the merge (docs/design.md §4).
    """
    if not IWorkingCopy.providedBy(working_copy):
        return
    form = working_copy.get(FORM_ID)
    if form is None or not IRegistrationForm.providedBy(form):
        return
    # The copy's own, unused form; removed by the system like it was created.
    working_copy._delObject(FORM_ID)
