"""SMTP_* from the environment reach Plone's mail settings and the MailHost."""

from plone import api
from rundtisch.policy import site as portal_site
from rundtisch.policy.operations.environment.smtp import configure_mail


ENVIRON = {
    "SMTP_HOST": "mail.dresden.example",
    "SMTP_PORT": "587",
    "SMTP_USER": "portal",
    "SMTP_PASSWORD": "geheim",
    "SMTP_FROM": "runder-tisch@dresden.example",
}


def test_settings_reach_the_registry_and_the_mailhost(portal):
    configure_mail(ENVIRON)
    assert api.portal.get_registry_record("plone.smtp_host") == "mail.dresden.example"
    assert api.portal.get_registry_record("plone.smtp_port") == 587
    assert api.portal.get_registry_record("plone.smtp_userid") == "portal"
    assert api.portal.get_registry_record("plone.smtp_pass") == "geheim"
    assert (
        api.portal.get_registry_record("plone.email_from_address")
        == "runder-tisch@dresden.example"
    )
    assert portal.MailHost.smtp_host == "mail.dresden.example"
    assert portal.MailHost.smtp_port == 587


def test_unset_variables_keep_the_control_panel_values(portal):
    api.portal.set_registry_record("plone.smtp_host", "von-hand.example")
    assert configure_mail({"SMTP_PORT": "2525"}) == ["SMTP_PORT"]
    assert api.portal.get_registry_record("plone.smtp_host") == "von-hand.example"


def test_queue_directory_is_created_as_maildir(portal, tmp_path):
    queue = tmp_path / "var" / "mailqueue"
    configure_mail({"SMTP_QUEUE": str(queue)})
    assert portal.MailHost.smtp_queue is True
    assert portal.MailHost.smtp_queue_directory == str(queue)
    assert {path.name for path in queue.iterdir()} == {"cur", "new", "tmp"}
    configure_mail({"SMTP_QUEUE": "off"})
    assert portal.MailHost.smtp_queue is False


def test_create_site_applies_them_to_an_existing_site(app, portal):
    portal_site.ensure_admin(app, "test-admin-password")
    portal_site.create_site(app, portal.getId(), environ={"SMTP_HOST": "smtp.neu"})
    assert api.portal.get_registry_record("plone.smtp_host") == "smtp.neu"
