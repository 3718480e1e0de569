"""Read the curl examples of docs/rest.md, so the tests run exactly what the
contract shows a developer.

An example is a ```sh block with one ``curl`` command, optionally followed by
the expected answer: ```json (keys and nesting the answer must contain),
```ics (the calendar components it must contain) or ```http (status line and
the exact set of Access-Control-* headers).
"""

from pathlib import Path

import json
import re
import shlex


DOC = Path(__file__).resolve().parent.parent / "docs" / "rest.md"
BLOCK = re.compile(r"^```(\w+)\n(.*?)^```", re.MULTILINE | re.DOTALL)


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
