"""Anonymous page throughput: one instance vs two ZEO clients, side by side.

    .venv/bin/python benchmarks/scale.py [--clients 8] [--seconds 5] [--rounds 5]

Starts a ZEO server and two WSGI instances on it (private ports, temporary
directories, no demo content), then alternates rounds against instance A
alone and against A and B in round robin (each client thread sticks to one
instance, as a load balancer with keep-alive connections would), with the
same number of client threads. Prints the median requests per second of
each set-up and their ratio. The pages are served as configured for the
portal, i.e. with plone.app.caching's RAM cache for anonymous views.
"""

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from rounds import report_rounds

import argparse
import os
import requests
import shutil
import sys
import tempfile
import time


# The operations tests' process helpers (tests/server_processes.py).
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from server_processes import zeo_clients  # noqa: E402


# Anonymous pages every site has: the front page and the sitemap.
PAGES = ("", "/sitemap")


def client_loop(base_url, deadline):
    """Request the pages in turn until `deadline`; return the number served."""
    served = 0
    with requests.Session() as session:
        while time.monotonic() < deadline:
            for page in PAGES:
                response = session.get(f"{base_url}{page}", timeout=30)
                response.raise_for_status()
                served += 1
    return served


def throughput(instances, clients, seconds):
    """Requests per second with `clients` threads spread over `instances`."""
    deadline = time.monotonic() + seconds
    urls = [instances[number % len(instances)].site_url for number in range(clients)]
    with ThreadPoolExecutor(clients) as pool:
        served = sum(pool.map(lambda url: client_loop(url, deadline), urls))
    return served / seconds


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=5)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    base = Path(tempfile.mkdtemp(prefix="rundtisch-scale-"))
    try:
        with zeo_clients(base) as (_server, (first, second)):
            # Warm both instances' caches before measuring.
            throughput([first, second], args.clients, 2)
            results = {"one instance": [], "two ZEO clients": []}
            for _round in range(args.rounds):
                results["one instance"].append(
                    throughput([first], args.clients, args.seconds)
                )
                results["two ZEO clients"].append(
                    throughput([first, second], args.clients, args.seconds)
                )
    finally:
        shutil.rmtree(base, ignore_errors=True)
    report(results, args, os.cpu_count())


def report(results, args, cpus):
    print(
        f"Anonymous pages, {args.clients} client threads, {args.rounds} rounds "
        f"of {args.seconds:g} s each, {cpus} CPUs"
    )
    medians = report_rounds(results, name_width=16, value_width=7)
    ratio = medians["two ZEO clients"] / medians["one instance"]
    print(f"  ratio two/one: {ratio:.2f}")


if __name__ == "__main__":
    main()
