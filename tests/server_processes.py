"""Real server processes for the operations tests and the benchmarks.

The test layers in rundtisch.policy.testing run Plone inside the test process on a
DemoStorage. Scale-out, storages and backups can only be shown with separate
processes: a ZEO server or a PostgreSQL cluster, and several WSGI instances
configured by instance/write_config.py and created by scripts/create_site.py,
exactly as `make zeo`, `make postgres`, `make create-site` and `make start` do.
"""

from contextlib import contextmanager
from pathlib import Path

import importlib.util
import os
import requests
import socket
import subprocess
import sys
import tempfile
import time


REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
SITE_ID = "Plone"
ADMIN = ("admin", "admin")
# What the operators' environment must not leak into the processes started here.
PRIVATE_VARIABLES = (
    "INSTANCE_ETC",
    "INSTANCE_VAR",
    "ZODB_STORAGE",
    "PORT",
    "HOST",
    "MAX_CONFLICT_RETRIES",
    "PUBLIC_URL",
)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(check, timeout, what):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.3)
    raise TimeoutError(f"{what} did not come up within {timeout} s")


def _load(name, path):
    """A script of the repository that is not on the path, as a module."""
    spec = importlib.util.spec_from_file_location(name, REPO / path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class Instance:
    """One Zope/Plone WSGI process with its own configuration and logs."""

    def __init__(self, base, name, storage_environ):
        self.etc = base / name / "etc"
        self.var = base / name / "var"
        self.port = free_port()
        environ = {
            key: value
            for key, value in os.environ.items()
            if key not in PRIVATE_VARIABLES
        }
        environ.update(storage_environ)
        environ.update(
            INSTANCE_ETC=str(self.etc),
            INSTANCE_VAR=str(self.var),
            PORT=str(self.port),
            HOST="127.0.0.1",
            ADMIN_PASSWORD=ADMIN[1],
            DEMO="0",
        )
        self.environ = environ
        self.process = None
        _load("write_config", "instance/write_config.py").write(environ)

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}"

    @property
    def site_url(self):
        return f"{self.url}/{SITE_ID}"

    def create_site(self):
        """What `make create-site` does."""
        subprocess.run(
            [BIN / "zconsole", "run", self.etc / "zope.conf", "scripts/create_site.py"],
            cwd=REPO,
            env=self.environ,
            check=True,
            capture_output=True,
        )

    def start(self):
        self.process = subprocess.Popen(
            [BIN / "runwsgi", self.etc / "zope.ini"],
            cwd=REPO,
            env=self.environ,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def healthy(self):
        if self.process.poll() is not None:
            raise RuntimeError(
                f"instance on port {self.port} exited; see {self.var}/log"
            )
        try:
            return requests.get(f"{self.url}/@@health", timeout=5).status_code == 200
        except requests.ConnectionError:
            return False

    def wait(self, timeout=120):
        wait_for(self.healthy, timeout, f"instance on port {self.port}")

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=30)
        self.process = None


class ZEOServer:
    """`make zeo`: runzeo with the zeo.conf rendered next to the instances."""

    def __init__(self, base):
        self.address = f"127.0.0.1:{free_port()}"
        self.config = Instance(base, "zeo", {"ZEO_ADDRESS": self.address})
        self.process = None

    @property
    def client_environ(self):
        return {"ZODB_STORAGE": "zeo", "ZEO_ADDRESS": self.address}

    def start(self):
        self.process = subprocess.Popen(
            [BIN / "runzeo", "-C", self.config.etc / "zeo.conf"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        host, port = self.address.split(":")

        def listening():
            with socket.socket() as probe:
                return probe.connect_ex((host, int(port))) == 0

        wait_for(listening, 60, "ZEO server")

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=30)


@contextmanager
def postgres_cluster():
    """`make postgres` on a private directory and port; yields the DSN."""
    # PostgreSQL runs as the user "postgres" when we are root: it must be
    # able to enter the directory, which mkdtemp creates for us alone.
    base = Path(tempfile.mkdtemp(prefix="rundtisch-pg-"))
    base.chmod(0o755)
    environ = dict(os.environ, PG_DATA=str(base / "data"), PG_PORT=str(free_port()))
    script = REPO / "scripts" / "postgres.sh"
    try:
        result = subprocess.run(
            [script, "start"], env=environ, capture_output=True, text=True
        )
        if result.returncode:
            # E.g. PostgreSQL is missing and we are not root: say how to get it.
            raise RuntimeError(f"{script} start failed:\n{result.stderr}")
        yield result.stdout.strip().splitlines()[-1]
    finally:
        subprocess.run([script, "stop"], env=environ, check=False)
        subprocess.run(["rm", "-rf", str(base)], check=False)


@contextmanager
def running(instances):
    """Start `instances` side by side and stop them afterwards."""
    try:
        for instance in instances:
            instance.start()
        for instance in instances:
            instance.wait()
        yield instances
    finally:
        for instance in instances:
            instance.stop()


def two_instances(base, storage_environ, demo=False):
    """Instances "a" and "b" on one database, the site created by "a" (with
    the demo content if `demo`), running while the context lasts."""
    first, second = (Instance(base, name, storage_environ) for name in ("a", "b"))
    if demo:
        first.environ["DEMO"] = "1"
    first.create_site()
    return running([first, second])


@contextmanager
def zeo_clients(base, environ=None, demo=False):
    """`make zeo` and two_instances() on it; yields (server, instances)."""
    server = ZEOServer(base)
    server.start()
    try:
        storage_environ = {**server.client_environ, **(environ or {})}
        with two_instances(base, storage_environ, demo) as instances:
            yield server, instances
    finally:
        server.stop()


class CachingProxy:
    """`make proxy`: varnishd with proxy/varnish.vcl in front of `backends`
    (instances or "host:port" strings), on a free port of its own.

    Create it before the instances are configured: its `url` is what they
    need in CACHE_PROXIES.
    """

    def __init__(self, base):
        self.base = Path(base) / "varnish"
        self.port = free_port()
        self.process = None

    @staticmethod
    def available():
        return _load("varnish_proxy", "proxy/varnish.py").varnishd() is not None

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}"

    def start(self, backends):
        proxy = _load("varnish_proxy", "proxy/varnish.py")
        addresses = [
            backend if isinstance(backend, str) else f"127.0.0.1:{backend.port}"
            for backend in backends
        ]
        folder = proxy.write_backends(
            self.base / "etc", proxy.parse_backends(",".join(addresses))
        )
        workdir = self.base / "work"
        workdir.mkdir(parents=True, exist_ok=True)
        command = proxy.varnishd_command(
            f"127.0.0.1:{self.port}", folder, workdir, memory="64M"
        )
        self.log = open(self.base / "varnishd.log", "w")
        self.process = subprocess.Popen(
            command, stdout=self.log, stderr=subprocess.STDOUT
        )

        def listening():
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"varnishd exited: {(self.base / 'varnishd.log').read_text()}"
                )
            with socket.socket() as probe:
                return probe.connect_ex(("127.0.0.1", self.port)) == 0

        wait_for(listening, 60, "varnishd")

    def counter(self, name):
        """A varnishstat counter, e.g. MAIN.bans_added (PURGEs accepted)."""
        result = subprocess.run(
            ["varnishstat", "-n", self.base / "work", "-1", "-f", name],
            capture_output=True,
            text=True,
            check=True,
        )
        return int(result.stdout.split()[1])

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self.process = None
        if getattr(self, "log", None):
            self.log.close()
