"""`rundtisch.alt_text`: what a photo shows, for people who cannot see it.

Plone's Image type has no alternative text; the workshop page shows the
photos of the documentation as a gallery, and every photo there needs one
(BITV 2.0). Required, so the add form asks for it.
"""

from plone.autoform.interfaces import IFormFieldProvider
from plone.supermodel import model
from rundtisch.policy import _
from zope import schema
from zope.interface import provider


@provider(IFormFieldProvider)
class IAltText(model.Schema):
    alt_text = schema.TextLine(
        title=_("label_alt_text", default="Alternativtext"),
        description=_(
            "help_alt_text",
            default="Was auf dem Foto zu sehen ist, in einem Satz – für Menschen, "
            "die es nicht sehen können. Zum Beispiel: Teilnehmende sortieren "
            "Karten an einer Pinnwand.",
        ),
        required=True,
        max_length=250,
    )
