"""German wording where other packages leave English or msgids on our pages.

Mostly translations (locales/, registered before plone.app.locales by the
instance's site.zcml, see locales.zcml); where a msgid never reaches the
translation machinery, the smallest fix in code: the icon resolver translates
the label it is given, the Diazo theme's close button gets a German label,
and the "Required" marker of two widget templates without an i18n domain
(data grid, single checkbox) is rendered in the plone domain.
"""
