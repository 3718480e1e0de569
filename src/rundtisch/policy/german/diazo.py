"""German labels for the few English words in Barceloneta's theme/index.html.

The theme file is static HTML, outside any translation: a transform right
after plone.app.theming's (order 8850) sets the label of the mobile menu's
close button from our catalogue.
"""

from lxml import etree
from plone.transformchain.interfaces import ITransform
from repoze.xmliter.serializer import XMLSerializer
from rundtisch.policy import _
from rundtisch.policy.interfaces import IRundtischPolicyLayer
from zope.component import adapter
from zope.i18n import translate
from zope.interface import implementer
from zope.interface import Interface


LABELS = {
    "//div[@id='offcanvasNavbar']//button[@aria-label='Close']": _(
        "label_close_main_menu", default="Menü schließen"
    ),
}


@implementer(ITransform)
@adapter(Interface, IRundtischPolicyLayer)
class GermanThemeLabels:
    order = 8855  # after plone.app.theming.transform (8850)

    def __init__(self, published, request):
        self.published = published
        self.request = request

    def transformBytes(self, result, encoding):
        return None

    def transformString(self, result, encoding):
        return None

    def transformUnicode(self, result, encoding):
        return None

    def transformIterable(self, result, encoding):
        # Only a page Diazo has themed: its result is an XSLT result tree.
        if not isinstance(result, XMLSerializer) or not isinstance(
            result.tree, etree._XSLTResultTree
        ):
            return None
        root = result.tree.getroot()
        if root is None:
            return None
        for path, label in LABELS.items():
            for element in root.xpath(path):
                element.set("aria-label", translate(label, context=self.request))
        return result
