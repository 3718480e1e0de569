"""Keep buildout.cfg's [versions] identical to constraints.txt.

    python scripts/pins.py            exit 1 and list the differences
    python scripts/pins.py --write    rewrite the [versions] block from constraints.txt

constraints.txt is the single source; the block in buildout.cfg between the
BEGIN/END markers is generated from it.
"""

from pathlib import Path

import re
import sys


ROOT = Path(__file__).resolve().parent.parent
CONSTRAINTS = ROOT / "constraints.txt"
BUILDOUT = ROOT / "buildout.cfg"
BEGIN = "# BEGIN pins generated from constraints.txt by scripts/pins.py"
END = "# END pins"
PIN = re.compile(r"^\s*([A-Za-z0-9_.\-\[\]]+)\s*(?:==|=)\s*(\S+)\s*$")


def canonical(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def parse(lines):
    pins = {}
    for line in lines:
        line = line.split("#", 1)[0].strip()
        match = PIN.match(line)
        if match:
            pins[canonical(match.group(1))] = (match.group(1), match.group(2))
    return pins


def constraint_pins():
    return parse(CONSTRAINTS.read_text(encoding="utf-8").splitlines())


def buildout_pins():
    text = BUILDOUT.read_text(encoding="utf-8")
    block = text.split(BEGIN, 1)[1].split(END, 1)[0]
    return parse(block.splitlines())


def differences():
    wanted, have = constraint_pins(), buildout_pins()
    problems = []
    for key in sorted(set(wanted) | set(have)):
        if key not in have:
            problems.append(
                f"missing in buildout.cfg: {wanted[key][0]} = {wanted[key][1]}"
            )
        elif key not in wanted:
            problems.append(f"only in buildout.cfg: {have[key][0]} = {have[key][1]}")
        elif wanted[key][1] != have[key][1]:
            problems.append(
                f"{wanted[key][0]}: constraints.txt has {wanted[key][1]}, "
                f"buildout.cfg has {have[key][1]}"
            )
    return problems


def write():
    lines = [
        f"{name} = {version}"
        for name, version in sorted(
            constraint_pins().values(), key=lambda pin: pin[0].lower()
        )
    ]
    text = BUILDOUT.read_text(encoding="utf-8")
    head, rest = text.split(BEGIN, 1)
    tail = rest.split(END, 1)[1]
    BUILDOUT.write_text(
        head + BEGIN + "\n" + "\n".join(lines) + "\n" + END + tail, encoding="utf-8"
    )


def main(argv):
    if "--write" in argv:
        write()
    problems = differences()
    for problem in problems:
        print(problem)
    if problems:
        print("Pins disagree: run 'python scripts/pins.py --write'.")
        return 1
    print(f"buildout.cfg and constraints.txt agree on {len(constraint_pins())} pins.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
