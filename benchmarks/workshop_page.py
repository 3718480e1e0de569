"""Anonymous throughput: the workshop page vs a stock Plone Document page.

Not a test: it starts a real instance of this checkout in a temporary
directory (its own Data.fs, port and configuration via INSTANCE_VAR,
INSTANCE_ETC and PORT; instance/var and instance/etc are never touched), creates the site with the demo content as `make start` does, adds a
published stock Document with the same text as Workshop 3, and measures both
pages side by side: interleaved rounds, several client threads, HTTP caching
switched off.

    .venv/bin/python benchmarks/workshop_page.py [--rounds 7] [--seconds 5] [--threads 4]

Prints requests per second per round, the medians and the ratio
workshop / document (goal: at least 1.0, issue 15).
"""

from pathlib import Path

import argparse
import contextlib
import os
import requests
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time


ROOT = Path(__file__).resolve().parents[1]
BIN = ROOT / ".venv" / "bin"
WORKSHOP = "veranstaltungen/workshop-3"
DOCUMENT = "vergleichsseite"
DEMO_PASSWORD = secrets.token_urlsafe(12)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run(command, env):
    subprocess.run(command, cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)


# For --without-navigation-portlet: what removing Plone's navigation portlet
# from the site root (profiles/default/portlets.xml) would save. On the
# workshop page it shows one link, to the page itself.
REMOVE_NAVIGATION_PORTLET = """
from plone.portlets.interfaces import IPortletAssignmentMapping
from plone.portlets.interfaces import IPortletManager
from zope.component import getMultiAdapter
from zope.component import getUtility
from zope.component.hooks import setSite
import transaction
portal = app.Plone
setSite(portal)
manager = getUtility(IPortletManager, name="plone.leftcolumn", context=portal)
del getMultiAdapter((portal, manager), IPortletAssignmentMapping)["navigation"]
transaction.commit()
"""


@contextlib.contextmanager
def instance(workdir, without_navigation_portlet=False):
    """A running instance with the demo site; yields (site URL, admin auth)."""
    password = secrets.token_urlsafe(12)
    port = free_port()
    env = dict(
        os.environ,
        INSTANCE_VAR=str(workdir / "var"),
        INSTANCE_ETC=str(workdir / "etc"),
        PORT=str(port),
        HOST="127.0.0.1",
        ADMIN_PASSWORD=password,
        DEMO_PASSWORD=DEMO_PASSWORD,
        DEMO="1",
    )
    etc = workdir / "etc"
    run([BIN / "python", "instance/write_config.py"], env)
    print("Creating the site with demo content ...", flush=True)
    run(
        [BIN / "zconsole", "run", str(etc / "zope.conf"), "scripts/create_site.py"], env
    )
    if without_navigation_portlet:
        script = workdir / "remove_navigation_portlet.py"
        script.write_text(REMOVE_NAVIGATION_PORTLET)
        run([BIN / "zconsole", "run", str(etc / "zope.conf"), str(script)], env)
    log = (workdir / "server.log").open("w")
    server = subprocess.Popen(
        [BIN / "runwsgi", str(etc / "zope.ini")],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=log,
    )
    url = f"http://127.0.0.1:{port}/Plone"
    try:
        wait_until_up(url)
        yield url, ("admin", password)
    finally:
        server.terminate()
        server.wait(timeout=60)
        log.close()


def wait_until_up(url, timeout=180):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        # A busy machine may take longer than the timeout for the first page.
        with contextlib.suppress(requests.ConnectionError, requests.Timeout):
            if requests.get(url, timeout=30).status_code == 200:
                return
        time.sleep(1)
    raise RuntimeError(f"{url} did not answer within {timeout} s")


def switch_off_http_caching(url, auth):
    """Render every request: the comparison is about the pages, not the cache."""
    requests.patch(
        f"{url}/@registry",
        headers={"Accept": "application/json"},
        auth=auth,
        timeout=30,
        json={"plone.caching.interfaces.ICacheSettings.enabled": False},
    ).raise_for_status()


