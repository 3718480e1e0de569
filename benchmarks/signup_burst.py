"""A burst of sign-ups for the last seats (issue 15), against a real instance.

Per round, 40 participants load the form of a fresh workshop with capacity 5
and waiting list, then all post it at the same moment. Reported per round
and over all rounds: the POSTs' response times (median, p95, max), error
pages, and the conflict retries the server made (benchmarks/conflict_log.py
in the throw-away instance's pipeline). A participant answered with an
error page sends the form again after the burst, so that the round can be
checked exactly: 5 confirmed, 35 waiting at places 1 to 35 each told once,
and, with the server stopped, 40 rows, counters and waiting list agreeing.

Run: .venv/bin/python benchmarks/signup_burst.py   (PORT, default 8093;
ZOPE_THREADS, default 16; ROUNDS, default 3; KEEP=1 keeps the instance)
"""

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from signups import create_instance
from signups import environment
from signups import form_data
from signups import python_path
from signups import remove_instance
from signups import Server
from signups import sign_up
from signups import SITE
from signups import zconsole

import conflict_log
import json
import os
import re
import requests
import statistics
import sys
import tempfile
import threading
import time


ROOT = Path(__file__).resolve().parent.parent
PARTICIPANTS = 40
CAPACITY = 5
ROUNDS = int(os.environ.get("ROUNDS", "3"))
AUTHENTICATOR = re.compile(r'name="_authenticator" value="([0-9a-f]+)"')
PLACE = re.compile(r"Warteliste[^<]*\(Platz (\d+)\)")


def outcome_of(response):
    if "Sie sind angemeldet." in response.text:
        return "confirmed", None
    match = PLACE.search(response.text)
    if match:
        return "waitlisted", int(match.group(1))
    return "failed", None


def burst(workshop):
    """40 forms loaded, then posted at once.

    Returns [(seconds, error page?, outcome, place)], outcome and place
    those of the form sent again after an error page."""
    url = f"{SITE}/{workshop}/anmeldung"
    sessions = [requests.Session() for _ in range(PARTICIPANTS)]
    tokens = [
        AUTHENTICATOR.search(session.get(url, timeout=300).text).group(1)
        for session in sessions
    ]
    barrier = threading.Barrier(PARTICIPANTS)

    def post(number):
        data = form_data(number, tokens[number])
        barrier.wait()
        started = time.perf_counter()
        response = sessions[number].post(url, data=data, timeout=300)
        outcome, place = outcome_of(response)
        return time.perf_counter() - started, outcome == "failed", outcome, place

    with ThreadPoolExecutor(max_workers=PARTICIPANTS) as pool:
        results = list(pool.map(post, range(PARTICIPANTS)))
    # Error pages: those participants send the form again, one after another.
    for number, (seconds, error_page, _outcome, _place) in enumerate(results):
        if error_page:
            page = sessions[number].get(url, timeout=300)
            data = form_data(number, AUTHENTICATOR.search(page.text).group(1))
            again = sessions[number].post(url, data=data, timeout=300)
            results[number] = (seconds, True, *outcome_of(again))
    return results


def p95(values):
    return statistics.quantiles(values, n=20, method="inclusive")[-1]


def check(results):
    """Answers exact: 5 confirmed, waiting places 1..35 each once."""
    confirmed = sum(1 for *_, outcome, _place in results if outcome == "confirmed")
    places = sorted(place for *_, outcome, place in results if outcome == "waitlisted")
    return confirmed == CAPACITY and places == list(
        range(1, PARTICIPANTS - CAPACITY + 1)
    )


def main():
    var = Path(tempfile.mkdtemp(prefix="rundtisch-burst-"))
    env = environment(var)
    env["PYTHONPATH"] = python_path(env)  # runwsgi loads conflict_log.py
    workshops = [f"burst{number}" for number in range(1, ROUNDS + 1)]
    rounds = []
    try:
        create_instance(env)
        conflict_log.add_to(var / "etc" / "zope.ini")
        zconsole(
            env,
            ROOT / "benchmarks/signups_site.py",
            BENCH_STEP="setup",
            BENCH_WORKSHOPS=",".join(["aufwaermen", *workshops]),
            BENCH_CAPACITY=str(CAPACITY),
        )
        with Server(env):
            # Compile the templates with one request first (see signups.py).
            assert sign_up(0, workshop="aufwaermen")[0] == "confirmed"
            for workshop in workshops:
                retries_before, errors_before, _ = conflict_log.read(var)
                results = burst(workshop)
                retries, errors, _ = conflict_log.read(var)
                rounds.append(
                    {
                        "seconds": [seconds for seconds, *_ in results],
                        "error_pages": sum(
                            1 for _s, error_page, *_ in results if error_page
                        ),
                        "retries": retries - retries_before,
                        "exact_answers": check(results),
                    }
                )
        stored = json.loads(
            zconsole(
                env,
                ROOT / "benchmarks/signups_site.py",
                BENCH_STEP="verify-all",
                BENCH_WORKSHOPS=",".join(workshops),
            )
        )
        _, _, conflict_lines = conflict_log.read(var)
    finally:
        remove_instance(var)

    print(
        f"{PARTICIPANTS} sign-ups posted at once, capacity {CAPACITY}, "
        f"{env['ZOPE_THREADS']} server threads, {ROUNDS} rounds"
    )
    ok = True
    for number, (figures, workshop) in enumerate(
        zip(rounds, workshops, strict=True), 1
    ):
        seconds = figures["seconds"]
        facts = stored[workshop]
        exact_rows = (
            facts["rows"] == facts["distinct_emails"] == PARTICIPANTS
            and facts["rows_by_status"]
            == {"confirmed": CAPACITY, "waitlisted": PARTICIPANTS - CAPACITY}
            and (facts["counters"]["confirmed"], facts["counters"]["waitlisted"])
            == (CAPACITY, PARTICIPANTS - CAPACITY)
            and facts["waiting_list"] == PARTICIPANTS - CAPACITY
        )
        exact = figures["exact_answers"] and exact_rows
        ok = ok and exact
        print(
            f"  round {number}: POST median {statistics.median(seconds):.2f} s, "
            f"p95 {p95(seconds):.2f} s, max {max(seconds):.2f} s, "
            f"error pages {figures['error_pages']}, "
            f"conflict retries {figures['retries']}, "
            f"{'exact' if exact else 'NOT EXACT'}"
        )
    all_seconds = [s for figures in rounds for s in figures["seconds"]]
    print(
        f"  all rounds: POST median {statistics.median(all_seconds):.2f} s, "
        f"p95 {p95(all_seconds):.2f} s, "
        f"error pages {sum(f['error_pages'] for f in rounds)}, "
        f"conflict retries {sum(f['retries'] for f in rounds)}"
    )
    classes = {}
    for line in conflict_lines:
        match = re.search(r"class ([\w.]+)", line)
        key = match.group(1) if match else line.split(" ", 3)[2]
        classes[key] = classes.get(key, 0) + 1
    if classes:
        print(f"  conflicts by class: {json.dumps(classes)}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
