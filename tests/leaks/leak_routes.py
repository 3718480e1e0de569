"""Every route an anonymous reader has to the portal's content.

Add a route here when a new public view, feed or service appears: the leak
tests crawl them all. A route is (method, path, headers-or-None, json-body).
"""

import gzip
import requests


# Distinct words, so a search for one of them would find its carrier.
MARKERS = {
    "private": "privatmarkerqx7",
    "pending": "pruefmarkerzk4",
    "working_copy": "kopiemarkerwm2",
    "private_result": "ergebnismarkerrv9",
}
# Personal data of one sign-up, one marker per field.
SIGNUP_MARKERS = (
    "anmeldenamejq5",
    "anmeldemailzt8",
    "anmeldeorgpw3",
    "anmeldenotizhy6",
)
# The demo's upcoming workshop takes sign-ups.
SIGNUP_FORM = "/veranstaltungen/workshop-4/anmeldung"
SAVED_DATA = f"{SIGNUP_FORM}/actions/anmeldungen/@@data"
# The download button of easyform's saved-data view.
CSV_EXPORT = f"{SAVED_DATA}?form.buttons.download=Herunterladen&csv_delimiter=,"
# The organiser's desk (registration/desk/).
SIGNUP_LIST = "/veranstaltungen/workshop-4/@@anmeldungen"
SIGNUP_LIST_CSV = "/veranstaltungen/workshop-4/@@anmeldungen.csv"

JSON = {"Accept": "application/json"}
HTML = None

PUBLISHED_ITEMS = (
    "",
    "/veranstaltungen",
    "/veranstaltungen/workshop-3",
    "/veranstaltungen/workshop-4",
    "/veranstaltungen/workshop-3/leipzig-als-vorbild",
    "/ergebnisse",
    "/ergebnisse/bedarf-koordinierungsstelle",
    "/koordinierungsstelle",
)


def search_prefix(marker):
    return marker[:-3]


def routes(markers, hidden_paths):
    """The crawl list: published pages and their REST views, catalog queries
    (also searching for each marker), feeds, sitemap, calendars, and the
    hidden items' own URLs."""
    found = []
    for path in PUBLISHED_ITEMS:
        found += [
            ("GET", path, HTML, None),
            ("GET", path, JSON, None),
            ("GET", f"{path}?fullobjects=1&b_size=1000", JSON, None),
            ("GET", f"{path}/@navigation?expand.navigation.depth=4", JSON, None),
            ("GET", f"{path}/@breadcrumbs", JSON, None),
            (
                "GET",
                f"{path}?expand=navigation,breadcrumbs,contextnavigation",
                JSON,
                None,
            ),
        ]
    found += [
        ("GET", "/@search?b_size=1000&metadata_fields=_all", JSON, None),
        ("GET", "/@search?b_size=1000&fullobjects=1", JSON, None),
        ("GET", "/@search?portal_type=Workshop&review_state=private", JSON, None),
        ("GET", "/@search?portal_type=Workshop&review_state=pending", JSON, None),
        (
            "GET",
            "/@search?topics=koordinierungsstelle&metadata_fields=_all",
            JSON,
            None,
        ),
        querystring_search(
            "portal_type",
            "selection.any",
            ["Workshop", "Result"],
            fullobjects=1,
            b_size=1000,
        ),
        ("GET", "/@@search?SearchableText=Workshop", HTML, None),
        ("GET", "/veranstaltungen/RSS", HTML, None),
        ("GET", "/veranstaltungen/rss.xml", HTML, None),
        ("GET", "/veranstaltungen/atom.xml", HTML, None),
        ("GET", "/@@search_rss?SearchableText=Workshop", HTML, None),
        ("GET", "/@@rss-veranstaltungen", HTML, None),
        ("GET", "/@@rss-ergebnisse", HTML, None),
        ("GET", "/@@naechste-veranstaltungen?anzahl=10", HTML, None),
        ("GET", "/sitemap.xml.gz", HTML, None),
        ("GET", "/sitemap.xml.gz?page=1", HTML, None),
        ("GET", "/ics_view", HTML, None),
        ("GET", "/veranstaltungen/ics_view", HTML, None),
        ("GET", "/veranstaltungen/workshop-3/ics_view", HTML, None),
    ]
    for marker in markers:
        # Search for a prefix: the answers echo the search term, and the
        # echo must not count as a leak; the whole marker in an answer does.
        term = search_prefix(marker)
        found += [
            ("GET", f"/@search?SearchableText={term}*", JSON, None),
            ("GET", f"/@@search?SearchableText={term}*", HTML, None),
            querystring_search("SearchableText", "string.contains", term),
        ]
    for path in hidden_paths:
        found += [
            ("GET", path, HTML, None),
            ("GET", path, JSON, None),
            ("GET", f"{path}/ics_view", HTML, None),
        ]
    return found


def querystring_search(index, operation, value, **parameters):
    """A POST to @querystring-search with one criterion (`operation` below
    plone.app.querystring.operation) and the request's other `parameters`."""
    criterion = {
        "i": index,
        "o": f"plone.app.querystring.operation.{operation}",
        "v": value,
    }
    return ("POST", "/@querystring-search", JSON, {"query": [criterion], **parameters})


def signup_routes():
    """Where a workshop's sign-ups could show: the form (page and JSON),
    the workshop's JSON, and easyform's saved-data views and CSV export
    (those need a permission only organisers hold)."""
    return [
        ("GET", SIGNUP_FORM, HTML, None),
        ("GET", SIGNUP_FORM, JSON, None),
        ("GET", f"{SIGNUP_FORM}?fullobjects=1", JSON, None),
        ("GET", "/veranstaltungen/workshop-4", JSON, None),
        ("GET", "/veranstaltungen/workshop-4?fullobjects=1", JSON, None),
        ("GET", f"{SIGNUP_FORM}/saveddata", HTML, None),
        ("GET", SAVED_DATA, HTML, None),
        ("GET", CSV_EXPORT, HTML, None),
        ("GET", SIGNUP_LIST, HTML, None),
        ("GET", SIGNUP_LIST_CSV, HTML, None),
        ("GET", "/veranstaltungen/workshop-4/@@einlass?q=a", HTML, None),
        ("GET", "/veranstaltungen/workshop-4/@@anwesenheitsliste", HTML, None),
        ("GET", f"{SIGNUP_FORM}/@@actions", HTML, None),
        ("GET", "/@search?portal_type=EasyForm&fullobjects=1", JSON, None),
        querystring_search("portal_type", "selection.any", ["EasyForm"], fullobjects=1),
    ]


def answer_text(response):
    body = response.content
    if body[:2] == b"\x1f\x8b":  # sitemap.xml.gz
        body = gzip.decompress(body)
    return body.decode("utf-8", errors="replace")


def crawl(portal_url, route_list, auth=None):
    """Yield (route, text) for every route; fail on a server error."""
    session = requests.Session()
    session.auth = auth
    for method, path, headers, body in route_list:
        response = session.request(
            method, portal_url + path, headers=headers, json=body, timeout=60
        )
        assert response.status_code < 500, (method, path, response.text[:300])
        yield (method, path, "json" if headers else "html"), answer_text(response)
