"""@search for workshops by topic and date range, side by side with stock Events.

Builds a throw-away instance (its own INSTANCE_VAR in a temporary folder,
the given PORT), creates the site without demo content and fills it with
1,000 Workshops holding 5,000 Results, and 1,000 stock Events in a plain
folder. Then it serves the site and asks, as an anonymous reader, in turn:

    Workshop: portal_type=Workshop & topics=<t>  & start in <range>, sort_on=start
    Event:    portal_type=Event    & Subject=<t> & start in <range>, sort_on=start

both with the metadata a listing needs, and reports the median times and
their ratio. The queries alternate so that load from other processes on the
machine hits both alike.

    .venv/bin/python benchmarks/search.py [--rounds 200] [--port 8094] [--var DIR]

The same file is the zconsole script that fills the site (``--populate``).
"""

from datetime import datetime
from datetime import timedelta
from pathlib import Path

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request


WORKSHOPS = 1000
RESULTS_PER_WORKSHOP = 5
EVENTS = 1000
TOPICS = (
    "gruppenbegleitung",
    "inklusion",
    "wohnen_im_alter",
    "foerderung",
    "grundstuecke",
    "koordinierungsstelle",
    "stadtgesellschaft",
    "vernetzung",
)
FIRST_DAY = datetime(2022, 1, 3, 17, 0)
QUERY_TOPIC = "inklusion"
QUERY_RANGE = ("2023-01-01T00:00:00", "2024-12-31T23:59:59")
LISTING_FIELDS = ("start", "end", "location")


def event_fields(number):
    """Dates one day apart, two topics each: the same spread for both types."""
    start = FIRST_DAY + timedelta(days=number)
    topics = [TOPICS[number % len(TOPICS)], TOPICS[(number * 3 + 1) % len(TOPICS)]]
    return {
        "title": f"Veranstaltung {number}",
        "start": start,
        "end": start + timedelta(hours=2),
        "location": "Dresden",
    }, topics


def populate(app):
    """Create the site and the content (run inside zconsole)."""
    from plone import api
    from rundtisch.policy import site as portal_site
    from rundtisch.policy.testing import force_published as publish
    from Testing.makerequest import makerequest

    import pytz
    import transaction

    berlin = pytz.timezone("Europe/Berlin")
    app = makerequest(app)
    portal_site.ensure_admin(app, "admin")
    portal, _created = portal_site.create_site(app)

    def localized(fields):
        return dict(
            fields,
            start=berlin.localize(fields["start"]),
            end=berlin.localize(fields["end"]),
        )

    workshops = api.content.create(portal, "Folder", id="veranstaltungen")
    events = api.content.create(portal, "Folder", id="termine")
    publish(workshops)
    publish(events)
    for number in range(WORKSHOPS):
        fields, topics = event_fields(number)
        workshop = api.content.create(
            workshops,
            "Workshop",
            id=f"workshop-{number}",
            topics=topics,
            event_format="workshop",
            series_number=number + 1,
            **localized(fields),
        )
        publish(workshop)
        for kind_number in range(RESULTS_PER_WORKSHOP):
            result = api.content.create(
                workshop,
                "Result",
                id=f"ergebnis-{kind_number}",
                title=f"Ergebnis {number}.{kind_number}",
                result_kind="requirement",
                topics=topics,
            )
            publish(result)
        event = api.content.create(
            events, "Event", id=f"termin-{number}", subject=topics, **localized(fields)
        )
        publish(event)
        if number % 100 == 99:
            transaction.commit()
            print(f"{number + 1} workshops and events", file=sys.stderr)
    transaction.commit()


def search_url(base, portal_type, topic_index):
    query = [
        ("portal_type", portal_type),
        (topic_index, QUERY_TOPIC),
        ("start.query", QUERY_RANGE[0]),
        ("start.query", QUERY_RANGE[1]),
        ("start.range", "min:max"),
        ("sort_on", "start"),
        ("b_size", "25"),
    ] + [("metadata_fields", name) for name in LISTING_FIELDS + (topic_index,)]
    return base + "/@search?" + "&".join(f"{k}={v}" for k, v in query)


