"""Write instance/etc/{zope.conf,zope.ini,site.zcml,zeo.conf} from instance/templates.

The storage is chosen by the environment, so the same checkout serves one
embedded FileStorage (default), a ZEO client or a RelStorage client:

    ZODB_STORAGE     filestorage (default) | zeo | relstorage
    ZEO_ADDRESS      host:port of the ZEO server (default 127.0.0.1:8100); also
                     where `make zeo` serves instance/var/zeo/Data.fs
    RELSTORAGE_DSN   libpq DSN, e.g. "dbname=plone user=plone host=127.0.0.1"
    HOST, PORT       where the WSGI server listens (127.0.0.1:8080)
    ZOPE_THREADS     WSGI worker threads (default 4)
    MAX_CONFLICT_RETRIES   how often a request is published again after a
                     ZODB conflict before it fails (default 5)
    INSTANCE_VAR     data and logs (default instance/var)
    INSTANCE_ETC     where the configuration is written (default instance/etc);
                     a second instance on the same machine gets its own
                     INSTANCE_ETC, INSTANCE_VAR and PORT
    DEBUG_MODE       on | off (default off)
    SMTP_HOST        unset: the portal's mails go to INSTANCE_VAR/mail as .eml
                     files (MAIL_FOLDER in zope.conf), not to a mail server
    (always)         INSTANCE_VAR/jobs-token, the timed jobs' secret (mode
                     0600), is created once and named in zope.conf
                     (JOBS_TOKEN_FILE; docs/operations.md, "Timed jobs")
    SECURE_COOKIES   auto (default: when the visitor came over HTTPS, also
                     through a proxy's X-Forwarded-Proto) | on | off
    TRUSTED_PROXIES  addresses of the proxies in front of the instances whose
                     X-Forwarded-For names the client (Zope's trusted-proxy),
                     comma-separated; default 127.0.0.1 (`make proxy`);
                     "off": none
"""

from pathlib import Path
from string import Template

import os
import secrets
import sys


INSTANCE = Path(__file__).resolve().parent
# The secret with which `make send-reminders` and `make purge-registrations`
# ask the running site to do their job (scripts/timed_job.py); readable by
# the operator only.
JOBS_TOKEN_NAME = "jobs-token"
TEMPLATES = INSTANCE / "templates"

STORAGES = {
    "filestorage": (
        "",
        """    <blobstorage>
        blob-dir ${var}/blobstorage
        <filestorage>
            path ${var}/filestorage/Data.fs
        </filestorage>
    </blobstorage>""",
    ),
    "zeo": (
        "%import ZEO",
        """    <zeoclient>
        server ${zeo_address}
        storage 1
        name zeostorage
        blob-dir ${var}/blobcache
        shared-blob-dir false
        cache-size 128MB
    </zeoclient>""",
    ),
    "relstorage": (
        "%import relstorage",
        """    <relstorage>
        blob-dir ${var}/blobcache
        shared-blob-dir false
        <postgresql>
            dsn ${relstorage_dsn}
        </postgresql>
    </relstorage>""",
    ),
}


def settings(environ):
    """The values the templates are filled with."""
    storage = environ.get("ZODB_STORAGE", "filestorage")
    if storage not in STORAGES:
        sys.exit(
            f"ZODB_STORAGE={storage!r} is unknown; use one of: {', '.join(STORAGES)}"
        )
    if storage == "relstorage" and not environ.get("RELSTORAGE_DSN"):
        sys.exit("ZODB_STORAGE=relstorage needs RELSTORAGE_DSN (a libpq DSN).")
    var = Path(environ.get("INSTANCE_VAR", INSTANCE / "var")).resolve()
    if environ.get("SECURE_COOKIES", "auto") not in ("auto", "on", "off"):
        sys.exit("SECURE_COOKIES must be auto, on or off.")
    values = {
        "instance": str(INSTANCE),
        "etc": str(etc_dir(environ)),
        "var": str(var),
        "host": environ.get("HOST", "127.0.0.1"),
        "port": environ.get("PORT", "8080"),
        "threads": environ.get("ZOPE_THREADS", "4"),
        "conflict_retries": environ.get("MAX_CONFLICT_RETRIES", "5"),
        "debug_mode": environ.get("DEBUG_MODE", "off"),
        "secure_cookies": environ.get("SECURE_COOKIES", "auto"),
        "mail_folder": ""
        if environ.get("SMTP_HOST")
        else f"MAIL_FOLDER {var / 'mail'}",
        "jobs_token_file": str(var / JOBS_TOKEN_NAME),
        "zeo_address": environ.get("ZEO_ADDRESS", "127.0.0.1:8100"),
        "relstorage_dsn": environ.get("RELSTORAGE_DSN", ""),
        "trusted_proxies": trusted_proxy_lines(environ),
    }
    imports, storage_section = STORAGES[storage]
    values["storage_imports"] = imports
    values["storage"] = Template(storage_section).substitute(values)
    return values


def trusted_proxy_lines(environ):
    """zope.conf's `trusted-proxy` lines: only these peers may tell the
    client's address in X-Forwarded-For (the login throttle counts by it)."""
    value = environ.get("TRUSTED_PROXIES", "127.0.0.1")
    if value.strip().lower() in ("", "off", "none"):
        return "# no trusted proxy (TRUSTED_PROXIES=off)"
    return "\n".join(
        f"trusted-proxy {address.strip()}"
        for address in value.split(",")
        if address.strip()
    )


def write_jobs_token(path):
    """Create the timed jobs' secret once (mode 0600); an existing one stays."""
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return
    with os.fdopen(descriptor, "w", encoding="ascii") as token_file:
        token_file.write(secrets.token_urlsafe(32) + "\n")


def etc_dir(environ):
    return Path(environ.get("INSTANCE_ETC", INSTANCE / "etc")).resolve()


def write(environ=os.environ):
    values = settings(environ)
    etc = etc_dir(environ)
    etc.mkdir(parents=True, exist_ok=True)
    var = Path(values["var"])
    for folder in ("filestorage", "blobstorage", "log", "cache", "zeo"):
        (var / folder).mkdir(parents=True, exist_ok=True)
    write_jobs_token(var / JOBS_TOKEN_NAME)
    for name in ("zope.conf", "zope.ini", "zeo.conf"):
        template = Template((TEMPLATES / f"{name}.in").read_text(encoding="utf-8"))
        (etc / name).write_text(template.substitute(values), encoding="utf-8")
    # Zope reads site.zcml from $INSTANCEHOME/etc whatever INSTANCE_ETC says
    # (Zope2.App.zcml.load_site); it is the same for every configuration.
    site_zcml = (TEMPLATES / "site.zcml").read_text(encoding="utf-8")
    for folder in {etc, (INSTANCE / "etc").resolve()}:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "site.zcml").write_text(site_zcml, encoding="utf-8")
    return etc


if __name__ == "__main__":
    print(f"Instance configuration written to {write()}")
