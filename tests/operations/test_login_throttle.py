"""Password guessing is stopped on every way in (issues 12 and 28).

Two instances on one ZEO server, built as `make zeo`, `make create-site` and
`make start` build them, and Varnish with proxy/varnish.vcl in front
(`make proxy`). Each test is a client with its own loopback address (Linux
routes all of 127.0.0.0/8 to itself): the instances trust only 127.0.0.1,
the proxy, for X-Forwarded-For (TRUSTED_PROXIES' default), so every test
counts as its own visitor, as real visitors do behind the proxy.
"""

from pathlib import Path
from Products.PluggableAuthService.interfaces.plugins import IAuthenticationPlugin
from requests.adapters import HTTPAdapter
from rundtisch.policy.operations.checks.login_throttle import add_failure
from rundtisch.policy.operations.checks.login_throttle import install_login_throttle
from rundtisch.policy.operations.checks.login_throttle import LoginThrottlePlugin
from rundtisch.policy.operations.checks.login_throttle import MAX_FAILURES_PER_ADDRESS
from rundtisch.policy.operations.checks.login_throttle import MAX_FAILURES_PER_LOGIN
from rundtisch.policy.operations.checks.login_throttle import PLUGIN_ID
from rundtisch.policy.operations.checks.login_throttle import retry_after
from rundtisch.policy.operations.checks.login_throttle import WINDOW
from server_processes import ADMIN
from server_processes import CachingProxy
from server_processes import zeo_clients
from test_caching_proxy import install_varnish

import json
import pickle
import pytest
import requests


PASSWORD = "richtig-und-lang-2026"
USERS = (
    "formular",
    "basis",
    "rest",
    "geteilt",
    "erfolg",
    "opfer",
    "nachbar",
    "nur-zeo-b",
)


class SourceAddress(HTTPAdapter):
    """Connect from `address` instead of 127.0.0.1."""

    def __init__(self, address):
        self.address = address
        super().__init__()

    def init_poolmanager(self, *args, **kwargs):
        kwargs["source_address"] = (self.address, 0)
        super().init_poolmanager(*args, **kwargs)


def visitor(address):
    """A client of its own: its own address, no cookies."""
    session = requests.Session()
    session.mount("http://", SourceAddress(address))
    return session


@pytest.fixture(scope="module")
def instances(tmp_path_factory):
    """(instance a, instance b, proxy in front of a), users in USERS."""
    install_varnish()
    base = Path(tmp_path_factory.mktemp("throttle"))
    proxy = CachingProxy(base)
    with zeo_clients(base) as (_server, (first, second)):
        for username in USERS:
            requests.post(
                f"{first.site_url}/@users",
                json={
                    "username": username,
                    "email": f"{username}@example.org",
                    "password": PASSWORD,
                },
                headers={"Accept": "application/json"},
                auth=ADMIN,
                timeout=60,
            ).raise_for_status()
        proxy.start([first])
        try:
            yield first, second, proxy
        finally:
            proxy.stop()


def form_login(client, url, login, password):
    """The login form as a browser posts it: multipart/form-data."""
    fields = {
        "__ac_name": login,
        "__ac_password": password,
        "came_from": "",
        "buttons.login": "Anmelden",
    }
    return client.post(
        f"{url}/login",
        files={name: (None, value) for name, value in fields.items()},
        allow_redirects=False,
        timeout=60,
    )


def rest_login(client, url, login, password, content_type="application/json"):
    return client.post(
        f"{url}/@login",
        data=json.dumps({"login": login, "password": password}),
        headers={"Accept": "application/json", "Content-Type": content_type},
        timeout=60,
    )


def basic_auth(client, url, login, password):
    return client.get(
        f"{url}/@users/{login}",
        headers={"Accept": "application/json"},
        auth=(login, password),
        timeout=60,
    )


def assert_throttled(response):
    assert response.status_code == 429, response.text[:300]
    assert 0 < int(response.headers["Retry-After"]) <= WINDOW + 1
    assert "Zu viele fehlgeschlagene Anmeldeversuche" in response.text
    assert "Too many failed logins" in response.text
    assert "Content-Security-Policy" in response.headers


