"""German e-mails of the review, and a mail server that is down."""

from email import message_from_bytes
from email.header import decode_header
from email.header import make_header
from plone import api
from Products.MailHost.MailHost import MailHost
from review_helpers import bring_to
from review_helpers import create_item
from review_helpers import create_users
from review_helpers import transition

import socket
import transaction


def sent(portal):
    return [message_from_bytes(raw) for raw in portal.MailHost.messages]


def subject(message):
    return str(make_header(decode_header(message["Subject"])))


def body(message):
    # Mails travel with SMTP's CRLF line ends; compare text with plain "\n".
    return message.get_payload(decode=True).decode("utf-8").replace("\r\n", "\n")


def test_submit_mails_both_departments(portal, document):
    portal.MailHost.reset()
    bring_to(document, "pending")
    [message] = sent(portal)
    assert subject(message) == "Zur Prüfung: Leitbild"
    recipients = {address.strip() for address in message["To"].split(",")}
    assert recipients == {
        "pruefung-soziales@example.org",
        "pruefung-stadtentwicklung@example.org",
        "doppelrolle@example.org",
    }
    assert "wartet auf die Freigabe Ihres Geschäftsbereichs" in body(message)
    assert "@@meine-pruefauftraege" in body(message)


def test_reject_mails_the_author_with_the_reason(portal, document):
    bring_to(document, "pending")
    portal.MailHost.reset()
    transition(document, "pruefung-soziales", "reject", "Die Quelle fehlt.")
    [message] = sent(portal)
    assert message["To"] == "autorin@example.org"
    assert subject(message) == "Zurückgewiesen: Leitbild"
    assert "Begründung:\nDie Quelle fehlt." in body(message)


def test_publish_mails_the_author(portal, document):
    bring_to(document, "pending")
    transition(document, "pruefung-soziales", "approve_social")
    portal.MailHost.reset()
    transition(document, "pruefung-stadtentwicklung", "approve_urban")
    [message] = sent(portal)
    assert message["To"] == "autorin@example.org"
    assert subject(message) == "Veröffentlicht: Leitbild"


def test_first_approval_sends_no_mail(portal, document):
    bring_to(document, "pending")
    portal.MailHost.reset()
    transition(document, "pruefung-soziales", "approve_social")
    assert sent(portal) == []


def test_mailhost_that_raises_does_not_block_the_transition(
    portal, document, monkeypatch
):
    def broken(*args, **kwargs):
        raise ConnectionRefusedError("SMTP server down")

    monkeypatch.setattr(portal.MailHost, "send", broken)
    bring_to(document, "published")
    assert api.content.get_state(document) == "published"


def _closed_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_unreachable_smtp_server_neither_blocks_nor_rolls_back(
    functional_portal, caplog
):
    """A real MailHost, sending at commit, against a port nobody listens on."""
    portal = functional_portal
    create_users()
    portal._delObject("MailHost")
    portal._setObject(
        "MailHost",
        MailHost("MailHost", smtp_host="127.0.0.1", smtp_port=_closed_port()),
    )
    document = create_item(portal, title="Leitbild")
    transaction.commit()
    bring_to(document, "pending")
    transaction.commit()  # the mail to the departments fails here
    transaction.begin()
    assert api.content.get_state(portal["leitbild"]) == "pending"
    assert "Could not send the mail 'Zur Prüfung: Leitbild'" in caplog.text
