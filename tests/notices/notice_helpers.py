"""Helpers of the notice tests: the people of the review, subscribers, mails."""

from email import message_from_bytes
from email.policy import default
from plone import api
from rundtisch.policy.notices import storage


PASSWORD = "geheim-1234"
# user id -> groups, like the demo users of the README.
PEOPLE = {
    "autorin": ["redaktionsteam"],
    "pruefung-soziales": ["gb_soziales"],
    "pruefung-stadtentwicklung": ["gb_stadtentwicklung"],
    "veranstaltung": ["veranstaltungsteam"],
}
APPROVALS = (
    ("pruefung-soziales", "approve_social"),
    ("pruefung-stadtentwicklung", "approve_urban"),
)
NOTICE_SUBJECTS = ("Neue Veranstaltung:", "Neues Ergebnis:")


def create_people():
    for user_id, groups in PEOPLE.items():
        api.user.create(
            username=user_id, email=f"{user_id}@example.org", password=PASSWORD
        )
        for group in groups:
            api.group.add_user(groupname=group, username=user_id)


def subscribed(email, lists=("veranstaltungen",), topics=(), confirm=True):
    """A subscription straight into the storage; returns its token."""
    token = storage.add(email, lists, topics)
    if confirm:
        storage.confirm(token)
    return token


def parse(raw):
    if isinstance(raw, bytes):
        return message_from_bytes(raw, policy=default)
    return message_from_bytes(bytes(raw), policy=default)


def notices(messages):
    """{recipient: [notice mail, …]} of the notice mails among `messages`."""
    found = {}
    for mail in map(parse, messages):
        if mail["Subject"].startswith(NOTICE_SUBJECTS):
            found.setdefault(mail["To"], []).append(mail)
    return found


def body(mail):
    return mail.get_body(("plain",)).get_content()
