"""The organiser's desk with many sign-ups (issue 13).

1. Builds a throw-away instance like benchmarks/signups.py and seeds two
   workshops through the sign-up action: 50 and 5,000 sign-ups.
2. Median response time of the sign-up list (`@@anmeldungen`, logged in as
   the administrator) for both, in interleaved rounds; the ratio says how
   the list grows with the number of sign-ups.
3. One reminder run (`send_reminders`, as `make send-reminders` does) for
   all 5,050 participants, in seconds; the mails are written to the
   instance's mail folder (no SMTP_HOST) and counted there.
The list shows 100 sign-ups a page (search and CSV/XLSX cover all).

Run: .venv/bin/python benchmarks/desk.py   (PORT, default 8093; KEEP=1 keeps
the temporary instance)
"""

from pathlib import Path
from signups import create_instance
from signups import environment
from signups import remove_instance
from signups import ROOT
from signups import Server
from signups import SITE
from signups import zconsole

import json
import requests
import statistics
import sys
import tempfile
import time


SAMPLES = 15
ROUNDS = 3
ADMIN = ("admin", "admin")


def median_ms(url):
    requests.get(url, auth=ADMIN, timeout=120)  # warm the caches
    samples = []
    for _ in range(SAMPLES):
        started = time.perf_counter()
        response = requests.get(url, auth=ADMIN, timeout=120)
        samples.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    return statistics.median(samples)


def main():
    var = Path(tempfile.mkdtemp(prefix="rundtisch-desk-"))
    env = environment(var)
    try:
        create_instance(env)
        started = time.perf_counter()
        zconsole(env, ROOT / "benchmarks/desk_site.py", BENCH_STEP="setup")
        seeding = time.perf_counter() - started
        small, large = [], []
        with Server(env):
            for _ in range(ROUNDS):
                small.append(median_ms(f"{SITE}/fuenfzig/@@anmeldungen"))
                large.append(median_ms(f"{SITE}/fuenftausend/@@anmeldungen"))
        reminders = json.loads(
            zconsole(env, ROOT / "benchmarks/desk_site.py", BENCH_STEP="remind")
        )
        mails = sum(
            b"Subject: Erinnerung" in path.read_bytes()
            for path in (var / "mail").glob("*.eml")
        )
    finally:
        remove_instance(var)

    small_ms, large_ms = statistics.median(small), statistics.median(large)
    print(f"Seeding 5,050 sign-ups: {seeding:.0f} s")
    print(f"Sign-up list, median of {ROUNDS} rounds x {SAMPLES} requests:")
    print(f"  50 sign-ups     {small_ms:8.1f} ms   rounds: {[round(v) for v in small]}")
    print(f"  5,000 sign-ups  {large_ms:8.1f} ms   rounds: {[round(v) for v in large]}")
    print(f"  ratio 5,000 / 50: {large_ms / small_ms:.1f}")
    print(
        f"Reminder run: {reminders['sent']} reminders in {reminders['seconds']} s, "
        f"{mails} reminder mails written"
    )
    return 0 if reminders["sent"] == mails == 5050 else 1


if __name__ == "__main__":
    sys.exit(main())
