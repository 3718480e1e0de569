"""Interfaces of the sign-up sub-package."""

from collective.easyform.interfaces import IEasyForm
from collective.easyform.interfaces import IEasyFormActionContext
from collective.easyform.interfaces import IEasyFormActionsContext
from collective.easyform.interfaces import IEasyFormFieldsContext
from collective.easyform.interfaces import IEasyFormForm
from collective.easyform.interfaces import ISaveData


class IRegistrationForm(IEasyForm):
    """Marker of the ``anmeldung`` form of a workshop."""


class ISignupForm(IEasyFormForm):
    """The z3c.form form of a sign-up, on every view that shows or takes it."""


class IRegistrationAction(ISaveData):
    """The easyform action that turns a submission into a sign-up."""


class IRegistrationActionsContext(IEasyFormActionsContext):
    """The ``actions`` of a sign-up form (easyform's action editor)."""


class IRegistrationActionContext(IEasyFormActionContext):
    """One action of a sign-up form in easyform's action editor."""


class IRegistrationFieldsContext(IEasyFormFieldsContext):
    """The ``fields`` of a sign-up form (easyform's form editor)."""
