"""Notices go out once, at the first publication through both approvals."""

from notice_helpers import APPROVALS
from notice_helpers import body
from notice_helpers import notices
from notice_helpers import subscribed
from plone import api
from plone.app.iterate.interfaces import ICheckinCheckoutPolicy
from rundtisch.policy.demo.content import berlin
from rundtisch.policy.notices import storage

import pytest


def transition(obj, user_id, action, comment=""):
    with api.env.adopt_user(username=user_id):
        api.portal.get_tool("portal_workflow").doActionFor(obj, action, comment=comment)


def publish(obj):
    transition(obj, "autorin", "submit")
    for user_id, action in APPROVALS:
        transition(obj, user_id, action)
    assert api.content.get_state(obj) == "published"


def create(container, portal_type, title, **fields):
    with api.env.adopt_user(username="autorin"):
        return api.content.create(
            container=container, type=portal_type, title=title, **fields
        )


@pytest.fixture
def mailhost(portal, people):
    mailhost = api.portal.get_tool("MailHost")
    mailhost.reset()
    return mailhost


def test_first_publication_notifies_each_matching_subscriber_once(portal, mailhost):
    all_topics = subscribed("alle@example.org")
    inclusion = subscribed("inklusion@example.org", topics=["inklusion"])
    subscribed("foerderung@example.org", topics=["foerderung"])
    subscribed("ergebnisse@example.org", lists=["ergebnisse"])
    subscribed("unbestaetigt@example.org", confirm=False)
    gone = subscribed("abgemeldet@example.org")
    storage.remove(gone)
    workshop = create(
        portal, "Workshop", "Workshop 6: Inklusives Wohnen", topics=["inklusion"]
    )
    transition(workshop, "autorin", "submit")
    transition(workshop, "pruefung-soziales", "approve_social")
    assert notices(mailhost.messages) == {}, "one approval publishes nothing"
    transition(workshop, "pruefung-stadtentwicklung", "approve_urban")

    sent = notices(mailhost.messages)
    assert sorted(sent) == ["alle@example.org", "inklusion@example.org"]
    assert all(len(mails) == 1 for mails in sent.values())
    for address, token in (
        ("alle@example.org", all_topics),
        ("inklusion@example.org", inclusion),
    ):
        (mail,) = sent[address]
        assert mail["Subject"] == "Neue Veranstaltung: Workshop 6: Inklusives Wohnen"
        link = f"{portal.absolute_url()}/@@benachrichtigungen-abbestellen?token={token}"
        assert link in body(mail)
        assert workshop.absolute_url() in body(mail)
        assert mail["List-Unsubscribe"] == f"<{link}>"
        # Unfolded and not RFC 2047 encoded, so mail programs find the link.
        header = f"\r\nList-Unsubscribe: <{link}>\r\n".encode()
        assert header in b"".join(mailhost.messages)
        assert mail["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_the_notice_dates_the_workshop_with_weekday_and_end(portal, mailhost):
    subscribed("alle@example.org")
    workshop = create(
        portal,
        "Workshop",
        "Workshop 7",
        start=berlin(2027, 1, 14, 18),
        end=berlin(2027, 1, 14, 20),
    )
    publish(workshop)
    (mail,) = notices(mailhost.messages)["alle@example.org"]
    assert "Termin: Donnerstag, 14. Januar 2027, 18:00–20:00 Uhr" in body(mail)


def test_result_goes_to_the_results_list_only(portal, mailhost):
    subscribed("veranstaltungen@example.org")
    subscribed("ergebnisse@example.org", lists=["ergebnisse"])
    subscribed("beides@example.org", lists=["veranstaltungen", "ergebnisse"])
    publish(create(portal, "ResultsFolder", "Ergebnisse"))
    result = create(portal["ergebnisse"], "Result", "Leitfaden Gruppenbegleitung")
    mailhost.reset()
    publish(result)
    sent = notices(mailhost.messages)
    assert sorted(sent) == ["beides@example.org", "ergebnisse@example.org"]
    (mail,) = sent["ergebnisse@example.org"]
    assert mail["Subject"] == "Neues Ergebnis: Leitfaden Gruppenbegleitung"


def test_item_without_topics_reaches_only_subscribers_without_topics(portal, mailhost):
    subscribed("alle@example.org")
    subscribed("inklusion@example.org", topics=["inklusion"])
    publish(create(portal, "Workshop", "Workshop 7"))
    assert sorted(notices(mailhost.messages)) == ["alle@example.org"]


def test_retract_and_republish_sends_nothing(portal, mailhost):
    subscribed("alle@example.org")
    workshop = create(portal, "Workshop", "Workshop 8")
    publish(workshop)
    mailhost.reset()
    transition(workshop, "autorin", "retract", "Termin verschoben")
    publish(workshop)
    assert notices(mailhost.messages) == {}


def test_working_copy_and_its_check_in_send_nothing(portal, mailhost):
    subscribed("alle@example.org")
    workshop = create(portal, "Workshop", "Workshop 9")
    publish(workshop)
    mailhost.reset()
    with api.env.adopt_user(username="autorin"):
        copy = ICheckinCheckoutPolicy(workshop).checkout(portal)
    copy.title = "Workshop 9 (neuer Termin)"
    transition(copy, "autorin", "submit")
    for user_id, action in APPROVALS:
        transition(copy, user_id, action)
    with api.env.adopt_user(username="autorin"):
        checked_in = ICheckinCheckoutPolicy(copy).checkin("Neuer Termin")
    assert checked_in.title == "Workshop 9 (neuer Termin)"
    assert notices(mailhost.messages) == {}


def test_other_types_send_nothing(portal, mailhost):
    subscribed("alle@example.org", lists=["veranstaltungen", "ergebnisse"])
    publish(create(portal, "Document", "Leitbild"))
    assert notices(mailhost.messages) == {}


@pytest.mark.parametrize(
    "registration_enabled,label",
    [(True, "Details und Anmeldung: "), (False, "Details: ")],
)
def test_notice_offers_the_sign_up_only_where_there_is_one(
    portal, mailhost, registration_enabled, label
):
    subscribed("alle@example.org")
    workshop = create(
        portal,
        "Workshop",
        "Workshop 7: Nachbarschaft",
        registration_enabled=registration_enabled,
    )
    publish(workshop)
    (mail,) = notices(mailhost.messages)["alle@example.org"]
    assert f"{label}{workshop.absolute_url()}" in body(mail)
