"""A real portal, a mail sink and Debian's Chromium for the end-to-end tests.

The portal is built the way `make start` builds it (instance/write_config.py,
`zconsole run ... scripts/create_site.py` with the demo content, runwsgi),
with its data in a temporary INSTANCE_VAR and on a free port. Its mails go to
an SMTP sink (aiosmtpd) on another free port. Screenshots, axe results and the
server log are kept under test-artifacts/e2e/.
"""

from aiosmtpd.controller import Controller
from email import message_from_bytes
from email import policy
from pathlib import Path
from playwright.sync_api import sync_playwright
from rundtisch.policy import site as portal_site

import json
import os
import pytest
import requests
import socket
import subprocess
import sys
import time


ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
ARTIFACTS = ROOT / "test-artifacts" / "e2e"
AXE_JS = ROOT / ".browser" / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = "/usr/bin/chromium"
# Without the networking flags Chromium keeps calling home, which this
# machine's closed network refuses.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    # The browser's own texts (form validation bubbles) in German, as on a
    # Dresden citizen's computer.
    "--lang=de-DE",
]
ADMIN_PASSWORD = "e2e-admin"
DEMO_PASSWORD = "demo1234"
VIEWPORTS = {
    "desktop": {"width": 1280, "height": 800},
    "mobile": {"width": 390, "height": 844},
}
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
STARTUP_TIMEOUT = 180


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class MailSink:
    """aiosmtpd handler that keeps every received message."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(
            message_from_bytes(envelope.content, policy=policy.default)
        )
        return "250 Message accepted for delivery"

    def wait_for(self, predicate, since=0, timeout=30):
        """The first message from index `since` on matching `predicate`,
        waiting for it to arrive."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for message in self.messages[since:]:
                if predicate(message):
                    return message
            time.sleep(0.2)
        subjects = [message["Subject"] for message in self.messages]
        raise AssertionError(f"No matching mail within {timeout}s; got {subjects}")


@pytest.fixture(scope="session")
def artifacts():
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
def mail_sink():
    sink = MailSink()
    controller = Controller(sink, hostname="127.0.0.1", port=free_port())
    controller.start()
    yield sink, controller.port
    controller.stop()


def wait_until_serving(url, server, log_file):
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(
                f"runwsgi exited with {server.returncode}; see {log_file}"
            )
        try:
            # The first view compiles templates: slow on a busy machine.
            if requests.get(url, timeout=30).status_code == 200:
                return
        except (requests.ConnectionError, requests.Timeout):
            pass
        time.sleep(1)
    raise RuntimeError(
        f"{url} did not answer within {STARTUP_TIMEOUT}s; see {log_file}"
    )


@pytest.fixture(scope="session")
def portal_url(tmp_path_factory, artifacts, mail_sink):
    """URL of a freshly created site with demo content, served by runwsgi."""
    port = free_port()
    # Its own configuration too: two test runs on one machine must not serve
    # each other's instance/etc.
    etc = tmp_path_factory.mktemp("instance-etc")
    env = dict(
        os.environ,
        INSTANCE_ETC=str(etc),
        INSTANCE_VAR=str(tmp_path_factory.mktemp("instance-var")),
        HOST="127.0.0.1",
        PORT=str(port),
        ADMIN_PASSWORD=ADMIN_PASSWORD,
        DEMO="1",
        DEMO_PASSWORD=DEMO_PASSWORD,
        TZ="Europe/Berlin",  # as the Makefile sets it for `make start`
        # Applied to the site by create-site (operations/environment/smtp.py), as an
        # operator would: the demo content's workflow mails reach the sink too.
        SMTP_HOST="127.0.0.1",
        SMTP_PORT=str(mail_sink[1]),
    )
    env.pop("DEBUG_MODE", None)
    env.pop("PUBLIC_URL", None)  # mails link to this server
    log_path = artifacts / "portal.log"
    with log_path.open("w") as log:
        subprocess.run(
            [BIN / "python", "instance/write_config.py"],
            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, check=True,
        )  # fmt: skip
        subprocess.run(
            [BIN / "zconsole", "run", etc / "zope.conf", "scripts/create_site.py"],
            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, check=True,
            timeout=600,
        )  # fmt: skip
        server = subprocess.Popen(
            [BIN / "runwsgi", etc / "zope.ini"],
            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        url = f"http://127.0.0.1:{port}/{portal_site.SITE_ID}"
        try:
            wait_until_serving(url, server, log_path)
            yield url
        finally:
            server.terminate()
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()


@pytest.fixture(scope="session")
def browser():
    if not AXE_JS.exists() or not Path(CHROMIUM).exists():
        pytest.fail("Browser tests need scripts/install-browser.sh (run by make test).")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=CHROMIUM_ARGS,
            headless=True,
            # On Linux Chromium takes its own texts' language from the
            # environment, not from --lang (German from Debian's
            # chromium-l10n, scripts/install-browser.sh).
            env=dict(os.environ, LANGUAGE="de", LANG="de_DE.UTF-8"),
        )
        yield chromium
        chromium.close()


@pytest.fixture
def new_page(browser):
    """Open pages in fresh browser contexts (own cookies) at a named viewport."""
    contexts = []

    def open_page(viewport="desktop"):
        context = browser.new_context(viewport=VIEWPORTS[viewport], locale="de-DE")
        context.set_default_timeout(30_000)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture
def screenshot(artifacts):
    def take(page, name):
        page.screenshot(path=artifacts / f"{name}.png", full_page=True)

    return take


@pytest.fixture
def axe(artifacts):
    """Run axe-core in the page; save the results; return the violations of
    the given impacts (serious and critical unless told; None: all)."""

    def check(page, name, impacts=("serious", "critical")):
        # Evaluated through the DevTools protocol: the portal's CSP refuses
        # inline <script> tags, which is what add_script_tag would insert.
        page.evaluate(AXE_JS.read_text(encoding="utf-8"))
        results = page.evaluate(
            "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})",
            AXE_TAGS,
        )
        (artifacts / f"axe-{name}.json").write_text(
            json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8"
        )
        return [
            {
                "id": violation["id"],
                "impact": violation["impact"],
                "help": violation["help"],
                "targets": [node["target"] for node in violation["nodes"]],
            }
            for violation in results["violations"]
            if impacts is None or violation["impact"] in impacts
        ]

    return check


@pytest.fixture
def login(portal_url):
    """Log in through Plone's login form, as a person would."""

    def log_in(page, user, password=DEMO_PASSWORD):
        page.goto(f"{portal_url}/login")
        page.fill("#__ac_name", user)
        page.fill("#__ac_password", password)
        page.click("[name$='buttons.login']")
        page.wait_for_selector("#personaltools-logout", state="attached")

    return log_in


@pytest.fixture
def admin_password():
    return ADMIN_PASSWORD
