"""The sign-up's rooms build on each other in one direction, and only the
gateway touches easyform's storage (docs/design.md §4)."""

from pathlib import Path

import ast
import pytest
import re


PACKAGE = Path(__file__).parents[2] / "src" / "rundtisch" / "policy"
REGISTRATION = PACKAGE / "registration"
# Each room may import from the rooms before it, never from those after.
ROOMS = ("data", "mails", "booking", "form", "desk", "jobs")
GATEWAY = REGISTRATION / "data" / "saved_data.py"


def imported_rooms(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            match = re.match(r"rundtisch\.policy\.registration\.(\w+)", node.module)
            if match and match.group(1) in ROOMS:
                yield node.lineno, match.group(1)


@pytest.mark.parametrize("room", ROOMS)
def test_a_room_imports_only_from_the_rooms_below_it(room):
    allowed = set(ROOMS[: ROOMS.index(room) + 1])
    upward = [
        f"{path.relative_to(PACKAGE)}:{line} imports {other}"
        for path in sorted((REGISTRATION / room).rglob("*.py"))
        for line, other in imported_rooms(path)
        if other not in allowed
    ]
    assert upward == []


def test_only_the_gateway_touches_easyforms_storage():
    touching = [
        str(path.relative_to(PACKAGE))
        for path in sorted(PACKAGE.rglob("*.py"))
        if re.search(r"_storage\b|_inputStorage", path.read_text(encoding="utf-8"))
    ]
    assert touching == [str(GATEWAY.relative_to(PACKAGE))]