def test_wrong_passwords_in_the_multipart_login_form_lock_the_login(instances):
    first, _second, _proxy = instances
    client = visitor("127.0.0.11")
    for _ in range(MAX_FAILURES_PER_LOGIN):
        answer = form_login(client, first.site_url, "formular", "falsch")
        assert answer.status_code == 200
        assert "__ac" not in answer.cookies
    assert_throttled(form_login(client, first.site_url, "formular", PASSWORD))
    # The lock is the login's: another account from the same address may
    # still log in.
    answer = form_login(client, first.site_url, "erfolg", PASSWORD)
    assert answer.status_code == 302 and answer.cookies.get("__ac")


def test_the_status_message_cookie_is_http_only(instances):
    """Issue 28: Products.statusmessages' cookie had neither flag."""
    first, _second, _proxy = instances
    answer = visitor("127.0.0.12").post(
        f"{first.site_url}/mail_password",
        data={"__ac_name": "niemand"},
        allow_redirects=False,
        timeout=60,
    )
    (cookie,) = [
        value
        for name, value in answer.raw.headers.items()
        if name.lower() == "set-cookie" and value.startswith("statusmessages=")
    ]
    assert "; HttpOnly" in cookie and "; SameSite=Lax" in cookie


def test_basic_auth_guesses_are_throttled(instances):
    """30 wrong guesses answered 401 each, and then the right one 200: an
    oracle. Now the right password after ten wrong ones is refused."""
    first, _second, _proxy = instances
    client = visitor("127.0.0.13")
    for _ in range(MAX_FAILURES_PER_LOGIN):
        assert basic_auth(client, first.site_url, "basis", "falsch").status_code == 401
    assert_throttled(basic_auth(client, first.site_url, "basis", PASSWORD))


def test_rest_login_with_any_content_type_is_throttled(instances):
    first, _second, _proxy = instances
    client = visitor("127.0.0.15")
    kinds = ["application/json", "Application/JSON", "text/plain", ""]
    for number in range(MAX_FAILURES_PER_LOGIN):
        kind = kinds[number % len(kinds)]
        answer = rest_login(client, first.site_url, "rest", "falsch", kind)
        assert answer.status_code == 401, kind
    answer = rest_login(client, first.site_url, "rest", PASSWORD)
    assert_throttled(answer)
    assert answer.json()["error"]["type"] == "TooManyRequests"


@pytest.mark.parametrize(
    "body",
    [
        {"login": 5},
        {"login": 5, "password": "x"},
        {"login": ["rest"], "password": "x"},
        {"login": {"a": 1}, "password": 1},
        {"login": None, "password": None},
    ],
)
def test_odd_rest_logins_answer_in_kind_with_the_security_headers(instances, body):
    first, _second, _proxy = instances
    answer = visitor("127.0.0.16").post(
        f"{first.site_url}/@login",
        data=json.dumps(body),
        headers={"Accept": "application/json", "Content-Type": "application/json"},
        timeout=60,
    )
    assert 400 <= answer.status_code < 500, answer.text[:300]
    assert "Content-Security-Policy" in answer.headers


def test_a_success_clears_the_count(instances):
    first, _second, _proxy = instances
    client = visitor("127.0.0.17")
    for _round in range(2):
        for _ in range(MAX_FAILURES_PER_LOGIN - 1):
            rest_login(client, first.site_url, "erfolg", "falsch")
        assert rest_login(client, first.site_url, "erfolg", PASSWORD).status_code == 200


def test_all_instances_share_the_count(instances):
    """Failures on instance a lock the login on instance b (one ZEO)."""
    first, second, _proxy = instances
    client = visitor("127.0.0.18")
    for number in range(MAX_FAILURES_PER_LOGIN):
        instance = (first, second)[number % 2]
        assert rest_login(client, instance.site_url, "geteilt", "x").status_code == 401
    assert_throttled(rest_login(client, second.site_url, "geteilt", PASSWORD))
    assert_throttled(basic_auth(client, first.site_url, "geteilt", PASSWORD))
    assert rest_login(client, second.site_url, "nur-zeo-b", PASSWORD).status_code == 200