def add_stock_document(url, auth):
    """A published Document carrying Workshop 3's title, description and text."""
    json = {"Accept": "application/json", "Content-Type": "application/json"}
    workshop = requests.get(f"{url}/{WORKSHOP}", headers=json, timeout=30).json()
    response = requests.post(
        url,
        headers=json,
        auth=auth,
        timeout=30,
        json={
            "@type": "Document",
            "id": DOCUMENT,
            "title": workshop["title"],
            "description": workshop["description"],
            "text": {"data": workshop["text"]["data"], "content-type": "text/html"},
        },
    )
    response.raise_for_status()
    # Published as every page is: submitted, then approved by both departments'
    # demo reviewers (two different people, docs/design.md §3).
    steps = (
        ("submit", auth),
        ("approve_social", ("pruefung-soziales", DEMO_PASSWORD)),
        ("approve_urban", ("pruefung-stadtentwicklung", DEMO_PASSWORD)),
    )
    for transition, who in steps:
        requests.post(
            f"{url}/{DOCUMENT}/@workflow/{transition}",
            headers=json,
            auth=who,
            timeout=30,
        ).raise_for_status()


def throughput(page_url, seconds, threads):
    """Successful anonymous GETs per second with `threads` clients."""
    counts = [0] * threads
    failures = []
    stop = time.monotonic() + seconds

    def client(index):
        with requests.Session() as session:
            while time.monotonic() < stop:
                response = session.get(page_url, timeout=60)
                if response.status_code != 200:
                    failures.append(response.status_code)
                    return
                counts[index] += 1

    workers = [threading.Thread(target=client, args=(i,)) for i in range(threads)]
    started = time.monotonic()
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    if failures:
        raise RuntimeError(f"{page_url} answered {failures[0]}")
    return sum(counts) / (time.monotonic() - started)


def measure(url, rounds, seconds, threads):
    pages = {"workshop": f"{url}/{WORKSHOP}", "document": f"{url}/{DOCUMENT}"}
    for page_url in pages.values():  # warm up templates and caches
        # One request first: on Python 3.11.7 a fresh instance failed
        # compiling workshop.pt in several threads at once (SystemError "AST
        # constructor recursion depth mismatch", cf. CPython gh-106905) and
        # answered 500.
        requests.get(page_url, timeout=60).raise_for_status()
        throughput(page_url, 2, threads)
    figures = {name: [] for name in pages}
    for round_number in range(rounds):
        # Alternate the order so neither page always runs first.
        order = list(pages) if round_number % 2 == 0 else list(reversed(pages))
        for name in order:
            figures[name].append(throughput(pages[name], seconds, threads))
        print(
            f"round {round_number + 1}: "
            + ", ".join(f"{name} {figures[name][-1]:6.1f} req/s" for name in pages),
            flush=True,
        )
    return figures


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--seconds", type=float, default=5)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument(
        "--without-navigation-portlet",
        action="store_true",
        help="remove Plone's navigation portlet from the site root first",
    )
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="rundtisch-bench-"))
    try:
        with instance(workdir, args.without_navigation_portlet) as (url, auth):
            switch_off_http_caching(url, auth)
            add_stock_document(url, auth)
            figures = measure(url, args.rounds, args.seconds, args.threads)
    except Exception:
        # The temporary directory goes away: show why the server failed.
        log = workdir / "server.log"
        if log.exists():
            print(log.read_text()[-6000:], file=sys.stderr)
        raise
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    workshop = statistics.median(figures["workshop"])
    document = statistics.median(figures["document"])
    print()
    print(f"median workshop page: {workshop:6.1f} req/s")
    print(f"median document page: {document:6.1f} req/s")
    print(f"ratio workshop/document: {workshop / document:.2f} (goal >= 1.00)")
    print(
        f"{args.rounds} interleaved rounds of {args.seconds:g} s, {args.threads} "
        f"client threads, anonymous, HTTP caching off; rerun: .venv/bin/python "
        f"benchmarks/workshop_page.py --rounds {args.rounds} --seconds {args.seconds:g} "
        f"--threads {args.threads}"
        + (" --without-navigation-portlet" if args.without_navigation_portlet else "")
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
