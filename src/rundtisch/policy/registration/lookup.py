"""Where a workshop keeps its sign-up form and the form its `RegistrationBook`."""

from rundtisch.policy.interfaces import IWorkshopContent
from rundtisch.policy.registration.interfaces import IRegistrationForm


FORM_ID = "anmeldung"
BOOK_ATTRIBUTE = "_rundtisch_registration_book"


def registration_form(workshop):
    form = workshop.get(FORM_ID) if IWorkshopContent.providedBy(workshop) else None
    return form if IRegistrationForm.providedBy(form) else None


def registration_book(form):
    return getattr(form, BOOK_ATTRIBUTE, None)
