"""Site-side steps of benchmarks/signups.py; run with `zconsole run`.

BENCH_STEP=setup   create the workshops (published, capacity 200, waiting
                   list): "ansturm" (the concurrent sign-ups), "leer"
                   (0 sign-ups), "voll" (for 5,000 sign-ups) and
                   "aufwaermen" (one sign-up to warm the template caches)
BENCH_STEP=seed    book 5,000 sign-ups into "voll" through the sign-up action
BENCH_STEP=verify  print the saved data and counters of "ansturm" as JSON

BENCH_WORKSHOPS (comma-separated ids) and BENCH_CAPACITY change which
workshops `setup` creates with how many seats; BENCH_STEP=verify-all prints
the figures of each of them (benchmarks/signup_burst.py).
"""

from collections import Counter
from plone import api
from rundtisch.policy.interfaces import IRegistrationStatus
from rundtisch.policy.registration.data.saved_data import registration_action
from rundtisch.policy.testing import force_published as publish
from seeding import create_workshop
from seeding import seed_sign_ups
from zope.component.hooks import setSite

import json
import os
import transaction


app = globals()["app"]  # noqa: F821 -- provided by zconsole
portal = app["Plone"]
setSite(portal)
STEP = os.environ["BENCH_STEP"]
WORKSHOPS = os.environ.get("BENCH_WORKSHOPS", "ansturm,leer,voll,aufwaermen").split(",")
CAPACITY = int(os.environ.get("BENCH_CAPACITY", "200"))


def queue_mail():
    """Queue mails on disk as operations do with SMTP_QUEUE (there is no
    mail server here). Without a queue, zope.sendmail connects to the
    server when the transaction commits, and a refused connection aborts it.
    """
    mailhost = api.portal.get_tool("MailHost")
    mailhost.smtp_queue = True
    mailhost.smtp_queue_directory = os.path.join(os.environ["INSTANCE_VAR"], "mail")


def setup():
    queue_mail()
    with api.env.adopt_user(username="admin"):
        for workshop_id in WORKSHOPS:
            if workshop_id in portal.objectIds():
                api.content.delete(portal[workshop_id])
            workshop = create_workshop(
                portal,
                workshop_id,
                f"Benchmark-Workshop {workshop_id}",
                days_ahead=30,
                capacity=CAPACITY,
                waitlist_enabled=True,
            )
            publish(workshop)


def seed(count=5000):
    seed_sign_ups(portal["voll"], count, "seed", app.REQUEST)


def stored(workshop):
    rows = registration_action(workshop["anmeldung"]).getSavedFormInput()
    return {
        "rows": len(rows),
        "distinct_emails": len({row["email"].lower() for row in rows}),
        "rows_by_status": Counter(row["registration_status"] for row in rows),
        "counters": IRegistrationStatus(workshop).as_dict(),
        "waiting_list": len(workshop["anmeldung"]._rundtisch_registration_book.waiting),
    }


def verify():
    print(json.dumps(stored(portal["ansturm"])))


def verify_all():
    print(json.dumps({name: stored(portal[name]) for name in WORKSHOPS}))


{"setup": setup, "seed": seed, "verify": verify, "verify-all": verify_all}[STEP]()
transaction.commit()
