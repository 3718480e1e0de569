"""Anonymous throughput direct vs through Varnish (proxy/varnish.vcl).

    .venv/bin/python benchmarks/proxy.py [--connections 16] [--seconds 5] [--rounds 5]

Starts a ZEO server, two WSGI instances on it (private ports, temporary
directories, the site with its demo content, CACHE_PROXIES set as `make
start` would) and two varnishd: one in front of instance A, one in front of
A and B (round robin). Then it alternates rounds of the same load against

- instance A directly (plone.app.caching's RAM cache, as without a proxy),
- Varnish in front of A,
- Varnish in front of A and B,

and prints requests per second per round, the medians and their ratios.
The load is `wrk` (Debian's package; a C load generator, so that the
generator is not the limit) with --connections keep-alive connections
asking in turn for the workshop listing and the upcoming workshop's page
(with its seat counts), "Accept-Encoding: gzip" as browsers send it.
Everything, the load generator included, shares the machine's CPUs.
"""

from pathlib import Path
from rounds import report_rounds

import argparse
import os
import re
import requests
import shutil
import subprocess
import sys
import tempfile


# The operations tests' process helpers (tests/server_processes.py).
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from server_processes import CachingProxy  # noqa: E402
from server_processes import zeo_clients  # noqa: E402


PAGES = ("/Plone/veranstaltungen", "/Plone/veranstaltungen/workshop-4")
WRK_SCRIPT = """
local paths = {%s}
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[counter %% #paths + 1])
end
"""
RATE = re.compile(r"Requests/sec:\s+([0-9.]+)")
ERRORS = re.compile(r"Non-2xx or 3xx responses: (\d+)")


def wrk(url, connections, seconds, script):
    result = subprocess.run(
        [
            "wrk",
            f"-t{min(2, connections)}",
            f"-c{connections}",
            f"-d{seconds}s",
            "-H",
            "Accept-Encoding: gzip",
            "-s",
            str(script),
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    errors = ERRORS.search(result.stdout)
    if errors:
        sys.exit(f"{url}: {errors.group(1)} error answers\n{result.stdout}")
    return float(RATE.search(result.stdout).group(1))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("wrk is missing: apt-get install wrk")
    if not CachingProxy.available():
        sys.exit("varnishd is missing: scripts/install-proxy.sh")

    base = Path(tempfile.mkdtemp(prefix="rundtisch-proxy-bench-"))
    script = base / "pages.lua"
    script.write_text(WRK_SCRIPT % ", ".join(f'"{page}"' for page in PAGES))
    proxy_one, proxy_two = CachingProxy(base / "p1"), CachingProxy(base / "p2")
    proxies = {"CACHE_PROXIES": f"{proxy_one.url},{proxy_two.url}"}
    try:
        with zeo_clients(base, proxies, demo=True) as (_server, (first, second)):
            proxy_one.start([first])
            proxy_two.start([first, second])
            targets = {
                "direct, one instance": first.url,
                "Varnish, one instance": proxy_one.url,
                "Varnish, two ZEO clients": proxy_two.url,
            }
            for url in targets.values():
                for page in PAGES:
                    requests.get(f"{url}{page}", timeout=60).raise_for_status()
                wrk(url, args.connections, 2, script)  # warm up
            results = {name: [] for name in targets}
            for number in range(args.rounds):
                # Alternate the order, so that no set-up always goes first.
                order = list(targets.items())
                if number % 2:
                    order.reverse()
                for name, url in order:
                    results[name].append(
                        wrk(url, args.connections, args.seconds, script)
                    )
            hits = proxy_one.counter("MAIN.cache_hit")
            misses = proxy_one.counter("MAIN.cache_miss")
    finally:
        proxy_one.stop()
        proxy_two.stop()
        shutil.rmtree(base, ignore_errors=True)
    report(results, args, hits, misses)


def report(results, args, hits, misses):
    print(
        f"Anonymous workshop listing + workshop page, wrk with "
        f"{args.connections} connections, {args.rounds} rounds of "
        f"{args.seconds} s each, {os.cpu_count()} CPUs"
    )
    medians = report_rounds(results, name_width=26, value_width=8)
    direct = medians["direct, one instance"]
    one = medians["Varnish, one instance"]
    two = medians["Varnish, two ZEO clients"]
    print(f"  ratio Varnish/direct: {one / direct:.1f}")
    print(f"  ratio two/one ZEO clients behind Varnish: {two / one:.2f}")
    print(f"  Varnish in front of one instance: {hits} hits, {misses} misses")


if __name__ == "__main__":
    main()
