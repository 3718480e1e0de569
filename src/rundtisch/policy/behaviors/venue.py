"""`rundtisch.venue`: how to get to the venue and how accessible it is.

The address itself is plone.app.event's `location`; the workshop page links
it to OpenStreetMap (a link, no embedded map: no third-party content loads
before the visitor asks for it).
"""

from plone.app.dexterity.textindexer import searchable
from plone.autoform import directives
from plone.autoform.interfaces import IFormFieldProvider
from plone.supermodel import model
from rundtisch.policy import _
from zope import schema
from zope.interface import provider


@provider(IFormFieldProvider)
class IVenue(model.Schema):
    # Words a visitor reads on the page are found by Plone's search
    # (indexers/searchable_text.py, docs/design.md §5).
    searchable("venue_accessibility", "venue_directions")
    directives.order_after(venue_accessibility="IEventLocation.location")
    venue_accessibility = schema.Text(
        title=_("label_venue_accessibility", default="Barrierefreiheit des Ortes"),
        description=_(
            "help_venue_accessibility",
            default="Zum Beispiel: stufenloser Zugang über den Seiteneingang, "
            "Aufzug, barrierefreies WC, Induktionsschleife im Saal.",
        ),
        required=False,
        max_length=2000,
    )
    directives.order_after(venue_directions="venue_accessibility")
    venue_directions = schema.Text(
        title=_("label_venue_directions", default="Anfahrt"),
        description=_(
            "help_venue_directions",
            default="Haltestellen von Straßenbahn und Bus, Fahrradständer, "
            "Parkplätze für Menschen mit Behinderung.",
        ),
        required=False,
        max_length=2000,
    )
