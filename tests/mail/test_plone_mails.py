"""Plone's own mails, the footer's contact form and "Passwort vergessen",
take the portal's mail path (issue 26): without SMTP_HOST into the mail
folder; with a mail server that is down, an honest message and nothing lost.
Posted over the real WSGI server as the browser posts the forms, with a real
MailHost (the test layers' mock would hide the delivery)."""

from email import message_from_bytes
from email import policy
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from Products.MailHost.interfaces import IMailHost
from Products.MailHost.MailHost import MailHost
from zope.component import getSiteManager

import lxml.html
import pytest
import requests
import transaction


MESSAGE = "Wann findet der nächste Workshop zur Gruppenbegleitung statt?"


def use_mailhost(portal, mailhost):
    """As rundtisch.policy.testing installs its mock MailHost."""
    portal.MailHost = mailhost
    site_manager = getSiteManager(portal)
    site_manager.unregisterUtility(provided=IMailHost)
    site_manager.registerUtility(mailhost, provided=IMailHost)


@pytest.fixture
def real_mailhost(functional_portal):
    """A real MailHost whose server (port 9) refuses every connection."""
    portal = functional_portal
    mock = portal.MailHost
    use_mailhost(portal, MailHost("MailHost", smtp_host="127.0.0.1", smtp_port=9))
    api.portal.set_registry_record("plone.email_from_address", "portal@example.org")
    api.user.create(email="vergessen@example.org", username="vergessen")
    transaction.commit()
    yield portal.MailHost
    use_mailhost(portal, mock)
    transaction.commit()


def hidden_fields(url, session):
    """What the browser sends along: the honeypot and tokens of the form."""
    page = lxml.html.fromstring(session.get(url, timeout=60).text)
    return {
        field.get("name"): field.get("value") or ""
        for field in page.xpath("//form//input[@name]")
        if field.get("type") in ("hidden", "text")
        and "widgets" not in field.get("name")
    }


def send_contact_form(portal_url):
    session = requests.Session()
    form = {
        **hidden_fields(f"{portal_url}/contact-info", session),
        "form.widgets.sender_fullname": "Erika Mustermann",
        "form.widgets.sender_from_address": "erika@example.org",
        "form.widgets.subject": "Frage zum Workshop",
        "form.widgets.message": MESSAGE,
        "form.buttons.send": "Senden",
    }
    # multipart, as the browser posts this form
    return session.post(
        f"{portal_url}/contact-info",
        files={name: (None, value) for name, value in form.items()},
        timeout=60,
    )


def mails_in(folder):
    return [
        message_from_bytes(path.read_bytes(), policy=policy.default)
        for path in sorted(folder.glob("*.eml"))
    ]


def test_contact_form_without_smtp_lands_in_the_mail_folder(
    real_mailhost, monkeypatch, tmp_path
):
    monkeypatch.setenv("MAIL_FOLDER", str(tmp_path))
    response = send_contact_form(api.portal.get().absolute_url())
    assert response.status_code == 200
    (mail,) = mails_in(tmp_path)
    assert MESSAGE in mail.get_body(("plain",)).get_content()
    assert mail["Reply-To"] == "erika@example.org"
    assert mail["Date"]


def test_contact_form_with_the_server_down_keeps_the_message(
    real_mailhost, monkeypatch
):
    monkeypatch.delenv("MAIL_FOLDER", raising=False)
    response = send_contact_form(api.portal.get().absolute_url())
    assert response.status_code == 200, response.text[:300]
    page = lxml.html.fromstring(response.text)
    assert "wurde nicht gesendet" in page.text_content()
    (textarea,) = page.xpath('//textarea[@name="form.widgets.message"]')
    assert textarea.text_content().strip() == MESSAGE


def request_password_reset(portal_url):
    session = requests.Session()
    form = {
        **hidden_fields(f"{portal_url}/mail_password_form", session),
        "userid": "vergessen",
    }
    return session.post(
        f"{portal_url}/mail_password",
        files={name: (None, value) for name, value in form.items()},
        timeout=60,
    )


def test_password_reset_without_smtp_lands_in_the_mail_folder(
    real_mailhost, monkeypatch, tmp_path
):
    monkeypatch.setenv("MAIL_FOLDER", str(tmp_path))
    response = request_password_reset(api.portal.get().absolute_url())
    assert response.status_code == 200, response.text[:300]
    (mail,) = mails_in(tmp_path)
    assert mail["To"] == "vergessen@example.org"
    assert "passwordreset/" in mail.get_body(("plain",)).get_content()


def test_password_reset_with_the_server_down_says_so(real_mailhost, monkeypatch):
    monkeypatch.delenv("MAIL_FOLDER", raising=False)
    portal_url = api.portal.get().absolute_url()
    response = request_password_reset(portal_url)
    assert response.status_code == 200, response.text[:300]
    assert response.url.endswith("/mail_password_form")
    assert "wurde nicht gesendet" in response.text
    # the site still works for the next visitor
    assert requests.get(portal_url, timeout=60).status_code == 200
    assert requests.get(
        portal_url, auth=(SITE_OWNER_NAME, SITE_OWNER_PASSWORD), timeout=60
    ).ok
