"""Read the curl examples of docs/rest.md, so the tests run exactly what the
contract shows a developer.

An example is a ```sh block with one ``curl`` command, optionally followed by
the expected answer: ```json (an excerpt of the answer, see `matches`),
```ics (lines the calendar must contain) or ```http (status line and the
exact set of Access-Control-* headers). The document's ``PORTAL=`` address
stands for the test server's portal; "…" in a value stands for any text.
"""

from pathlib import Path

import json
import re
import shlex


DOC = Path(__file__).resolve().parent.parent / "docs" / "rest.md"
BLOCK = re.compile(r"^```(\w+)\n(.*?)^```", re.MULTILINE | re.DOTALL)
DOC_PORTAL = re.search(r"^PORTAL=(\S+)$", DOC.read_text(encoding="utf-8"), re.M)[1]
ELLIPSIS = "…"


def text_matches(documented, actual, portal_url):
    """`actual` is the documented text, with the test server's address for
    the document's and any text where the document shows "…"."""
    parts = documented.replace(DOC_PORTAL, portal_url).split(ELLIPSIS)
    pattern = ".*".join(re.escape(part) for part in parts)
    return re.fullmatch(pattern, actual, re.DOTALL) is not None


def mismatches(documented, actual, portal_url, path="$"):
    """Where the JSON answer `actual` differs from the documented excerpt:
    objects need every documented key, lists the documented elements in their
    order (others may come between), strings see `text_matches`, and other
    values (numbers, true/false, null) are equal."""
    if isinstance(documented, dict):
        if not isinstance(actual, dict):
            return [f"{path}: {actual!r} is not an object"]
        return [
            problem
            for key, value in documented.items()
            for problem in (
                mismatches(value, actual[key], portal_url, f"{path}.{key}")
                if key in actual
                else [f"{path}: no {key!r} in {sorted(actual)}"]
            )
        ]
    if isinstance(documented, list):
        if not isinstance(actual, list):
            return [f"{path}: {actual!r} is not a list"]
        # Earliest match first: taking a later element never helps the rest.
        remaining = iter(enumerate(actual))
        for position, element in enumerate(documented):
            if not any(
                not mismatches(element, candidate, portal_url)
                for _index, candidate in remaining
            ):
                return [f"{path}[{position}]: {element!r} not in order in {actual!r}"]
        return []
    if isinstance(documented, str):
        if isinstance(actual, str) and text_matches(documented, actual, portal_url):
            return []
        return [f"{path}: {actual!r} is not {documented!r}"]
    if type(documented) is type(actual) and documented == actual:
        return []
    return [f"{path}: {actual!r} is not {documented!r}"]


class Example:
    def __init__(self, command, expected_kind=None, expected=None, line=0):
        self.command = command
        self.expected_kind = expected_kind
        self.expected = expected
        self.line = line
        self.method, self.url, self.headers = _parse_curl(command)

    @property
    def id(self):
        return f"rest.md:{self.line} {self.method} {self.url.split('$PORTAL')[-1]}"


def _parse_curl(command):
    args = shlex.split(command.replace("\\\n", " "))
    assert args[0] == "curl", command
    method, url, headers = "GET", None, {}
    args = iter(args[1:])
    for arg in args:
        if arg == "-X":
            method = next(args)
        elif arg == "-H":
            name, _sep, value = next(args).partition(":")
            headers[name.strip()] = value.strip()
        elif arg.startswith("-"):
            continue  # -s, -i: output options only
        else:
            url = arg
    return method, url, headers


def examples(doc=DOC):
    text = doc.read_text(encoding="utf-8")
    blocks = [
        (match.group(1), match.group(2), text.count("\n", 0, match.start()) + 1)
        for match in BLOCK.finditer(text)
    ]
    found = []
    for index, (kind, body, line) in enumerate(blocks):
        if kind != "sh" or not body.lstrip().startswith("curl "):
            continue
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if following and following[0] in ("json", "ics", "http"):
            expected_kind, expected = following[0], following[1]
            if expected_kind == "json":
                expected = json.loads(expected)
            found.append(Example(body.strip(), expected_kind, expected, line))
        else:
            found.append(Example(body.strip(), line=line))
    return found
