"""Site-side steps of benchmarks/desk.py; run with `zconsole run`.

BENCH_STEP=setup     two published workshops starting tomorrow, unlimited
                     seats, reminders 2 days ahead: "fuenfzig" and
                     "fuenftausend", each seeded with that many sign-ups
                     through the sign-up action (mails switched off)
BENCH_STEP=remind    time one `send_reminders()` run; print JSON
"""

from plone import api
from rundtisch.policy.registration.jobs.reminders import send_reminders
from rundtisch.policy.workflow.departments import DEPARTMENTS
from seeding import create_workshop
from seeding import seed_sign_ups
from zope.component.hooks import setSite

import json
import os
import time
import transaction


app = globals()["app"]  # noqa: F821 -- provided by zconsole
portal = app["Plone"]
setSite(portal)
SIZES = {"fuenfzig": 50, "fuenftausend": 5000}


def publish(workshop):
    """Through the real review: submitted, then approved by one reviewer of
    each department."""
    api.content.transition(workshop, transition="submit")
    for department in DEPARTMENTS:
        reviewer = f"bench-{department.token}"
        if api.user.get(userid=reviewer) is None:
            api.user.create(username=reviewer, email=f"{reviewer}@example.org")
            api.group.add_user(groupname=department.group, username=reviewer)
        with api.env.adopt_user(username=reviewer):
            api.content.transition(workshop, transition=department.transition)
    assert api.content.get_state(workshop) == "published"


def setup():
    with api.env.adopt_user(username="admin"):
        for workshop_id, size in SIZES.items():
            workshop = create_workshop(
                portal,
                workshop_id,
                f"Benchmark {workshop_id}",
                days_ahead=1,
                capacity=0,
                reminder_days=2,
            )
            publish(workshop)
            seed_sign_ups(workshop, size, workshop_id, app.REQUEST)


def remind():
    started = time.perf_counter()
    sent = send_reminders()
    print(
        json.dumps({"sent": sent, "seconds": round(time.perf_counter() - started, 1)})
    )


{"setup": setup, "remind": remind}[os.environ["BENCH_STEP"]]()
transaction.commit()
