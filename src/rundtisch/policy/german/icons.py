"""The icon resolver, translating the label an icon is given."""

from Products.CMFPlone.browser.icons import IconsView as PloneIconsView
from zope.i18n import translate
from zope.i18nmessageid import Message


class IconsView(PloneIconsView):
    def tag(self, name, tag_class="", tag_alt=""):
        if isinstance(tag_alt, Message):
            tag_alt = translate(tag_alt, context=self.request)
        return super().tag(name, tag_class=tag_class, tag_alt=tag_alt)
