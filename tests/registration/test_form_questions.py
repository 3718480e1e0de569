"""Questions editors add to a sign-up form reach the organisers: the list,
the Einlass, both exports; a removed question keeps its answers under its
old label (docs/design.md §4)."""

from collective.easyform.api import get_schema
from datetime import timedelta
from plone.schemaeditor.utils import SchemaModifiedEvent
from rundtisch.policy.registration.data.saved_data import registration_action
from rundtisch.policy.registration.desk.export import table
from rundtisch.policy.registration.desk.signup_table import SignupTable
from rundtisch.policy.registration.jobs.purge import purge_registrations
from zope.event import notify

import re


CHILD_FIELD = """
    <field name="kind" type="zope.schema.Bool">
      <title>Ich bringe ein Kind mit</title>
      <required>False</required>
    </field>"""
MEAL_FIELD = """
    <field name="essen" type="zope.schema.TextLine">
      <title>Essenswunsch</title>
      <required>False</required>
    </field>"""


def edit_questions(form, change):
    """Change the form's XML model and tell easyform's editor event, as
    the form editor does after each change."""
    form.fields_model = change(form.fields_model)
    notify(SchemaModifiedEvent(form.restrictedTraverse("fields")))


def add_after_email(*fields):
    return lambda model: model.replace(
        '</max_length>\n    </field>\n    <field name="organisation"',
        "</max_length>\n    </field>"
        + "".join(fields)
        + '\n    <field name="organisation"',
        1,
    )


def remove_meal(model):
    return re.sub(r'\s*<field name="essen".*?</field>', "", model, flags=re.S)


def test_added_questions_are_columns_in_the_form_order(workshop, register):
    form = workshop["anmeldung"]
    edit_questions(form, add_after_email(MEAL_FIELD, CHILD_FIELD))
    register(workshop, "erika@example.org", essen="vegetarisch", kind=True)
    headings, (row,) = table(workshop, workshop.REQUEST)
    assert headings[:6] == [
        "Vorname",
        "Nachname",
        "E-Mail",
        "Essenswunsch",
        "Ich bringe ein Kind mit",
        "Organisation",
    ]
    cells = dict(zip(headings, row, strict=True))
    assert (cells["Essenswunsch"], cells["Ich bringe ein Kind mit"]) == (
        "vegetarisch",
        "Ja",
    )
    (entry,) = SignupTable(workshop).rows
    assert ("Essenswunsch", "vegetarisch") in entry["answers"]


def test_a_removed_question_keeps_its_answers_under_its_old_label(workshop, register):
    form = workshop["anmeldung"]
    edit_questions(form, add_after_email(MEAL_FIELD))
    register(workshop, "erika@example.org", essen="vegan")
    edit_questions(form, remove_meal)
    assert "essen" not in get_schema(form)
    register(workshop, "paul@example.org")
    headings, rows = table(workshop, workshop.REQUEST)
    assert "Essenswunsch" in headings
    by_mail = {row[headings.index("E-Mail")]: row for row in rows}
    assert by_mail["erika@example.org"][headings.index("Essenswunsch")] == "vegan"
    assert by_mail["paul@example.org"][headings.index("Essenswunsch")] == ""


def test_answers_show_on_the_list_and_the_einlass(workshop, register):
    edit_questions(workshop["anmeldung"], add_after_email(MEAL_FIELD))
    register(workshop, "erika@example.org", essen="glutenfrei")
    request = workshop.REQUEST
    signup_list = workshop.restrictedTraverse("@@anmeldungen")()
    request.form["q"] = "Erika"
    einlass = workshop.restrictedTraverse("@@einlass")()
    for page in (signup_list, einlass):
        assert "<dt>Essenswunsch</dt>" in page
        assert "glutenfrei" in page


def test_the_purge_deletes_the_answers_too(workshop, register):
    edit_questions(workshop["anmeldung"], add_after_email(MEAL_FIELD))
    register(workshop, "erika@example.org", essen="vegetarisch")
    purge_registrations(now=workshop.end + timedelta(days=31))
    assert SignupTable(workshop).rows == []
    assert "vegetarisch" not in repr(table(workshop, workshop.REQUEST))


def test_easyforms_download_leads_to_the_organisers_export(workshop):
    action = registration_action(workshop["anmeldung"])
    response = workshop.REQUEST.response
    action.download(response)
    assert response.getHeader("Location").endswith("/workshop/@@anmeldungen.csv")
    action.download(response, download_format="xlsx")
    assert response.getHeader("Location").endswith("/workshop/@@anmeldungen.xlsx")


def test_questions_saved_in_the_xml_editor_are_remembered_too(workshop):
    """The XML editor (Managers) saves without the form editor's event."""
    from rundtisch.policy.registration.form.editor import (
        RegistrationFieldsModelEditorView,
    )

    form = workshop["anmeldung"]
    fields = form.restrictedTraverse("fields")
    editor = RegistrationFieldsModelEditorView(fields, workshop.REQUEST)
    editor.save(add_after_email(MEAL_FIELD)(form.fields_model))
    assert "essen" in get_schema(form)
    assert form._rundtisch_registration_book.question_labels["essen"] == (
        "Essenswunsch"
    )
