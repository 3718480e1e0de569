"""German wording where other packages leave English or msgids on our pages.

Mostly translations (locales/, registered before plone.app.locales by the
instance's site.zcml, see locales.zcml); where a msgid never reaches the
translation machinery, the smallest fix in code: the icon resolver translates
the label it is given, the Diazo theme's close button gets a German label
(theme/diazo_output.py), and the "Required" marker of two widget templates
without an i18n domain (data grid, single checkbox) is rendered in the plone
domain. `german()` is the one way our code translates text that is stored or
mailed rather than shown.
"""

from zope.globalrequest import getRequest
from zope.i18n import translate
from zope.i18nmessageid import Message


def german(message, **mapping):
    """`message` in German, whatever language the request asks for: for text
    that is stored or mailed (titles of created content, mails), not shown."""
    if mapping:
        message = Message(message, mapping=mapping)
    return translate(message, context=getRequest(), target_language="de")
