"""rundtisch.policy.mail queues German mails and never breaks the caller."""

from datetime import datetime
from datetime import timedelta
from datetime import UTC
from email import message_from_bytes
from email import policy
from rundtisch.policy.mail import send_mail

import transaction


def test_mail_is_queued_with_attachment(portal):
    assert send_mail(
        ["teilnehmerin@example.org"],
        "Ihre Anmeldung",
        "Guten Tag, Sie sind angemeldet.",
        attachments=[("workshop.ics", "text", "calendar", b"BEGIN:VCALENDAR")],
    )
    message = message_from_bytes(portal.MailHost.messages[-1])
    assert message["To"] == "teilnehmerin@example.org"
    assert message["Subject"] == "Ihre Anmeldung"
    assert "Runder Tisch Soziales Wohnen Dresden" in message["From"]
    parts = [part.get_filename() for part in message.walk()]
    assert "workshop.ics" in parts


def test_no_recipients_sends_nothing(portal):
    before = len(portal.MailHost.messages)
    assert send_mail(["", None], "Betreff", "Text") is False
    assert len(portal.MailHost.messages) == before


def test_failing_mailhost_is_logged_not_raised(portal, monkeypatch, caplog):
    def broken(*args, **kwargs):
        raise OSError("SMTP server down")

    monkeypatch.setattr(portal.MailHost, "send", broken)
    assert send_mail(["a@example.org"], "Betreff", "Text") is False
    assert "Could not queue the mail" in caplog.text


def test_mail_lines_end_in_crlf_as_smtp_requires(portal):
    send_mail(
        ["teilnehmerin@example.org"],
        "Anmeldung bestätigt",
        "Guten Tag,\n\nSie sind angemeldet.\n",
        attachments=[("workshop.ics", "text", "calendar", b"BEGIN:VCALENDAR")],
    )
    raw = portal.MailHost.messages[-1]
    assert raw.count(b"\n") == raw.count(b"\r\n") > 10


def test_without_a_mail_server_mails_are_written_to_a_folder(
    functional_portal, monkeypatch, tmp_path
):
    """`make start` without SMTP_HOST: .eml files in instance/var/mail."""
    monkeypatch.setenv("MAIL_FOLDER", str(tmp_path / "mail"))
    before = len(functional_portal.MailHost.messages)
    assert send_mail(["teilnehmerin@example.org"], "Anmeldung bestätigt", "Guten Tag")
    assert not (tmp_path / "mail").exists(), "nothing before the commit"
    transaction.commit()
    (written,) = (tmp_path / "mail").glob("*.eml")
    message = message_from_bytes(written.read_bytes(), policy=policy.default)
    assert message["Subject"] == "Anmeldung bestätigt"
    assert message["To"] == "teilnehmerin@example.org"
    assert len(functional_portal.MailHost.messages) == before
    # No MailHost completes an .eml file: it has its own Date and Message-ID.
    written_at = message["Date"].datetime
    assert abs(written_at - datetime.now(UTC)) < timedelta(minutes=1)
    assert message["Message-ID"].startswith("<") and "@" in message["Message-ID"]
