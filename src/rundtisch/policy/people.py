"""How people are named on pages and in mails."""

from plone import api


def user_name(user_id):
    """A portal user's full name, else the id ("" for none)."""
    user = api.user.get(userid=user_id) if user_id else None
    return (user and user.getProperty("fullname")) or user_id or ""


def participant_name(row):
    """ "Erika Muster" of a sign-up row (easyform's saved data)."""
    return " ".join(filter(None, (row.get("vorname"), row.get("nachname"))))
