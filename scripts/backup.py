"""Back up and restore the site data: Data.fs with repozo, blobs as snapshots.

    python scripts/backup.py backup            (make backup)
    python scripts/backup.py restore [--date]  (make restore; the server is stopped)

Data.fs goes through repozo (part of ZODB): a full backup first, then
incremental ones, all consistent even while the site is running. repozo
never backs up blobs. Blobs are files that never change once written, so
each backup also takes a snapshot of the blob directory in which unchanged
files are hard links to the previous snapshot: every snapshot is complete on
its own and costs only the new blobs. The snapshot is named after the repozo
file it belongs to and is taken after it, so it holds every blob that backup
of Data.fs refers to.

With buildout, collective.recipe.backup wraps repozo and takes such blob
snapshots (``rsync --link-dest``). `make install` installs with pip, and
buildout.cfg builds the same instance/var layout without that recipe, so
both use this script; it links in Python because rsync is not always
installed.

Environment: INSTANCE_VAR (default instance/var), ZODB_STORAGE (filestorage:
instance/var/filestorage + blobstorage; zeo: the ZEO server's instance/var/zeo),
BACKUP_DIR (default $INSTANCE_VAR/backups). RelStorage keeps data and blobs in
PostgreSQL: back it up with pg_dump (see docs/operations.md).
"""

from pathlib import Path

import argparse
import os
import shutil
import subprocess
import sys
import zc.lockfile


ROOT = Path(__file__).resolve().parent.parent
REPOZO = Path(sys.executable).parent / "repozo"
REPOZO_SUFFIXES = (".fs", ".fsz", ".deltafs", ".deltafsz")


class Layout:
    """Where the data lives and where its backups go."""

    def __init__(self, environ):
        storage = environ.get("ZODB_STORAGE", "filestorage")
        var = Path(environ.get("INSTANCE_VAR", ROOT / "instance" / "var")).resolve()
        if storage == "filestorage":
            self.datafs = var / "filestorage" / "Data.fs"
            self.blobs = var / "blobstorage"
        elif storage == "zeo":
            self.datafs = var / "zeo" / "Data.fs"
            self.blobs = var / "zeo" / "blobstorage"
        else:
            sys.exit(
                f"ZODB_STORAGE={storage}: back up PostgreSQL with pg_dump "
                "(docs/operations.md); this script handles Data.fs and blobs."
            )
        backups = Path(environ.get("BACKUP_DIR", var / "backups")).resolve()
        self.repository = backups / "filestorage"
        self.snapshots = backups / "blobstorage"


def repozo_stamps(repository):
    """The timestamps of the repozo files, oldest first."""
    return sorted(
        path.name.split(".")[0]
        for path in repository.glob("*")
        if path.suffix in REPOZO_SUFFIXES
    )


def snapshot_blobs(source, target, previous=None):
    """Copy `source` to `target`, hard-linking files unchanged since `previous`."""
    partial = target.with_name(target.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    for folder, _dirnames, filenames in os.walk(source):
        relative = Path(folder).relative_to(source)
        if relative.parts[:1] == ("tmp",):
            continue  # uncommitted uploads
        (partial / relative).mkdir(parents=True, exist_ok=True)
        for name in filenames:
            src = Path(folder) / name
            dst = partial / relative / name
            old = previous / relative / name if previous else None
            if old is not None and old.is_file() and same_file(src, old):
                os.link(old, dst)
            else:
                shutil.copy2(src, dst)
    partial.rename(target)


def same_file(one, other):
    a, b = one.stat(), other.stat()
    return a.st_size == b.st_size and int(a.st_mtime) == int(b.st_mtime)


def backup(layout):
    if not layout.datafs.exists():
        sys.exit(f"No data to back up: {layout.datafs} does not exist.")
    layout.repository.mkdir(parents=True, exist_ok=True)
    layout.snapshots.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [REPOZO, "-B", "-z", "-r", layout.repository, "-f", layout.datafs],
        check=True,
    )
    stamp = repozo_stamps(layout.repository)[-1]
    target = layout.snapshots / stamp
    if target.exists():
        print(f"Data.fs unchanged since the backup {stamp}.")
        return stamp
    earlier = [path for path in layout.snapshots.iterdir() if path.is_dir()]
    earlier = sorted(p for p in earlier if not p.name.endswith(".partial"))
    if layout.blobs.exists():
        snapshot_blobs(layout.blobs, target, earlier[-1] if earlier else None)
    else:
        target.mkdir()
    print(f"Backup {stamp}: {layout.repository} and {target}")
    return stamp


def ensure_stopped(datafs):
    """Refuse to restore under a running server (it holds Data.fs.lock)."""
    datafs.parent.mkdir(parents=True, exist_ok=True)
    try:
        lock = zc.lockfile.LockFile(f"{datafs}.lock")
    except zc.lockfile.LockError:
        sys.exit(f"{datafs} is in use: stop the server before restoring.")
    lock.close()


def restore(layout, date=None):
    stamps = repozo_stamps(layout.repository)
    if date:
        stamps = [stamp for stamp in stamps if stamp <= date]
    if not stamps:
        sys.exit(f"No backup{' up to ' + date if date else ''} in {layout.repository}.")
    ensure_stopped(layout.datafs)
    restored = layout.datafs.with_name("Data.fs.restored")
    command = [REPOZO, "-R", "-r", layout.repository, "-o", restored]
    subprocess.run(command + (["-D", date] if date else []), check=True)
    # The index and lock of the replaced file must not outlive it.
    for suffix in (".index", ".tmp", ".lock"):
        Path(f"{layout.datafs}{suffix}").unlink(missing_ok=True)
    restored.replace(layout.datafs)
    snapshots = sorted(
        path.name
        for path in layout.snapshots.glob("*")
        if path.is_dir() and path.name <= stamps[-1]
    )
    shutil.rmtree(layout.blobs, ignore_errors=True)
    if snapshots:
        shutil.copytree(layout.snapshots / snapshots[-1], layout.blobs)
    print(f"Restored {layout.datafs} and {layout.blobs} from the backup {stamps[-1]}.")
    return stamps[-1]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("backup", "restore"))
    parser.add_argument("--date", help="restore the state at YYYY-MM-DD-HH-MM-SS")
    args = parser.parse_args(argv)
    layout = Layout(os.environ)
    if args.action == "backup":
        backup(layout)
    else:
        restore(layout, args.date)


if __name__ == "__main__":
    main()
