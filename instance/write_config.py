"""Write instance/etc/{zope.conf,zope.ini,site.zcml} from instance/templates.

The storage is chosen by the environment, so the same checkout serves one
embedded FileStorage (default), a ZEO client or a RelStorage client:

    ZODB_STORAGE     filestorage (default) | zeo | relstorage
    ZEO_ADDRESS      host:port of the ZEO server (default 127.0.0.1:8100)
    RELSTORAGE_DSN   libpq DSN, e.g. "dbname=plone user=plone host=127.0.0.1"
    HOST, PORT       where the WSGI server listens (127.0.0.1:8080)
    ZOPE_THREADS     WSGI worker threads (default 4)
    INSTANCE_VAR     data and logs (default instance/var)
    DEBUG_MODE       on | off (default off)
"""

from pathlib import Path
from string import Template

import os
import sys


INSTANCE = Path(__file__).resolve().parent
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
    values = {
        "instance": str(INSTANCE),
        "var": str(var),
        "host": environ.get("HOST", "127.0.0.1"),
        "port": environ.get("PORT", "8080"),
        "threads": environ.get("ZOPE_THREADS", "4"),
        "debug_mode": environ.get("DEBUG_MODE", "off"),
        "zeo_address": environ.get("ZEO_ADDRESS", "127.0.0.1:8100"),
        "relstorage_dsn": environ.get("RELSTORAGE_DSN", ""),
    }
    imports, storage_section = STORAGES[storage]
    values["storage_imports"] = imports
    values["storage"] = Template(storage_section).substitute(values)
    return values


def write(environ=os.environ, etc=None):
    """Render the templates into `etc` (default instance/etc) and return it.

    Another `etc` lets a second instance (the benchmarks) run from the same
    checkout without touching the developer's configuration.
    """
    values = settings(environ)
    etc = Path(etc).resolve() if etc else INSTANCE / "etc"
    values["etc"] = str(etc)
    etc.mkdir(parents=True, exist_ok=True)
    var = Path(values["var"])
    for folder in ("filestorage", "blobstorage", "log", "cache"):
        (var / folder).mkdir(parents=True, exist_ok=True)
    for name in ("zope.conf", "zope.ini"):
        template = Template((TEMPLATES / f"{name}.in").read_text(encoding="utf-8"))
        (etc / name).write_text(template.substitute(values), encoding="utf-8")
    # Zope reads site.zcml from $INSTANCEHOME/etc, whichever `etc` holds zope.conf.
    (INSTANCE / "etc").mkdir(exist_ok=True)
    (INSTANCE / "etc" / "site.zcml").write_text(
        (TEMPLATES / "site.zcml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    return etc


if __name__ == "__main__":
    target = sys.argv[1] if len(sys.argv) > 1 else None
    print(f"Instance configuration written to {write(etc=target)}")
