"""The timed jobs run beside the running site (issue 24, docs/design.md §4).

The site is started by `make start` itself (its own port, INSTANCE_VAR and
INSTANCE_ETC, FileStorage: the storage a second process cannot open while
the server holds Data.fs.lock). While it serves, the README's cron lines run
as cron runs them (`/bin/sh -c`, cron's bare environment plus the variables
of the crontab): the reminders arrive as `.eml` files with the public
address, the purge deletes the sign-ups of a finished workshop, and the
instance configuration is byte-for-byte what it was. Anonymous and forged
calls of the two endpoints are refused.
"""

from datetime import datetime
from datetime import timedelta
from datetime import UTC
from email import message_from_bytes
from email import policy
from pathlib import Path
from server_processes import ADMIN
from server_processes import Instance
from server_processes import REPO
from server_processes import wait_for
from workshop_signups import call
from workshop_signups import counters
from workshop_signups import create_reviewers
from workshop_signups import publish_workshop
from workshop_signups import saved_sign_ups
from workshop_signups import sign_up

import os
import pytest
import re
import requests
import signal
import stat
import subprocess


CHECKOUT = "/srv/rundtisch"  # the checkout in the README's cron lines


def readme_crontab():
    """(variables, commands) of the ```cron block in README.md."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    (block,) = re.findall(r"```cron\n(.*?)```", readme, re.S)
    variables, commands = {}, {}
    for line in block.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if re.match(r"[A-Z_]+=", line):
            name, value = line.split("=", 1)
            variables[name] = value
            continue
        command = line.split(None, 5)[5]
        commands[command.split()[-1]] = command
    return variables, commands


def files(folder):
    return {
        path.relative_to(folder): path.read_bytes()
        for path in sorted(Path(folder).rglob("*"))
        if path.is_file()
    }


def eml(instance, subject_start):
    messages = [
        message_from_bytes(path.read_bytes(), policy=policy.default)
        for path in sorted((instance.var / "mail").glob("*.eml"))
    ]
    return [m for m in messages if m["Subject"].startswith(subject_start)]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """`make start` on a free port with its own instance folders."""
    instance = Instance(tmp_path_factory.mktemp("jobs"), "portal", {})
    instance.log = open(instance.var.parent / "make-start.log", "w")
    process = subprocess.Popen(
        ["make", "start"],
        cwd=REPO,
        env=instance.environ,
        stdout=instance.log,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # make and its runwsgi: one group to stop
    )

    def serving():
        assert process.poll() is None, instance.var.parent / "make-start.log"
        try:
            return requests.get(f"{instance.url}/@@health", timeout=30).ok
        except requests.RequestException:
            return False

    instance.stop_make = lambda: stop(process)
    try:
        wait_for(serving, 300, "make start")
        yield instance
    finally:
        stop(process)
        instance.log.close()


def stop(process):
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=60)


def run_cron_line(instance, job):
    """One of the README's cron lines, as cron runs it for this instance."""
    variables, commands = readme_crontab()
    environ = {
        "PATH": "/usr/bin:/bin",
        "SHELL": "/bin/sh",
        "HOME": os.environ.get("HOME", "/root"),
        "LOGNAME": os.environ.get("LOGNAME", "root"),
        **variables,
        # What the README says a site on its own port and folders adds.
        **{
            name: instance.environ[name]
            for name in ("PORT", "INSTANCE_VAR", "INSTANCE_ETC")
        },
    }
    return subprocess.run(
        ["/bin/sh", "-c", commands[job].replace(CHECKOUT, str(REPO))],
        env=environ,
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_the_readme_has_a_cron_line_for_each_job():
    variables, commands = readme_crontab()
    assert set(commands) == {"send-reminders", "purge-registrations"}
    assert all(
        command.startswith(f"cd {CHECKOUT} && make ") for command in commands.values()
    )
    assert variables["PUBLIC_URL"].startswith("https://")


def test_the_jobs_token_is_for_the_operator_only(site):
    token = site.var / "jobs-token"
    assert stat.S_IMODE(token.stat().st_mode) == 0o600
    assert len(token.read_text().strip()) >= 40


def test_anonymous_and_forged_calls_are_refused(site):
    for job in ("send-reminders", "purge-registrations"):
        url = f"{site.site_url}/@@{job}"
        assert requests.post(url, timeout=60).status_code == 401
        forged = requests.post(url, headers={"X-Jobs-Token": "geraten"}, timeout=60)
        assert forged.status_code == 403
        # Plone's administrator, but a POST without the CSRF authenticator
        # (a page on another site could make a browser send it).
        assert requests.post(url, auth=ADMIN, timeout=60).status_code == 403
        token = (site.var / "jobs-token").read_text().strip()
        get = requests.get(url, headers={"X-Jobs-Token": token}, timeout=60)
        assert get.status_code == 405
    assert not eml(site, "Erinnerung")


def test_the_readme_cron_lines_run_while_make_start_serves(site):
    variables, _commands = readme_crontab()
    public = variables["PUBLIC_URL"]
    create_reviewers(site)
    call(
        "PATCH",
        f"{site.site_url}/@registry",
        json={"rundtisch.policy.retention_days": 0},
    )
    tomorrow = datetime.now(UTC).replace(microsecond=0) + timedelta(days=1)
    publish_workshop(
        site,
        "morgen",
        capacity=5,
        start=tomorrow.isoformat(),
        end=(tomorrow + timedelta(hours=2)).isoformat(),
    )
    # Ends in two minutes: then its sign-ups are past a retention of 0 days.
    soon = datetime.now(UTC).replace(microsecond=0) + timedelta(seconds=100)
    publish_workshop(
        site,
        "gleich",
        capacity=5,
        start=soon.isoformat(),
        end=(soon + timedelta(seconds=20)).isoformat(),
    )
    assert sign_up(site, "morgen", "erika@example.org") == "confirmed"
    assert sign_up(site, "gleich", "paul@example.org") == "confirmed"
    configuration = files(site.etc), files(REPO / "instance" / "etc")

    result = run_cron_line(site, "send-reminders")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "LockError" not in result.stderr
    reminders = {m["To"]: m for m in eml(site, "Erinnerung")}
    assert set(reminders) == {"erika@example.org", "paul@example.org"}
    body = reminders["erika@example.org"].get_body(("plain",)).get_content()
    assert f"{public}/morgen/anmeldung/@@abmelden?token=" in body
    assert "127.0.0.1" not in body
    again = run_cron_line(site, "send-reminders")
    assert again.returncode == 0, again.stderr
    assert len(eml(site, "Erinnerung")) == 2, "nobody is reminded twice"

    wait_for(lambda: datetime.now(UTC) > soon + timedelta(seconds=25), 180, "the end")
    result = run_cron_line(site, "purge-registrations")
    assert result.returncode == 0, result.stdout + result.stderr
    assert saved_sign_ups(site, "gleich") == ({}, 0)
    assert counters(site, "gleich") == (1, 0), "the counts stay"
    assert saved_sign_ups(site, "morgen") == ({"erika@example.org": "confirmed"}, 1)

    assert requests.get(f"{site.url}/@@health", timeout=30).status_code == 200
    assert (files(site.etc), files(REPO / "instance" / "etc")) == configuration


def test_without_a_running_site_the_jobs_open_the_database(site):
    """After the server has stopped: the fallback, same configuration."""
    configuration = files(site.etc), files(REPO / "instance" / "etc")
    site.stop_make()
    before = len(eml(site, "Erinnerung"))
    result = run_cron_line(site, "send-reminders")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "runs on the database" in result.stderr
    assert "Sent 0 reminder(s)." in result.stderr
    result = run_cron_line(site, "purge-registrations")
    assert result.returncode == 0, result.stdout + result.stderr
    assert len(eml(site, "Erinnerung")) == before
    assert (files(site.etc), files(REPO / "instance" / "etc")) == configuration
