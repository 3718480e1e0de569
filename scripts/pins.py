"""Generate buildout's versions.cfg from constraints.txt, the one pin set.

    python scripts/pins.py            exit 1 and show the difference if
                                      versions.cfg is not what constraints.txt gives
    python scripts/pins.py --write    write versions.cfg from constraints.txt

pip reads constraints.txt (`make install`). Buildout cannot read pip's
format, so buildout.cfg extends versions.cfg, which only this script writes;
`make lint` and tests/setup/test_pins.py run the check.
"""

from pathlib import Path

import difflib
import re
import sys


ROOT = Path(__file__).resolve().parent.parent
CONSTRAINTS = ROOT / "constraints.txt"
VERSIONS = ROOT / "versions.cfg"
HEADER = (
    "# Generated from constraints.txt by `python scripts/pins.py --write`:\n"
    "# change the pins there, never here.\n"
    "[versions]\n"
)
PIN = re.compile(r"^([A-Za-z0-9_.\-]+)==(\S+)$")


def constraint_pins():
    """{normalised name: (name, version)} of constraints.txt."""
    pins = {}
    for line in CONSTRAINTS.read_text(encoding="utf-8").splitlines():
        match = PIN.match(line.split("#", 1)[0].strip())
        if match:
            name, version = match.groups()
            pins[re.sub(r"[-_.]+", "-", name).lower()] = (name, version)
    return pins


def render():
    pins = sorted(constraint_pins().values(), key=lambda pin: pin[0].lower())
    return HEADER + "".join(f"{name} = {version}\n" for name, version in pins)


def differences():
    """The lines by which versions.cfg differs from render() (- has, + wants)."""
    have = VERSIONS.read_text(encoding="utf-8") if VERSIONS.exists() else ""
    diff = difflib.unified_diff(
        have.splitlines(), render().splitlines(), lineterm="", n=0
    )
    return [line for line in diff if not line.startswith(("+++", "---", "@@"))]


if __name__ == "__main__":
    if sys.argv[1:] == ["--write"]:
        VERSIONS.write_text(render(), encoding="utf-8")
    elif problems := differences():
        print("versions.cfg differs from constraints.txt:", *problems, sep="\n")
        print("Run: python scripts/pins.py --write")
        sys.exit(1)
