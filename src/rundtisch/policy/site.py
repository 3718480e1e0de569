"""Create and update the portal site; used by `make create-site` and `make start`.

The code lives in the package (not in the script) so that the tests prove
exactly what the Makefile runs.
"""

from AccessControl.SecurityManagement import newSecurityManager
from plone import api
from Products.CMFPlone.factory import addPloneSite
from rundtisch.policy import logger
from rundtisch.policy.operations.environment.proxy import configure_proxy
from rundtisch.policy.operations.environment.smtp import configure_mail
from zope.component.hooks import setSite

import os


SITE_ID = "Plone"
SITE_TITLE = "Runder Tisch Soziales Wohnen Dresden"
POLICY_PROFILE = "rundtisch.policy:default"
# The profiles of the "classic" distribution (plone.classicui): Classic UI
# with the Barceloneta theme. Our policy profile comes last.
EXTENSION_PROFILES = (
    "plone.app.contenttypes:default",
    "plone.app.layout:default",
    "plonetheme.barceloneta:default",
    POLICY_PROFILE,
)
# Applied on first creation unless DEMO=0.
DEMO_PROFILES = ("rundtisch.policy:demo",)
ADMIN_LOGIN = "admin"
DEFAULT_ADMIN_PASSWORD = "admin"


def ensure_admin(app, password=None):
    """Make sure the Zope root has the `admin` Manager with `password`.

    Without a password the default is used and a warning is logged, so an
    operator notices before the portal is reachable from outside.
    """
    if not password:
        logger.warning(
            "ADMIN_PASSWORD is not set: the user %r gets the default password "
            "%r. Set ADMIN_PASSWORD before the portal is reachable by others.",
            ADMIN_LOGIN,
            DEFAULT_ADMIN_PASSWORD,
        )
        password = DEFAULT_ADMIN_PASSWORD
    acl_users = app.acl_users
    if acl_users.getUserById(ADMIN_LOGIN) is None:
        acl_users._doAddUser(ADMIN_LOGIN, password, ["Manager"], [])
        logger.info("Created the Zope user %r.", ADMIN_LOGIN)
    else:
        # The root user folder is a PluggableAuthService (PlonePAS installs
        # it); its ZODB user manager holds the password.
        acl_users.users.updateUserPassword(ADMIN_LOGIN, password)
    user = acl_users.getUserById(ADMIN_LOGIN)
    newSecurityManager(None, user.__of__(acl_users))


def create_site(app, site_id=SITE_ID, extra_profiles=(), environ=os.environ):
    """Return the site `site_id`, creating it if it does not exist.

    Returns ``(site, created)``. `extra_profiles` are applied only on
    creation (the demo content, for example). An existing site is never
    replaced; pending upgrade steps of the policy profile are run instead, so
    a `git pull` followed by `make start` brings the site up to date. Either
    way the mail settings (SMTP_*) and the caching proxies (CACHE_PROXIES)
    from `environ` are applied.
    """
    if site_id in app.objectIds():
        site = app[site_id]
        setSite(site)
        upgrade_policy(site)
        configure_mail(environ)
        configure_proxy(environ)
        return site, False
    site = addPloneSite(
        app,
        site_id,
        title=SITE_TITLE,
        extension_ids=EXTENSION_PROFILES,
        default_language="de",
        portal_timezone="Europe/Berlin",
    )
    setSite(site)
    setup_tool = api.portal.get_tool("portal_setup")
    for profile in extra_profiles:
        setup_tool.runAllImportStepsFromProfile(f"profile-{profile}")
    configure_mail(environ)
    configure_proxy(environ)
    logger.info("Created the site %r with %s.", site_id, ", ".join(extra_profiles))
    return site, True


def upgrade_policy(site):
    """Run the pending upgrade steps of the policy profile, if any."""
    setup_tool = api.portal.get_tool("portal_setup")
    if setup_tool.listUpgrades(POLICY_PROFILE):
        logger.info("Upgrading %s on %r.", POLICY_PROFILE, site.getId())
        setup_tool.upgradeProfile(POLICY_PROFILE)
