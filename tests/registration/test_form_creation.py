"""The ``anmeldung`` form: created with the workshop, once, with German fields."""

from collective.easyform.api import get_actions
from collective.easyform.api import get_schema
from collective.easyform.api import set_actions
from plone import api
from rundtisch.policy.registration.data.saved_data import registration_action
from rundtisch.policy.registration.interfaces import IRegistrationForm
from zope.event import notify
from zope.lifecycleevent import ObjectModifiedEvent


def test_workshop_with_registration_gets_the_form(workshop):
    form = workshop["anmeldung"]
    assert form.portal_type == "EasyForm"
    assert IRegistrationForm.providedBy(form)


def test_form_has_the_german_default_fields(workshop):
    schema = get_schema(workshop["anmeldung"])
    titles = {name: str(schema[name].title) for name in schema}
    assert titles == {
        "vorname": "Vorname",
        "nachname": "Nachname",
        "email": "E-Mail",
        "organisation": "Organisation",
        "rolle": "Rolle",
        "unterstuetzung": "Unterstützungsbedarf",
        "anmerkungen": "Anmerkungen",
        "datenschutz": "Datenschutz",
    }
    assert schema["datenschutz"].required
    assert set(schema["rolle"].vocabulary.by_value) >= {"Bewohner:in", "Verwaltung"}
    assert set(schema["unterstuetzung"].value_type.vocabulary.by_value) == {
        "Barrierefreiheit",
        "Gebärdensprache",
        "Begleitperson",
    }


def test_workshop_without_registration_has_no_form(workshop_factory):
    workshop = workshop_factory(registration_enabled=False)
    assert "anmeldung" not in workshop.objectIds()


def test_switching_registration_on_creates_the_form(workshop_factory):
    workshop = workshop_factory(registration_enabled=False)
    workshop.registration_enabled = True
    notify(ObjectModifiedEvent(workshop))
    assert "anmeldung" in workshop.objectIds()


def test_form_is_never_created_twice(workshop):
    uid = workshop["anmeldung"].UID()
    notify(ObjectModifiedEvent(workshop))
    notify(ObjectModifiedEvent(workshop))
    assert [obj.portal_type for obj in workshop.objectValues()] == ["EasyForm"]
    assert workshop["anmeldung"].UID() == uid


def test_form_has_no_workflow_of_its_own(workshop):
    """It follows the workshop: private workshop, private form."""
    wf_tool = api.portal.get_tool("portal_workflow")
    assert wf_tool.getChainFor(workshop["anmeldung"]) == ()


def test_form_is_private_while_the_workshop_is(workshop_factory):
    form = workshop_factory(published=False)["anmeldung"]
    with api.env.adopt_roles(["Anonymous"]):
        assert not api.user.has_permission("View", obj=form)


def test_form_is_public_while_the_workshop_is_published(workshop):
    with api.env.adopt_roles(["Anonymous"]):
        assert api.user.has_permission("View", obj=workshop["anmeldung"])


def test_editors_may_add_fields_while_the_workshop_is_a_draft(workshop_factory):
    """Redaktion edits the form's schema as it edits the workshop (a
    published workshop changes only through review, docs/design.md §3)."""
    workshop = workshop_factory(published=False)
    api.user.create(email="r@example.org", username="redakteurin")
    api.group.add_user(groupname="redaktionsteam", username="redakteurin")
    form = workshop["anmeldung"]
    assert api.user.has_permission(
        "Modify portal content", username="redakteurin", obj=form
    )


def test_a_copied_workshop_starts_without_the_sign_ups(workshop, register):
    register(workshop, "erika@example.org")
    copy = api.content.copy(source=workshop, id="kopie")
    action = registration_action(copy["anmeldung"])
    assert action.getSavedFormInput() == []
    assert copy["anmeldung"]._rundtisch_registration_book.counter.confirmed == 0
    assert registration_action(workshop["anmeldung"]).itemsSaved() == 1


def test_the_actions_can_be_saved_again_under_their_stored_type(workshop):
    """easyform's action editor saves the whole actions model after each
    change; the sign-up action keeps the type name every form stores."""
    form = workshop["anmeldung"]
    set_actions(form, get_actions(form))
    assert 'type="rundtisch.policy.registration.actions.Registration"' in (
        form.actions_model
    )
    assert registration_action(form) is not None