def test_behind_the_proxy_one_guesser_locks_out_nobody_else(instances):
    """Through Varnish every request comes from the proxy's address; the
    instances take the visitor's from X-Forwarded-For, which only the
    trusted proxy may set: the guesser forging the victim's address in it
    still counts as themselves."""
    _first, _second, proxy = instances
    site = f"{proxy.url}/Plone"
    guesser, victim = visitor("127.0.0.21"), visitor("127.0.0.22")
    forged = {"X-Forwarded-For": "127.0.0.22"}
    guesser.headers.update(forged)
    for number in range(MAX_FAILURES_PER_ADDRESS):
        answer = form_login(guesser, site, f"niemand-{number}", "falsch")
        assert answer.status_code == 200, number
    assert_throttled(rest_login(guesser, site, "opfer", PASSWORD))
    assert rest_login(victim, site, "opfer", PASSWORD).status_code == 200
    assert form_login(victim, site, "nachbar", PASSWORD).status_code == 302


def test_the_admin_of_the_zope_root_is_throttled_too(instances):
    """`admin` lives in the Zope root's user folder; guesses through the
    site and at the root count together."""
    first, _second, _proxy = instances
    client = visitor("127.0.0.23")
    for number in range(MAX_FAILURES_PER_LOGIN):
        url = (first.site_url, first.url)[number % 2]
        client.get(f"{url}/manage_main", auth=(ADMIN[0], "falsch"), timeout=60)
    assert_throttled(client.get(f"{first.url}/manage_main", auth=ADMIN, timeout=60))
    assert_throttled(rest_login(client, first.site_url, *ADMIN))


def test_the_count_forgets_failures_after_the_window():
    tree = {}
    keys = [("login:erika", MAX_FAILURES_PER_LOGIN)]
    for second in range(MAX_FAILURES_PER_LOGIN + 5):
        add_failure(tree, keys, 1000.0 + second)
    assert len(tree["login:erika"]) == MAX_FAILURES_PER_LOGIN, "bounded"
    # The oldest of the last ten failures (at 1005) leaves the window at 1905.
    assert retry_after(tree, keys, 1014.5) == int(1905 - 1014.5) + 1
    assert retry_after(tree, keys, 1904.5) == 1
    assert retry_after(tree, keys, 1905.5) == 0


def authenticators(user_folder):
    return [id_ for id_, _ in user_folder.plugins.listPlugins(IAuthenticationPlugin)]


def test_the_plugin_is_first_in_the_sites_and_the_roots_user_folder(portal):
    """What the default profile's post handler installs, and what the
    upgrade to 1011 calls for existing sites: again and again the same."""
    root_users = portal.getPhysicalRoot().acl_users
    root_users.plugins.movePluginsDown(IAuthenticationPlugin, [PLUGIN_ID])
    portal.acl_users.manage_delObjects([PLUGIN_ID])
    for _ in range(2):
        install_login_throttle(portal)
        for user_folder in (portal.acl_users, root_users):
            assert authenticators(user_folder)[0] == PLUGIN_ID
            assert authenticators(user_folder).count(PLUGIN_ID) == 1
    ignored = portal.error_log.getProperties()["ignored_exceptions"]
    assert ignored.count("LoginThrottled") == 1, "logged in one line"


def test_a_plugin_stored_under_the_old_module_path_still_loads():
    """Sites made before operations/ had sub-packages keep the plugin pickled
    as rundtisch.policy.operations.login_throttle.LoginThrottlePlugin; the
    ZODB looks the class up there, as pickle does."""
    stored = pickle.dumps(
        LoginThrottlePlugin(),
        protocol=3,  # the ZODB's pickle protocol
    ).replace(
        b"rundtisch.policy.operations.checks.login_throttle",
        b"rundtisch.policy.operations.login_throttle",
    )
    assert b"operations.checks" not in stored
    assert type(pickle.loads(stored)) is LoginThrottlePlugin
