"""Two instances on one database take concurrent writes; nothing is lost or doubled.

Runs the real processes (`make zeo` / `make postgres`, create-site, two WSGI
instances) on private ports; a few minutes at most.
"""

from concurrent.futures import ThreadPoolExecutor
from rundtisch.policy.testing_processes import ADMIN
from rundtisch.policy.testing_processes import Instance
from rundtisch.policy.testing_processes import postgres_cluster
from rundtisch.policy.testing_processes import running
from rundtisch.policy.testing_processes import ZEOServer

import pytest
import requests


JSON = {"Accept": "application/json", "Content-Type": "application/json"}
WRITES = 40
CLIENTS = 8
ATTEMPTS = 5


def start_clients(base, storage_environ):
    first, second = (Instance(base, name, storage_environ) for name in ("a", "b"))
    first.create_site()
    return running([first, second])


@pytest.fixture(scope="module")
def zeo_cluster(tmp_path_factory):
    base = tmp_path_factory.mktemp("zeo")
    server = ZEOServer(base)
    server.start()
    try:
        with start_clients(base, server.client_environ) as instances:
            yield server, instances
    finally:
        server.stop()


@pytest.fixture(scope="module")
def relstorage_cluster(tmp_path_factory):
    base = tmp_path_factory.mktemp("relstorage")
    with postgres_cluster() as dsn:
        storage = {"ZODB_STORAGE": "relstorage", "RELSTORAGE_DSN": dsn}
        with start_clients(base, storage) as instances:
            yield instances


def create(instance, container, payload):
    return requests.post(
        f"{instance.site_url}/{container}",
        json=payload,
        headers=JSON,
        auth=ADMIN,
        timeout=120,
    )


def concurrent_writes(instances):
    """WRITES documents into one folder, from CLIENTS threads over all instances.

    Every new item takes a number from Plone's one uid counter, so concurrent
    creations conflict. Zope retries a conflicting request three times; when
    that is not enough the request fails as a whole (HTTP 500, nothing
    written) and the client sends it again, as a person would.
    """
    folder = {"@type": "Folder", "id": "stapel", "title": "Stapel"}
    assert create(instances[0], "", folder).ok

    def write(number):
        instance = instances[number % len(instances)]
        payload = {"@type": "Document", "id": f"eintrag-{number}", "title": f"{number}"}
        for _attempt in range(ATTEMPTS):
            status = create(instance, "stapel", payload).status_code
            if status != 500:
                return status
        return status

    with ThreadPoolExecutor(CLIENTS) as pool:
        return list(pool.map(write, range(WRITES)))


def totals(instance):
    """What one instance sees: items in the folder and in the catalog."""
    folder = requests.get(
        f"{instance.site_url}/stapel", headers=JSON, auth=ADMIN, timeout=30
    ).json()
    search = requests.get(
        f"{instance.site_url}/@search",
        params={"path": "/Plone/stapel", "portal_type": "Document", "b_size": 1},
        headers=JSON,
        auth=ADMIN,
        timeout=30,
    ).json()
    return folder["items_total"], search["items_total"]


def assert_exact(instances, statuses):
    assert statuses == [201] * WRITES
    for instance in instances:
        assert totals(instance) == (WRITES, WRITES)


def test_two_zeo_clients_take_concurrent_writes_exactly(zeo_cluster):
    _, instances = zeo_cluster
    assert_exact(instances, concurrent_writes(instances))


def test_zeo_client_reports_unhealthy_without_its_server(zeo_cluster):
    server, instances = zeo_cluster
    server.stop()
    response = requests.get(f"{instances[0].url}/@@health", timeout=30)
    assert response.status_code == 503


def test_instances_write_rotating_event_and_access_logs(zeo_cluster):
    _, instances = zeo_cluster
    log = instances[0].var / "log"
    assert (
        '"POST /Plone/stapel HTTP/1.1" 201' in (log / "instance-access.log").read_text()
    )
    assert (log / "instance.log").stat().st_size > 0


def test_two_relstorage_clients_take_concurrent_writes_exactly(relstorage_cluster):
    instances = relstorage_cluster
    assert_exact(instances, concurrent_writes(instances))
