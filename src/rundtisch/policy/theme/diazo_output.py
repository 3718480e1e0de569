"""Correct the themed output: valid HTML, and German throughout.

They come from code we cannot override for our layer: the theme's
index.html and rules.xml, libxml2's serializer, and Plone's resource
registry. A transform right after
plone.app.theming's (order 8850) edits the themed tree before it is written:

- Duplicate character encoding declaration. Plone's main_template starts
  <head> with <meta charset="utf-8">; the rules move it behind the theme's
  icon links (past the first 1024 bytes), and libxml2 writes the Diazo output
  (XHTML) with its own <meta http-equiv="Content-Type" ... charset=UTF-8> as
  the first child of <head> unless the head already has such an http-equiv
  meta; a charset meta does not count. So the charset meta goes, and the one
  libxml2 adds declares the encoding, early enough.
- index.html gives the offcanvas navigation a plain <div> with
  aria-labelledby="offcanvasNavbarLabel", an attribute a div without a role
  may not have, naming an element that does not exist. Bootstrap's offcanvas
  does not read it.
- Scripts of bundles loaded deferred or async (registry/bundles.xml) come
  with `defer="True"`; a boolean attribute may only be empty or repeat its
  name.
- The close button of the mobile menu is labelled "Close" in index.html,
  static HTML that no catalogue reaches; its label comes from ours.
- index.html has no skip link. Keyboard users would tab through the
  toolbar, the header and the whole navigation before the content; the
  first element of <body> is now a link "Zum Inhalt springen" to the
  content, hidden until it has the focus (docs/design.md §5).
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


CLOSE_MENU = _("label_close_main_menu", default="Menü schließen")
SKIP_TO_CONTENT = _("label_skip_to_content", default="Zum Inhalt springen")
# Where the skip link leads: Plone's content (title and text), or the
# theme's <main> on pages without it.
SKIP_TARGETS = ("content", "main-container")


def remove_keeping_tail(element):
    """Remove `element` but not the text that follows it."""
    parent = element.getparent()
    if element.tail:
        previous = element.getprevious()
        if previous is None:
            parent.text = (parent.text or "") + element.tail
        else:
            previous.tail = (previous.tail or "") + element.tail
    parent.remove(element)


@implementer(ITransform)
@adapter(Interface, IRundtischPolicyLayer)
class DiazoOutputFixes:
    order = 8860  # after plone.app.theming.transform (8850)

    def __init__(self, published, request):
        self.published = published
        self.request = request

    def transformBytes(self, result, encoding):
        return None  # not themed: nothing to correct

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
        for meta in root.xpath("/html/head/meta[@charset]"):
            remove_keeping_tail(meta)
        for element in root.xpath("//div[@id='offcanvasNavbar'][@aria-labelledby]"):
            label_id = element.get("aria-labelledby")
            if not root.xpath("//*[@id=$label_id]", label_id=label_id):
                del element.attrib["aria-labelledby"]
        for name in ("defer", "async"):
            for script in root.xpath(f"//script[@{name}='True']"):
                script.set(name, name)
        close_label = translate(CLOSE_MENU, context=self.request)
        for button in root.xpath(
            "//div[@id='offcanvasNavbar']//button[@aria-label='Close']"
        ):
            button.set("aria-label", close_label)
        self.add_skip_link(root)
        return result

    def add_skip_link(self, root):
        body = root.find("body")
        if body is None:
            return
        for target in SKIP_TARGETS:
            if root.xpath("//*[@id=$target]", target=target):
                break
        else:
            return
        link = etree.Element(
            "a",
            {
                "class": "visually-hidden-focusable rt-skip-link",
                "href": f"{self.page_url()}#{target}",
            },
        )
        link.text = translate(SKIP_TO_CONTENT, context=self.request)
        link.tail = body.text
        body.text = None
        body.insert(0, link)

    def page_url(self):
        """This page's own address. Plone's <base href> names the folder
        (".../workshop/"), so a bare "#content" would load that page."""
        url = self.request.get("ACTUAL_URL") or ""
        query = self.request.get("QUERY_STRING")
        return f"{url}?{query}" if query else url
