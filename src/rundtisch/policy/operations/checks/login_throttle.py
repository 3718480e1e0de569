"""Slow down password guessing on every way in: a PAS plugin (docs/design.md §7).

Every password a request brings reaches Plone's PluggableAuthService as
credentials with `login` and `password`: the login form in whatever encoding
the browser posts it (PlonePAS's cookie extractor reads Zope's parsed form),
HTTP basic authentication (the http_auth extractor), and REST `@login`
(`acl_users.authenticate`). This plugin sits first among the authentication
plugins of the site's and of the Zope root's user folder, so it sees each of
them before any other plugin checks the password:

- after MAX_FAILURES_PER_LOGIN failures for one login name, or
  MAX_FAILURES_PER_ADDRESS from one client address, within WINDOW seconds,
  it refuses with `LoginThrottled` (429, `Retry-After`, German/English
  message, `views/throttled_view.py`), also for the right password;
- otherwise it asks the other authentication plugins (of its own user folder
  and the ones above, where the Zope user `admin` lives) whether the
  password is right, counts a failure, or clears the login's count on
  success; it never authenticates anyone itself. (PAS has no hook after a
  failed check, so a request with a password has it checked twice; only
  basic authentication sends one with every request, the rest of the
  portal's users carry signed tokens.)

Signed tokens (plone.session's `__ac` ticket, the JWT of plone.restapi)
carry no password and pass untouched: they cannot be guessed.

The client address is Zope's `request.getClientAddr()`: `X-Forwarded-For`
counts only when the peer is one of zope.conf's `trusted-proxy` entries
(TRUSTED_PROXIES, instance/write_config.py), so behind `make proxy` each
visitor has their own count and no one can forge one.

The counts live in the ZODB, in one OOBTree on the Zope root's plugin, so all
instances of a site (ZEO, RelStorage) and all sites of the Zope share them.
Each key (`login:<name>`, `address:<ip>`) holds a tuple of its last failure
times, counted by the portal's one sliding-window rule (rate_limit.py); BTrees resolve concurrent writes to different keys themselves, and a
write is committed in a transaction of its own (a failed basic
authentication ends in Unauthorized, whose transaction Zope aborts) and
retried on a conflict.

Our own, because nothing kept fits: Products.LoginLockout (0.5.0, for
Plone <= 6.0) installed on Plone 6.2 but did not lock an account in our
trial (docs/security.md).
"""

from Acquisition import aq_base
from Acquisition import aq_inner
from Acquisition import aq_parent
from BTrees.OOBTree import OOBTree
from hashlib import sha256
from Products.PluggableAuthService.interfaces.plugins import IAuthenticationPlugin
from Products.PluggableAuthService.plugins.BasePlugin import BasePlugin
from rundtisch.policy import logger
from rundtisch.policy.operations.checks import rate_limit
from zExceptions import HTTPTooManyRequests
from ZODB.POSException import ConflictError
from zope.annotation.interfaces import IAnnotations
from zope.globalrequest import getRequest
from zope.interface import implementer

import random
import time
import transaction


PLUGIN_ID = "rundtisch_login_throttle"
WINDOW = 15 * 60
MAX_FAILURES_PER_LOGIN = 10
MAX_FAILURES_PER_ADDRESS = 50
# Attempts of one write before it gives up (and logs): concurrent failures
# of one key conflict; BTrees resolve those of different keys.
WRITE_ATTEMPTS = 8
# One write in PURGE_EVERY also drops up to PURGE_BATCH expired keys.
PURGE_EVERY = 50
PURGE_BATCH = 500
# The exceptions PAS swallows from a plugin (PluggableAuthService's
# _SWALLOWABLE_PLUGIN_EXCEPTIONS): an authenticator raising one said "no".
SWALLOWED = (NameError, AttributeError, KeyError, TypeError, ValueError)
VERDICTS = "rundtisch.policy.login_throttle"


class LoginThrottled(HTTPTooManyRequests):
    """Too many failed logins: answered 429 by views/throttled_view.py."""

    def __init__(self, wait):
        super().__init__("Too many failed logins")
        self.wait = wait
        self.setHeader("Retry-After", str(wait))


def login_key(login):
    return f"login:{str(login).strip().lower()}"


def address_key(address):
    return f"address:{address}"


def client_address(request):
    """The client's address; X-Forwarded-For only from a trusted proxy
    (Zope's `trusted-proxy`, see the module docstring)."""
    try:
        return request.getClientAddr() or ""
    except AttributeError:
        return getattr(request, "environ", {}).get("REMOTE_ADDR", "")


def retry_after(tree, keys, now):
    """Seconds until `keys` [(key, limit)] may try again, 0 if they may now."""
    waits = [rate_limit.wait(tree, key, limit, now, WINDOW) for key, limit in keys]
    return int(max(waits)) + 1 if any(waits) else 0


def add_failure(tree, keys, now):
    for key, limit in keys:
        rate_limit.add_hit(tree, key, limit, now, WINDOW)
    if random.randrange(PURGE_EVERY) == 0:
        rate_limit.forget_expired(tree, now, WINDOW, batch=PURGE_BATCH)


