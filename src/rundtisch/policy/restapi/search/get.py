"""@search that answers bad parameters with 400 instead of a server error.

plone.restapi passes the query to the catalog as it comes: `b_size=abc`,
`b_size=-1`, a date index queried with `notadate` or `sort_on` a text index
raise inside the catalog and answered 500 with the exception's name. These
are the client's mistakes; the answer says what to check, in German and
English, and names no exception.
"""

from DateTime.interfaces import DateTimeError
from plone.restapi.exceptions import QueryParsingError
from plone.restapi.services.search.get import SearchGet
from Products.ZCatalog.Catalog import CatalogError
from Products.ZCTextIndex.ParseTree import ParseError
from rundtisch.policy import logger

import transaction


MESSAGE = (
    "Ungültige Suchanfrage: bitte b_size, b_start, sort_limit (ganze Zahlen "
    "ab 0), sort_on (ein sortierbarer Index), Datumswerte und den Suchtext "
    "(ein Suchwort, nicht nur NOT, AND oder -) prüfen. / "
    "Invalid search query: check b_size, b_start, sort_limit (whole numbers "
    "from 0), sort_on (a sortable index), date values and the search text."
)
# What the catalog and the batching raise for malformed parameters: the
# batch asserts, DateTime raises DateError (`start.query=2020-13-45`, not a
# ValueError), the text index's query parser ParseError (`SearchableText=not`).
BAD_PARAMETER_ERRORS = (
    AssertionError,
    CatalogError,
    DateTimeError,
    ParseError,
    QueryParsingError,
    TypeError,
    ValueError,
)


class CheckedSearchGet(SearchGet):
    def reply(self):
        try:
            return super().reply()
        except BAD_PARAMETER_ERRORS as error:
            transaction.doom()
            logger.info(
                "Refused search %s: %r", self.request.get("QUERY_STRING"), error
            )
            self.request.response.setStatus(400)
            return {"error": {"type": "BadRequest", "message": MESSAGE}}
