"""plone.formwidget.namedfile's file and image widgets under our CSP.

The stock widget switches its radio buttons ("Vorhandenes Bild behalten" /
"Mit neuem Bild ersetzen") with an inline script and ``onclick`` handlers,
which the Content-Security-Policy refuses (docs/security.md). A photo chosen
while "behalten" stayed ticked was then dropped without a word. Here an
upload always wins over "keep", and the page loads the portal's own script
file (``file-widget.js``) instead of the inline one (docs/design.md §3).
"""

from plone.formwidget.namedfile.widget import NamedFileWidget
from plone.formwidget.namedfile.widget import NamedImageWidget
from plone.namedfile.interfaces import INamedFileField
from plone.namedfile.interfaces import INamedImageField
from rundtisch.policy.interfaces import IRundtischPolicyLayer
from z3c.form.interfaces import IFieldWidget
from z3c.form.interfaces import NOVALUE
from z3c.form.widget import FieldWidget
from zope.component import adapter
from zope.component.hooks import getSite
from zope.interface import implementer

import re


SCRIPT = "++plone++rundtisch.policy/file-widget.js"
# The widget's template has no slot for a script file; rewriting its output
# here is smaller than a copy of its 160-line template that we would have to
# keep in step with every release.
INLINE_SCRIPT = re.compile(r"<script[^>]*>[^<]*\.disabled=true;\s*</script>")
INLINE_HANDLER = re.compile(r'\sonclick="document\.getElementById\([^"]*"')


def has_upload(request, name):
    return bool(getattr(request.get(name), "filename", None))


class CspSafeWidgetMixin:
    def extract(self, default=NOVALUE):
        action_key = f"{self.name}.action"
        if self.request.get(action_key) == "nochange" and has_upload(
            self.request, self.name
        ):
            # A file chosen is a file to keep, whatever radio stayed ticked.
            self.request.set(action_key, "replace")
            self.request.form[action_key] = "replace"
        return super().extract(default)

    def render(self):
        html = super().render()
        if self.mode != "input":
            return html
        html = INLINE_HANDLER.sub("", INLINE_SCRIPT.sub("", html))
        site = getSite()
        src = f"{site.absolute_url()}/{SCRIPT}" if site is not None else SCRIPT
        return f'{html}<script src="{src}" defer></script>'


class CspSafeFileWidget(CspSafeWidgetMixin, NamedFileWidget):
    """File widget (File, attachments)."""


class CspSafeImageWidget(CspSafeWidgetMixin, NamedImageWidget):
    """Image widget (the workshop photo, Image)."""


@implementer(IFieldWidget)
@adapter(INamedFileField, IRundtischPolicyLayer)
def file_field_widget(field, request):
    return FieldWidget(field, CspSafeFileWidget(request))


@implementer(IFieldWidget)
@adapter(INamedImageField, IRundtischPolicyLayer)
def image_field_widget(field, request):
    return FieldWidget(field, CspSafeImageWidget(request))
