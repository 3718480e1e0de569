"""Upgrade 1012 -> 1013: existing sign-up forms remember their questions."""

from AccessControl.Permission import Permission
from Acquisition import aq_base
from plone import api
from rundtisch.policy.registration.data.saved_data import registration_book
from rundtisch.policy.registration.data.saved_data import registration_form


PROFILE = "rundtisch.policy:default"
KEPT = (
    "Delete objects",
    "Copy or Move",
    "collective.easyform: Edit Advanced Fields",
)


def test_upgrade_remembers_the_labels_of_existing_forms(demo_portal):
    setup_tool = api.portal.get_tool("portal_setup")
    workshops = [
        brain.getObject() for brain in api.content.find(portal_type="Workshop")
    ]
    books = [
        registration_book(form)
        for form in map(registration_form, workshops)
        if form is not None
    ]
    assert books
    for book in books:
        # As books made before 1013 are: no labels kept.
        book.question_labels = None
    setup_tool.setLastVersionForProfile(PROFILE, "1012")
    setup_tool.upgradeProfile(PROFILE, dest="1013")
    for book in books:
        assert book.question_labels["datenschutz"] == "Datenschutz"
        assert book.question_labels["email"] == "E-Mail"
    assert setup_tool.getLastVersionForProfile(PROFILE) == ("1013",)


def test_upgrade_drops_the_comment_the_xml_editor_refuses(demo_portal):
    setup_tool = api.portal.get_tool("portal_setup")
    (form, *_others) = filter(
        None,
        (
            registration_form(brain.getObject())
            for brain in api.content.find(portal_type="Workshop")
        ),
    )
    before = form.fields_model
    # As forms made before 1013 have it.
    form.fields_model = before.replace("<schema>", "<!-- Hinweis -->\n  <schema>", 1)
    setup_tool.setLastVersionForProfile(PROFILE, "1012")
    setup_tool.upgradeProfile(PROFILE, dest="1013")
    assert "<!--" not in form.fields_model
    assert form.fields_model.count("<field ") == before.count("<field ")


def test_upgrade_keeps_existing_forms_with_their_workshops(demo_portal):
    """Forms made before 1013 acquire "Delete objects", "Copy or Move" and
    easyform's advanced field settings from their workshop; afterwards only
    administrators have them."""
    setup_tool = api.portal.get_tool("portal_setup")
    forms = [
        form
        for form in (
            registration_form(brain.getObject())
            for brain in api.content.find(portal_type="Workshop")
        )
        if form is not None
    ]
    assert forms
    for form in forms:
        for permission in KEPT:  # as before 1013: acquired
            Permission(permission, (), aq_base(form)).setRoles([])
    setup_tool.setLastVersionForProfile(PROFILE, "1012")
    setup_tool.upgradeProfile(PROFILE, dest="1013")
    for form in forms:
        for permission in KEPT:
            roles = Permission(permission, (), aq_base(form)).getRoles()
            # A tuple: not acquired from the workshop.
            assert roles == ("Manager", "Site Administrator"), (form, permission)
