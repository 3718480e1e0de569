"""Run a timed job by asking the running site; `make send-reminders` and
`make purge-registrations` call it (cron lines in README.md).

    python scripts/timed_job.py send-reminders | purge-registrations

It POSTs ``@@<job>`` to the instance at HOST:PORT (what `make start`
serves), with the token of ``$JOBS_TOKEN`` or ``$INSTANCE_VAR/jobs-token``
in the ``X-Jobs-Token`` header (rundtisch.policy.registration.jobs.views). With
PUBLIC_URL set, the request goes through Zope's virtual hosting, so the links
in the mails carry the public address. Only when nothing listens there does
it open the database itself (`zconsole run` with the existing
``$INSTANCE_ETC/zope.conf`` and scripts/send_reminders.py or
scripts/purge_registrations.py). It never writes the instance configuration.

Exit status 0 when the job ran, 1 otherwise (refused, server error, no
configuration for the fallback), so cron mails the operator.
"""

from pathlib import Path
from rundtisch.policy.operations.environment.public_url import local_url

import json
import os
import subprocess
import sys
import urllib.error
import urllib.request


REPO = Path(__file__).resolve().parents[1]
JOBS = {
    "send-reminders": "scripts/send_reminders.py",
    "purge-registrations": "scripts/purge_registrations.py",
}
# Reminders for a big workshop are many mails; the site answers when done.
TIMEOUT = 1800


def instance_path(variable, default):
    return (REPO / os.environ.get(variable, default)).resolve()


def token():
    value = os.environ.get("JOBS_TOKEN", "").strip()
    if value:
        return value
    path = instance_path("INSTANCE_VAR", "instance/var") / "jobs-token"
    try:
        return path.read_text(encoding="ascii").strip()
    except OSError:
        sys.exit(
            f"No jobs token: {path} is missing (`make start` creates it) and "
            "JOBS_TOKEN is not set."
        )


def ask_the_site(job):
    """The site's JSON answer, or None when no site listens at HOST:PORT."""
    url = local_url(os.environ.get("SITE_ID", "Plone"), f"@@{job}")
    request = urllib.request.Request(
        url,
        data=b"",
        method="POST",
        headers={"X-Jobs-Token": token(), "Accept": "application/json"},
    )
    try:
        # Straight to the instance, never through an HTTP proxy of the environment.
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        with opener.open(request, timeout=TIMEOUT) as response:
            return json.load(response)
    except urllib.error.HTTPError as error:
        sys.exit(f"{url} answered {error.code}: {error.read()[:500].decode()}")
    except urllib.error.URLError as error:
        if isinstance(error.reason, ConnectionRefusedError):
            return None
        sys.exit(f"{url}: {error.reason}")


def run_in_the_database(job):
    """No site serves: run the job's script on the storage itself."""
    config = instance_path("INSTANCE_ETC", "instance/etc") / "zope.conf"
    if not config.exists():
        sys.exit(
            f"No site answers and {config} does not exist: start the site "
            "once with `make start` (or write the configuration with `make "
            "instance`)."
        )
    zconsole = Path(sys.executable).parent / "zconsole"
    result = subprocess.run(
        [str(zconsole), "run", str(config), JOBS[job]], cwd=REPO, check=False
    )
    return result.returncode


def main(argv):
    if len(argv) != 2 or argv[1] not in JOBS:
        sys.exit(f"usage: {argv[0]} {' | '.join(JOBS)}")
    job = argv[1]
    answer = ask_the_site(job)
    if answer is None:
        print(f"No site answers; {job} runs on the database.", file=sys.stderr)
        return run_in_the_database(job)
    print(f"{job}: {json.dumps(answer, ensure_ascii=False)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
