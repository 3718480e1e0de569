"""Seeding published content and sign-ups for the benchmarks' zconsole steps
(signups_site.py, desk_site.py, search.py); importable because the
benchmarks put this folder on the zconsole's PYTHONPATH."""

from DateTime import DateTime
from plone import api
from rundtisch.policy.registration import mails
from rundtisch.policy.registration.actions import registration_action

import transaction


def force_published(obj):
    """Set the state directly: the review workflow's two approvals are not
    what the benchmarks measure."""
    wf_tool = api.portal.get_tool("portal_workflow")
    for workflow_id in wf_tool.getChainFor(obj):
        workflow = wf_tool[workflow_id]
        wf_tool.setStatusOf(
            workflow_id,
            obj,
            {
                workflow.state_var: "published",
                "action": None,
                "actor": "admin",
                "comments": "",
                "time": DateTime(),
            },
        )
        workflow.updateRoleMappingsFor(obj)
    obj.reindexObject()


def seed_sign_ups(workshop, count, email_prefix, request):
    """Book `count` sign-ups through the sign-up action. The seeding is about
    stored data: no mails, no status messages."""
    action = registration_action(workshop["anmeldung"])
    action.tell = lambda *args: None
    real_send_mail = mails.send_mail
    mails.send_mail = lambda *args, **kwargs: True
    try:
        for number in range(count):
            errors = action.onSuccess(
                {
                    "vorname": "Vorname",
                    "nachname": f"Nachname {number}",
                    "email": f"{email_prefix}{number}@example.org",
                    "organisation": "Verein",
                    "datenschutz": True,
                },
                request,
            )
            assert errors is None, errors
            if number % 500 == 499:
                transaction.savepoint(optimistic=True)
    finally:
        mails.send_mail = real_send_mail
