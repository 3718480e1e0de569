"""`rundtisch.registration`: whether and when people may sign up for a workshop."""

from plone.autoform.interfaces import IFormFieldProvider
from plone.supermodel import model
from rundtisch.policy import _
from rundtisch.policy.behaviors.numbers import MAX_CAPACITY
from rundtisch.policy.behaviors.numbers import MAX_REMINDER_DAYS
from rundtisch.policy.behaviors.numbers import whole_number_field
from zope import schema
from zope.interface import Invalid
from zope.interface import invariant
from zope.interface import provider


@provider(IFormFieldProvider)
class IRegistrationSettings(model.Schema):
    model.fieldset(
        "registration",
        label=_("fieldset_registration", default="Anmeldung"),
        fields=[
            "registration_enabled",
            "capacity",
            "registration_start",
            "registration_end",
            "waitlist_enabled",
            "reminder_days",
        ],
    )

    registration_enabled = schema.Bool(
        title=_("label_registration_enabled", default="Anmeldung möglich"),
        required=False,
        default=False,
    )
    capacity = whole_number_field(
        _("label_capacity", default="Plätze"),
        _("help_capacity", default="0 bedeutet: unbegrenzt; höchstens 10.000."),
        MAX_CAPACITY,
        default=0,
    )
    registration_start = schema.Datetime(
        title=_("label_registration_start", default="Anmeldung ab"),
        description=_(
            "help_registration_start", default="Leer: sofort nach der Veröffentlichung."
        ),
        required=False,
    )
    registration_end = schema.Datetime(
        title=_("label_registration_end", default="Anmeldeschluss"),
        description=_(
            "help_registration_end", default="Leer: bis zum Beginn der Veranstaltung."
        ),
        required=False,
    )
    waitlist_enabled = schema.Bool(
        title=_(
            "label_waitlist_enabled",
            default="Warteliste, wenn alle Plätze vergeben sind",
        ),
        required=False,
        default=True,
    )

    reminder_days = whole_number_field(
        _("label_reminder_days", default="Erinnerung, Tage vorher"),
        _(
            "help_reminder_days",
            default="So viele Tage vor Beginn erhalten alle Bestätigten eine "
            "Erinnerung mit Termin, Ort und Abmeldelink; 0: keine Erinnerung.",
        ),
        MAX_REMINDER_DAYS,
        default=2,
    )

    @invariant
    def window_is_ordered(data):
        start = getattr(data, "registration_start", None)
        end = getattr(data, "registration_end", None)
        if start and end and end < start:
            raise Invalid(
                _(
                    "error_registration_window",
                    default="Der Anmeldeschluss liegt vor dem Beginn der Anmeldung.",
                )
            )
