"""A WSGI filter the sign-up benchmarks put into their throw-away instance.

It appends one line per conflict retry and per error answered after the
last retry to ``$INSTANCE_VAR/conflicts.log``: the exception with the oid
and class of the object that conflicted. The benchmarks count the lines;
the portal's own configuration does not use it.
"""

from pathlib import Path
from zope.component import provideHandler
from ZPublisher.interfaces import IPubBeforeAbort

import os
import threading


LOG_NAME = "conflicts.log"
_lock = threading.Lock()


def log_path():
    return Path(os.environ["INSTANCE_VAR"]) / LOG_NAME


def read(var):
    """(retries, errors, lines) from the log of the instance in `var`."""
    path = Path(var) / LOG_NAME
    lines = path.read_text().splitlines() if path.exists() else []
    retries = sum(1 for line in lines if line.startswith("retry "))
    errors = sum(1 for line in lines if line.startswith("error "))
    return retries, errors, lines


def on_abort(event):
    exc = event.exc_info[1]
    name = type(exc).__name__
    if "Conflict" not in name and not event.retry:
        return  # e.g. a form that was refused: not a conflict
    kind = "retry" if event.retry else "error"
    line = f"{kind} {event.request.get('PATH_INFO')} {name}: {exc}"
    with _lock, open(log_path(), "a") as log:
        log.write(" ".join(line.split()) + "\n")


def filter_factory(global_conf, **local_conf):
    provideHandler(on_abort, (IPubBeforeAbort,))
    return lambda app: app


def add_to(zope_ini):
    """Put the filter first into the pipeline of a generated zope.ini."""
    text = Path(zope_ini).read_text()
    text = text.replace(
        "[pipeline:main]\npipeline =\n",
        "[filter:conflict_log]\nuse = call:conflict_log:filter_factory\n\n"
        "[pipeline:main]\npipeline =\n    conflict_log\n",
    )
    Path(zope_ini).write_text(text)
