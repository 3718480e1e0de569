"""Run Varnish in front of the instances with proxy/varnish.vcl (`make proxy`).

    PROXY_HOST, PROXY_PORT   where Varnish listens (127.0.0.1:6081)
    PROXY_BACKENDS   the instances, host:port comma-separated
                     (default HOST:PORT, i.e. `make start`'s 127.0.0.1:8080);
                     several are balanced round robin
    PROXY_MEMORY     cache size (default 256M)
    INSTANCE_ETC, INSTANCE_VAR   backends.vcl goes to INSTANCE_ETC/varnish,
                     Varnish's working directory is INSTANCE_VAR/varnish

`python proxy/varnish.py` renders backends.vcl and replaces itself with
varnishd in the foreground (Ctrl-C stops it); `--write` only renders.
The test helpers (tests/server_processes.py, CachingProxy) use `write_backends`
and `varnishd_command`.
"""

from pathlib import Path

import os
import shutil
import sys


PROXY = Path(__file__).resolve().parent
REPO = PROXY.parent
VCL = PROXY / "varnish.vcl"

BACKEND = """backend {name} {{
    .host = "{host}";
    .port = "{port}";
    .connect_timeout = 5s;
    # A sign-up retried after ZODB conflicts can take half a minute.
    .first_byte_timeout = 120s;
    .between_bytes_timeout = 60s;
    .probe = plone_health;
}}
"""

BACKENDS_VCL = """# Rendered by proxy/varnish.py from PROXY_BACKENDS; do not edit.

# Zope's health view (operations/views/health.py): 503 when the ZODB does not
# answer. A backend starts healthy and is sick after 2 failed probes of 3.
probe plone_health {{
    .url = "/@@health";
    .interval = 2s;
    .timeout = 2s;
    .window = 3;
    .threshold = 2;
    .initial = 2;
}}

{backends}
sub vcl_init {{
    new plone = directors.round_robin();
{add_backends}}}

# Who may send PURGE: this machine and the instances (plone.cachepurging).
acl purgers {{
    "127.0.0.1";
    "::1";
{purgers}}}
"""


def parse_backends(value):
    backends = []
    for item in value.split(","):
        item = item.strip()
        if not item:
            continue
        host, _sep, port = item.rpartition(":")
        if not host or not port.isdigit():
            sys.exit(f"PROXY_BACKENDS: {item!r} is not host:port")
        backends.append((host, int(port)))
    if not backends:
        sys.exit("PROXY_BACKENDS names no backend")
    return backends


def settings(environ):
    default_backend = (
        f"{environ.get('HOST', '127.0.0.1')}:{environ.get('PORT', '8080')}"
    )
    return {
        "host": environ.get("PROXY_HOST", "127.0.0.1"),
        "port": int(environ.get("PROXY_PORT", "6081")),
        "backends": parse_backends(environ.get("PROXY_BACKENDS", default_backend)),
        "memory": environ.get("PROXY_MEMORY", "256M"),
        "etc": Path(environ.get("INSTANCE_ETC", REPO / "instance" / "etc")).resolve()
        / "varnish",
        "workdir": Path(
            environ.get("INSTANCE_VAR", REPO / "instance" / "var")
        ).resolve()
        / "varnish",
    }


def write_backends(folder, backends):
    """Write `folder`/backends.vcl for [(host, port), ...]; return the folder."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    names = [f"plone{number}" for number in range(1, len(backends) + 1)]
    text = BACKENDS_VCL.format(
        backends="\n".join(
            BACKEND.format(name=name, host=host, port=port)
            for name, (host, port) in zip(names, backends, strict=True)
        ),
        add_backends="".join(f"    plone.add_backend({name});\n" for name in names),
        purgers="".join(
            f'    "{host}";\n'
            for host in sorted({host for host, _port in backends})
            if host not in ("127.0.0.1", "::1", "localhost")
        ),
    )
    (folder / "backends.vcl").write_text(text, encoding="utf-8")
    return folder


def varnishd():
    path = shutil.which("varnishd") or "/usr/sbin/varnishd"
    return path if Path(path).exists() else None


def varnishd_command(listen, vcl_folder, workdir, memory="256M", foreground=True):
    """The varnishd command line: our VCL, backends.vcl from `vcl_folder`."""
    command = [
        varnishd() or "varnishd",
        "-a",
        listen,
        "-f",
        str(VCL),
        "-p",
        f"vcl_path={vcl_folder}:{PROXY}:/usr/share/varnish/vcl",
        "-n",
        str(workdir),
        "-s",
        f"malloc,{memory}",
        # No management port: varnishadm and varnishlog use -n's directory.
        "-T",
        "none",
    ]
    if os.geteuid() == 0:
        # As root varnishd would drop to the user "varnish", who may not read
        # a checkout in a home or temporary directory. It runs as root then,
        # like the instances; a production set-up uses Debian's service.
        command += ["-j", "none"]
    if foreground:
        command.append("-F")
    return command


def main(argv):
    values = settings(os.environ)
    folder = write_backends(values["etc"], values["backends"])
    if "--write" in argv:
        print(folder / "backends.vcl")
        return 0
    if varnishd() is None:
        print("varnishd is missing: run scripts/install-proxy.sh", file=sys.stderr)
        return 1
    values["workdir"].mkdir(parents=True, exist_ok=True)
    listen = f"{values['host']}:{values['port']}"
    command = varnishd_command(listen, folder, values["workdir"], values["memory"])
    backends = ", ".join(f"{host}:{port}" for host, port in values["backends"])
    print(
        f"Varnish on http://{listen}/ in front of {backends} (Ctrl-C stops).\n"
        f"Start the instances with CACHE_PROXIES=http://{listen} so that the "
        "portal purges it.",
        flush=True,
    )
    os.execv(command[0], command)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
