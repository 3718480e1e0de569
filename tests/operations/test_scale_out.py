"""Two instances on one database take concurrent sign-ups: capacity holds,
nothing is lost or doubled.

Runs the real processes (`make zeo` / `make postgres`, create-site, two WSGI
instances) on private ports; a few minutes at most.
"""

from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from server_processes import postgres_cluster
from server_processes import two_instances
from server_processes import zeo_clients
from workshop_signups import counters
from workshop_signups import create_reviewers
from workshop_signups import publish_workshop
from workshop_signups import saved_sign_ups
from workshop_signups import sign_up

import pytest
import requests


WORKSHOP = "ansturm"
SIGN_UPS = 40
CAPACITY = 15
CLIENTS = 8
ATTEMPTS = 3


@pytest.fixture(scope="module")
def zeo_cluster(tmp_path_factory):
    with zeo_clients(tmp_path_factory.mktemp("zeo")) as (server, instances):
        yield server, instances


@pytest.fixture(scope="module")
def relstorage_cluster(tmp_path_factory):
    base = tmp_path_factory.mktemp("relstorage")
    with postgres_cluster() as dsn:
        storage = {"ZODB_STORAGE": "relstorage", "RELSTORAGE_DSN": dsn}
        with two_instances(base, storage) as instances:
            yield instances


def concurrent_sign_ups(instances):
    """SIGN_UPS anonymous sign-ups for one workshop, over all instances.

    One sign-up per instance comes first, alone: it compiles the templates
    (several threads compiling Chameleon templates at once trip a CPython
    3.11 bug, see benchmarks/signups.py). The rest come from CLIENTS threads
    at once. They all write the workshop's seat counter, so they conflict;
    Zope publishes a conflicting request again (max-conflict-retries in
    zope.conf), and when that is not enough it fails as a whole (HTTP 500,
    nothing saved) and the participant sends the form again, as people do.
    """
    create_reviewers(instances[0])
    publish_workshop(instances[0], WORKSHOP, CAPACITY)

    def participant(number):
        instance = instances[number % len(instances)]
        for _attempt in range(ATTEMPTS):
            outcome = sign_up(instance, WORKSHOP, f"person{number}@example.org")
            if outcome != 500:
                return outcome
        return outcome

    first = [participant(number) for number in range(len(instances))]
    with ThreadPoolExecutor(CLIENTS) as pool:
        rest = pool.map(participant, range(len(instances), SIGN_UPS))
        return first + list(rest)


def assert_exact(instances, outcomes):
    """Capacity holds; answers, saved rows and counters agree on every instance."""
    expected = {"confirmed": CAPACITY, "waitlisted": SIGN_UPS - CAPACITY}
    assert Counter(outcomes) == expected
    for instance in instances:
        rows, row_count = saved_sign_ups(instance, WORKSHOP)
        assert row_count == len(rows) == SIGN_UPS
        assert Counter(rows.values()) == expected
        assert counters(instance, WORKSHOP) == (CAPACITY, SIGN_UPS - CAPACITY)


def test_two_zeo_clients_take_concurrent_sign_ups_exactly(zeo_cluster):
    _, instances = zeo_cluster
    assert_exact(instances, concurrent_sign_ups(instances))


def test_zeo_client_reports_unhealthy_without_its_server(zeo_cluster):
    server, instances = zeo_cluster
    server.stop()
    response = requests.get(f"{instances[0].url}/@@health", timeout=30)
    assert response.status_code == 503


def test_instances_write_rotating_event_and_access_logs(zeo_cluster):
    _, instances = zeo_cluster
    log = instances[0].var / "log"
    access = (log / "instance-access.log").read_text()
    assert f'"POST /Plone/{WORKSHOP}/anmeldung HTTP/1.1" 200' in access
    assert (log / "instance.log").stat().st_size > 0


def test_two_relstorage_clients_take_concurrent_sign_ups_exactly(
    relstorage_cluster,
):
    assert_exact(relstorage_cluster, concurrent_sign_ups(relstorage_cluster))
