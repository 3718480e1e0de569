"""Bad input gets a clear German message and is never stored or executed."""

from rundtisch.policy.registration.data.saved_data import registration_action
from rundtisch.policy.registration.data.saved_data import saved_signups
from rundtisch.policy.registration.desk.export import table
from zope.i18n import translate

import pytest


def errors_for(register, workshop, **fields):
    errors = register(workshop, fields.pop("email", "erika@example.org"), **fields)
    return {name: translate(message) for name, message in (errors or {}).items()}


@pytest.mark.parametrize("prefix", ["=", "+", "-", "@", "\t", "\r"])
def test_csv_formula_prefixes_are_refused(workshop, register, prefix):
    errors = errors_for(register, workshop, organisation=f"{prefix}HYPERLINK(1)")
    assert errors == {
        "organisation": "Der Text darf nicht mit =, +, -, @ oder einem Tabulator "
        "beginnen."
    }


@pytest.mark.parametrize(
    "value", ["<script>alert(1)</script>", "Hallo <b>Welt</b>", "&#60;img&#62;"]
)
def test_html_is_refused(workshop, register, value):
    errors = errors_for(register, workshop, anmerkungen=value)
    assert errors == {
        "anmerkungen": "Bitte geben Sie keinen HTML-Code ein (keine spitzen Klammern)."
    }


def test_overlong_values_are_refused(workshop, register):
    errors = errors_for(register, workshop, anmerkungen="x" * 2001)
    assert errors == {"anmerkungen": "Der Text ist zu lang (höchstens 2000 Zeichen)."}


@pytest.mark.parametrize(
    "email", ["erika", "erika@", "erika@example", "a b@example.org"]
)
def test_bad_email_addresses_are_refused(workshop, register, email):
    errors = errors_for(register, workshop, email=email)
    assert errors == {
        "email": "Bitte geben Sie eine gültige E-Mail-Adresse an, z. B. "
        "name@beispiel.de."
    }


def test_consent_is_required(workshop, register):
    errors = errors_for(register, workshop, datenschutz=False)
    assert errors == {
        "datenschutz": "Bitte stimmen Sie der Verarbeitung Ihrer Daten zu, sonst "
        "können wir Sie nicht anmelden."
    }


def test_fields_added_by_editors_are_checked_too(workshop, register):
    errors = errors_for(register, workshop, wohnort="=cmd|' /C calc'!A0")
    assert list(errors) == ["wohnort"]


def test_refused_submissions_store_nothing(workshop, register):
    errors_for(register, workshop, vorname="<b>x</b>")
    assert registration_action(workshop["anmeldung"]).getSavedFormInput() == []


def test_export_neutralises_formulas_from_older_data(workshop, register):
    """Defence in depth: a formula that got in some other way stays inert."""
    register(workshop, "erika@example.org")
    signups = saved_signups(workshop)
    ((row_id, _row),) = signups.items()
    signups.update(row_id, nachname="=1+1")
    _headings, rows = table(workshop, workshop.REQUEST)
    assert "'=1+1" in rows[0]
    assert "=1+1" not in rows[0]


@pytest.mark.parametrize(
    "value",
    ["Erika\x00", "Er\x07ika", "\u202eakirE", "Erika\u2066x\u2069", "Erika\x1b[31m"],
    ids=["nul", "bel", "right-to-left-override", "bidi-isolate", "escape"],
)
def test_control_and_bidi_characters_are_refused(workshop, register, value):
    errors = errors_for(register, workshop, vorname=value)
    assert errors == {
        "vorname": "Der Text enthält unsichtbare Steuerzeichen. Bitte tippen Sie "
        "ihn neu ein, statt ihn einzufügen."
    }


@pytest.mark.parametrize("value", ["＝1+1", "＋SUM(A1)", "﹦cmd", "＠A1"])
def test_formula_look_alikes_are_refused(workshop, register, value):
    assert list(errors_for(register, workshop, organisation=value)) == ["organisation"]


def test_line_breaks_in_remarks_are_fine(workshop, register):
    assert errors_for(register, workshop, anmerkungen="Zeile 1\r\nZeile 2\tEnde") == {}
