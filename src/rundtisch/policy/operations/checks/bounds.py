"""Bounds on every request parameter that scales the server's work
(docs/design.md §7: depths, batch sizes, expansions are capped; 400 past the cap).

plone.restapi and Plone read these parameters as they come: a navigation
depth of 10**23 built a tree until the memory ran out, `path.depth=10**12`
kept a worker thread busy for minutes. Neither offers a setting or a hook for
a maximum, and the same parameter is read by several services (`@search`,
`@querystring-search`, `@navigation`, `@contextnavigation`, the `expand`
of every content GET, Plone's `@@search`), so the bounds live in one table
here and a publication subscriber (`publication.py`) applies it to every
request before the published view runs. Not a WSGI filter: the values are
read from the form Zope has already decoded (also from POSTed forms) and
from the JSON body exactly as plone.restapi decodes it.

`fullobjects` is bounded by the batch: it serialises at most `b_size`
items (at most MAX_BATCH).
"""

from zExceptions import BadRequest
from ZPublisher.HTTPRequest import record


MAX_DEPTH = 10
MAX_BATCH = 1000
MAX_START = 100_000
MAX_NAMES = 50  # values of a list parameter (metadata_fields, expand)

# name: (smallest, largest) whole number allowed.
WHOLE_NUMBERS = {
    "b_size": (1, MAX_BATCH),
    "b_start": (0, MAX_START),
    "sort_limit": (0, MAX_BATCH),
    "limit": (0, MAX_BATCH),
    "path.depth": (-1, MAX_DEPTH),
    "expand.navigation.depth": (0, MAX_DEPTH),
    "expand.contextnavigation.topLevel": (0, MAX_DEPTH),
    "expand.contextnavigation.bottomLevel": (0, MAX_DEPTH),
}
# Parameters whose values plone.restapi splits or iterates: text only, and
# not too many of them.
NAME_LISTS = ("expand", "metadata_fields")


def out_of_bounds(name, text):
    """400 with a message for the client (Zope maps the class name
    BadRequest to the status, so no subclass)."""
    return BadRequest(
        f"Ungültiger Parameter „{name}“: {text} / Invalid parameter "
        f"'{name}': see the portal's documentation for the allowed values."
    )


def _whole_number(value):
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        text = value.strip()
        if text.lstrip("-").isdigit() and len(text) <= 12:
            return int(text)
    return None


def _check_depths(parameters):
    """Depths given other ways than `path.depth`: a record (`?path.query:
    record=/Plone&path.depth:record:int=…`, or `{"path": {"depth": …}}`),
    and the `::depth` suffix of a path criterion of @querystring-search
    (`"v": "/Plone::1000000"`, plone.app.querystring's notation)."""
    smallest, largest = WHOLE_NUMBERS["path.depth"]
    for name, value in parameters.items():
        # Only mappings: "in" on a file upload would read the file.
        depth = value.get("depth") if isinstance(value, (dict, record)) else None
        if depth is not None:
            number = _whole_number(depth)
            if number is None or not smallest <= number <= largest:
                raise out_of_bounds(
                    f"{name}.depth",
                    f"erlaubt ist eine ganze Zahl von {smallest} bis {largest}.",
                )
    criteria = parameters.get("query")
    for criterion in criteria if isinstance(criteria, list) else ():
        value = criterion.get("v") if isinstance(criterion, dict) else None
        if isinstance(value, str) and "::" in value:
            number = _whole_number(value.split("::", 1)[1])
            if number is None or not smallest <= number <= largest:
                raise out_of_bounds(
                    "query (Pfad::Tiefe)",
                    f"erlaubt ist eine Tiefe von {smallest} bis {largest}.",
                )


def check_parameters(parameters):
    """Raise BadRequest for the first parameter past its bound.

    `parameters` is a request's form or a decoded JSON body (a dict).
    """
    _check_depths(parameters)
    for name, (smallest, largest) in WHOLE_NUMBERS.items():
        if name not in parameters:
            continue
        number = _whole_number(parameters[name])
        if number is None or not smallest <= number <= largest:
            raise out_of_bounds(
                name, f"erlaubt ist eine ganze Zahl von {smallest} bis {largest}."
            )
    for name, value in parameters.items():
        # The options of an expansion are read as single values (a repeated
        # `expand.contextnavigation.name` arrives as a list and broke it).
        if name.startswith("expand.") and not isinstance(value, (str, int)):
            raise out_of_bounds(name, "erlaubt ist ein einzelner Wert.")
    for name in NAME_LISTS:
        if name not in parameters:
            continue
        value = parameters[name]
        values = value if isinstance(value, (list, tuple)) else [value]
        if not all(isinstance(item, str) for item in values):
            raise out_of_bounds(name, "erlaubt sind nur Namen (Text).")
        if sum(len(item.split(",")) for item in values) > MAX_NAMES:
            raise out_of_bounds(name, f"erlaubt sind höchstens {MAX_NAMES} Namen.")