def timed_get(url):
    request = urllib.request.Request(url, headers={"Accept": "application/json"})
    began = time.perf_counter()
    with urllib.request.urlopen(request, timeout=60) as response:
        body = response.read()
    return time.perf_counter() - began, body


def wait_for(url, seconds=180):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            timed_get(url)
            return
        except OSError:
            time.sleep(1)
    sys.exit(f"The instance did not answer at {url}")


def switch_http_caching(base, enabled):
    """plone.app.caching keeps anonymous REST answers in its RAM cache; off,
    every request is searched and serialized (what this compares)."""
    import base64
    import json

    request = urllib.request.Request(
        base + "/@registry",
        method="PATCH",
        data=json.dumps(
            {"plone.caching.interfaces.ICacheSettings.enabled": enabled}
        ).encode(),
        headers={
            "Accept": "application/json",
            "Content-Type": "application/json",
            # The administrator populate() creates.
            "Authorization": "Basic " + base64.b64encode(b"admin:admin").decode(),
        },
    )
    urllib.request.urlopen(request, timeout=60).close()


def measure(base, rounds):
    import json

    urls = {
        "Workshop": search_url(base, "Workshop", "topics"),
        "Event": search_url(base, "Event", "Subject"),
    }
    totals = {}
    for name, url in urls.items():  # warm the caches, and check the answers
        _seconds, body = timed_get(url)
        totals[name] = json.loads(body)["items_total"]
    times = {name: [] for name in urls}
    for _round in range(rounds):
        for name, url in urls.items():
            times[name].append(timed_get(url)[0])
    return totals, {name: statistics.median(values) for name, values in times.items()}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--port", default=os.environ.get("PORT", "8094"))
    parser.add_argument(
        "--var", help="reuse the data of an earlier run (its INSTANCE_VAR)"
    )
    parser.add_argument(
        "--cached",
        action="store_true",
        help="leave plone.app.caching on (anonymous answers from its RAM cache)",
    )
    args = parser.parse_args()
    # Not at module level: zconsole runs this file without __file__.
    root = Path(__file__).resolve().parent.parent
    bin_ = root / ".venv" / "bin"
    var = args.var or tempfile.mkdtemp(prefix="rundtisch-bench-")
    # Its own configuration folder too: instance/etc belongs to `make start`.
    etc = Path(var) / "etc"
    environ = dict(
        os.environ,
        INSTANCE_VAR=var,
        INSTANCE_ETC=str(etc),
        PORT=args.port,
        ZOPE_THREADS="2",
    )
    subprocess.run(
        [bin_ / "python", root / "instance/write_config.py"], env=environ, check=True
    )
    conf = etc / "zope.conf"
    if not args.var:
        began = time.monotonic()
        subprocess.run(
            [bin_ / "zconsole", "run", conf, __file__, "--populate"],
            env=environ,
            check=True,
        )
        print(f"Content created in {time.monotonic() - began:.0f} s (data in {var})")
    server = subprocess.Popen(
        [bin_ / "runwsgi", etc / "zope.ini"],
        env=environ,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        base = f"http://127.0.0.1:{args.port}/Plone"
        wait_for(base + "/@search?b_size=1")
        switch_http_caching(base, args.cached)
        totals, medians = measure(base, args.rounds)
    finally:
        server.terminate()
        server.wait(timeout=60)
    print(
        f"{WORKSHOPS} Workshops with {WORKSHOPS * RESULTS_PER_WORKSHOP} Results, "
        f"{EVENTS} Events; {args.rounds} interleaved rounds, HTTP caching "
        + ("on" if args.cached else "off")
    )
    for name in ("Workshop", "Event"):
        print(
            f"  {name:9} hits {totals[name]:4}  median {medians[name] * 1000:7.1f} ms"
        )
    print(f"  ratio Workshop / Event: {medians['Workshop'] / medians['Event']:.2f}")


if __name__ == "__main__":
    if "--populate" in sys.argv:
        populate(globals()["app"])
    else:
        main()