@implementer(IAuthenticationPlugin)
class LoginThrottlePlugin(BasePlugin):
    """Counts and refuses password guesses (see the module docstring)."""

    meta_type = "Rundtisch Login Throttle"

    def __init__(self, id_=PLUGIN_ID, title="Anmeldeversuche begrenzen"):
        self.id = id_
        self.title = title
        self._failures = OOBTree()

    # IAuthenticationPlugin
    def authenticateCredentials(self, credentials):
        login = credentials.get("login")
        password = credentials.get("password")
        if login is None or password is None:
            return None
        request = getRequest() or getattr(self, "REQUEST", None)
        address = client_address(request) if request is not None else ""
        keys = [(login_key(login), MAX_FAILURES_PER_LOGIN)]
        if address:  # unknown only outside a web request (scripts, tests)
            keys.append((address_key(address), MAX_FAILURES_PER_ADDRESS))
        # One request meets the site's and the root's plugin, and PAS may
        # ask more than once: judge and count each password once.
        verdicts = self._verdicts(request)
        attempt = (keys[0][0], sha256(str(password).encode("utf-8")).hexdigest())
        if attempt not in verdicts:
            now = time.time()
            wait = retry_after(self._counting_plugin()._failures, keys, now)
            if wait:
                verdicts[attempt] = wait
            else:
                verdicts[attempt] = 0
                if self._password_is_right(credentials):
                    if keys[0][0] in self._counting_plugin()._failures:
                        self._write(lambda tree: tree.pop(keys[0][0], None))
                else:
                    self._write(lambda tree: add_failure(tree, keys, now))
        if verdicts[attempt]:
            logger.warning("Login throttled: %r from %s", str(login), address)
            raise LoginThrottled(verdicts[attempt])
        return None

    def _verdicts(self, request):
        if request is None:
            return {}
        try:
            return IAnnotations(request).setdefault(VERDICTS, {})
        except TypeError:
            return {}

    def _counting_plugin(self):
        """The plugin whose tree holds the counts: the Zope root's, if any."""
        try:
            root_folder = self.getPhysicalRoot().acl_users
        except AttributeError:
            return self
        root_plugin = getattr(aq_base(root_folder), PLUGIN_ID, None)
        return root_plugin if isinstance(root_plugin, LoginThrottlePlugin) else self

    def _password_is_right(self, credentials):
        """Does any other authentication plugin of this user folder, or of
        one above it, accept the credentials?"""
        for user_folder in self._user_folders():
            try:
                authenticators = user_folder.plugins.listPlugins(IAuthenticationPlugin)
            except SWALLOWED:
                continue
            for _id, authenticator in authenticators:
                if isinstance(aq_base(authenticator), LoginThrottlePlugin):
                    continue
                try:
                    found = authenticator.authenticateCredentials(dict(credentials))
                except SWALLOWED:
                    continue
                if found and found[0] is not None:
                    return True
        return False

    def _user_folders(self):
        user_folder = aq_parent(aq_inner(self))
        while user_folder is not None:
            if getattr(aq_base(user_folder), "plugins", None) is not None:
                yield user_folder
            container = aq_parent(aq_inner(aq_parent(aq_inner(user_folder))))
            if container is None:
                return
            user_folder = getattr(container, "acl_users", None)

    def _write(self, change):
        """Apply `change` to the counts and commit it at once, in a
        transaction of its own (see the module docstring)."""
        tree = self._counting_plugin()._failures
        jar = getattr(tree, "_p_jar", None)
        if jar is None:
            change(tree)  # not stored yet: in the caller's transaction
            return
        manager = transaction.TransactionManager()
        connection = jar.db().open(transaction_manager=manager)
        try:
            for _attempt in range(WRITE_ATTEMPTS):
                try:
                    manager.begin()
                    change(connection.get(tree._p_oid))
                    manager.commit()
                    return
                except ConflictError:
                    manager.abort()
                    time.sleep(random.random() / 20)
            logger.warning("Login throttle: a failed login was not counted")
        except Exception:
            manager.abort()
            logger.exception("Login throttle: the counts could not be written")
        finally:
            connection.close()


def install_in(user_folder):
    """Add the plugin to one PAS user folder and put it first; idempotent."""
    if getattr(aq_base(user_folder), "plugins", None) is None:
        return False  # not a PluggableAuthService
    if PLUGIN_ID not in user_folder.objectIds():
        user_folder._setObject(PLUGIN_ID, LoginThrottlePlugin())
    plugins = user_folder.plugins
    active = [id_ for id_, _plugin in plugins.listPlugins(IAuthenticationPlugin)]
    if PLUGIN_ID not in active:
        plugins.activatePlugin(IAuthenticationPlugin, PLUGIN_ID)
        active.append(PLUGIN_ID)
    if active[0] != PLUGIN_ID:
        plugins.movePluginsTop(IAuthenticationPlugin, [PLUGIN_ID])
    return True


def ignore_in_error_log(container):
    """A refused login is logged in one line above, not with a traceback in
    the error log (which an attacker would fill)."""
    error_log = getattr(aq_base(container), "error_log", None)
    if error_log is None:
        return
    error_log = container.error_log
    properties = error_log.getProperties()
    ignored = tuple(properties["ignored_exceptions"])
    if LoginThrottled.__name__ not in ignored:
        error_log.setProperties(
            properties["keep_entries"],
            properties["copy_to_zlog"],
            (*ignored, LoginThrottled.__name__),
        )


def install_login_throttle(portal):
    """Throttle logins into `portal` and into its Zope root (where `admin`
    lives); the root's plugin keeps the counts. Safe to run again: the
    default profile's post handler calls it, and so must the upgrade step
    of existing sites."""
    root = portal.getPhysicalRoot()
    for container in (root, portal):
        install_in(container.acl_users)
        ignore_in_error_log(container)
