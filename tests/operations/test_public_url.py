"""The scripts run by cron put the portal's public address into their mails.

`make send-reminders` runs outside the web server (`zconsole run`); its
request is made by operations/environment/public_url.py from PUBLIC_URL, or from HOST
and PORT as `make start` serves the site.
"""

from Acquisition import aq_base
from datetime import datetime
from datetime import timedelta
from email import message_from_bytes
from email import policy
from plone import api
from Products.SiteAccess.VirtualHostMonster import VirtualHostMonster
from rundtisch.policy.operations.environment.public_url import local_url
from rundtisch.policy.operations.environment.public_url import public_app
from server_processes import BIN
from server_processes import Instance
from server_processes import REPO
from server_processes import running
from server_processes import SITE_ID
from urllib.parse import urlsplit
from workshop_signups import create_reviewers
from workshop_signups import publish_workshop
from workshop_signups import sign_up

import pytest
import requests
import subprocess
import transaction


@pytest.fixture
def portal(portal):
    with api.env.adopt_roles(["Manager"]):
        api.content.create(portal, "Document", id="aktuell", title="Aktuell")
    return portal


def site_urls(portal, environ):
    app = public_app(aq_base(portal.aq_parent), portal.getId(), environ)
    site = app[portal.getId()]
    return site.absolute_url(), site["aktuell"].absolute_url()


def test_the_site_at_the_root_of_its_public_host(portal):
    environ = {"PUBLIC_URL": "https://wohnen.dresden.example"}
    assert site_urls(portal, environ) == (
        "https://wohnen.dresden.example",
        "https://wohnen.dresden.example/aktuell",
    )


def test_the_site_below_a_path_of_its_public_host(portal):
    environ = {"PUBLIC_URL": "https://www.dresden.example:8443/wohnen/"}
    assert site_urls(portal, environ) == (
        "https://www.dresden.example:8443/wohnen",
        "https://www.dresden.example:8443/wohnen/aktuell",
    )


def test_without_public_url_the_address_make_start_serves(portal):
    site_id = portal.getId()
    assert site_urls(portal, {"HOST": "10.0.0.5", "PORT": "8081"}) == (
        f"http://10.0.0.5:8081/{site_id}",
        f"http://10.0.0.5:8081/{site_id}/aktuell",
    )
    assert site_urls(portal, {})[0] == f"http://127.0.0.1:8080/{site_id}"


def reminder_mails(instance):
    mails = sorted((instance.var / "mail").glob("*.eml"))
    messages = [
        message_from_bytes(m.read_bytes(), policy=policy.default) for m in mails
    ]
    return [m for m in messages if m["Subject"].startswith("Erinnerung")]


def test_make_send_reminders_links_to_the_public_address(tmp_path):
    instance = Instance(tmp_path, "portal", {})
    instance.create_site()
    start = datetime.now().replace(microsecond=0) + timedelta(days=1)
    with running([instance]):
        create_reviewers(instance)
        publish_workshop(
            instance,
            "morgen",
            capacity=5,
            start=start.isoformat(),
            end=(start + timedelta(hours=2)).isoformat(),
        )
        assert sign_up(instance, "morgen", "erika@example.org") == "confirmed"
    # What `make send-reminders` runs, once the server has let go of Data.fs.
    subprocess.run(
        [BIN / "zconsole", "run", instance.etc / "zope.conf", "scripts/send_reminders.py"],
        cwd=REPO,
        env=dict(instance.environ, PUBLIC_URL="https://wohnen.dresden.example"),
        check=True,
        capture_output=True,
    )  # fmt: skip
    [reminder] = reminder_mails(instance)
    body = reminder.get_body(("plain",)).get_content()
    assert "https://wohnen.dresden.example/morgen" in body
    assert "https://wohnen.dresden.example/morgen/anmeldung/@@abmelden?token=" in body
    assert "nohost" not in body and f"/{SITE_ID}/" not in body
    calendar = next(reminder.iter_attachments()).get_content()
    calendar = calendar.decode() if isinstance(calendar, bytes) else calendar
    assert "URL:https://wohnen.dresden.example/morgen\r\n" in calendar


def test_the_jobs_ask_the_instance_at_host_and_port():
    environ = {"HOST": "127.0.0.1", "PORT": "8081"}
    assert (
        local_url("Plone", "@@send-reminders", environ)
        == "http://127.0.0.1:8081/Plone/@@send-reminders"
    )


@pytest.mark.parametrize(
    "public", ["https://wohnen.dresden.example", "https://www.dresden.example/wohnen"]
)
def test_through_virtual_hosting_the_site_links_its_public_address(
    functional_portal, public
):
    """The address `make send-reminders` asks with PUBLIC_URL set: the site
    answers it with links to its public address."""
    # What Zope adds to the root of every real instance at start-up
    # (OFS.Application.AppInitializer.install_virtual_hosting).
    app = functional_portal.aq_parent
    if "virtual_hosting" not in app.objectIds():
        monster = VirtualHostMonster()
        monster.id = "virtual_hosting"
        monster.addToContainer(app)
        transaction.commit()
    address = urlsplit(functional_portal.absolute_url())
    environ = {"HOST": address.hostname, "PORT": str(address.port)}
    url = local_url(functional_portal.getId(), "", {**environ, "PUBLIC_URL": public})
    assert url.startswith(f"http://{address.hostname}:{address.port}/VirtualHostBase/")
    page = requests.get(url, timeout=60)
    assert page.status_code == 200
    assert f'href="{public}/' in page.text or f'href="{public}"' in page.text
    assert f'href="{functional_portal.absolute_url()}' not in page.text
