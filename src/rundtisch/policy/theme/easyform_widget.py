"""The field wrapper of EasyForm forms (the sign-up form), with valid group labels.

collective.easyform's wrapper (its widget.pt) writes <label for="WIDGET-ID">
for every field. For a group of checkboxes or radio buttons, WIDGET-ID names
the <div> around the boxes, not a form control, which HTML does not allow
(and which labels nothing). On our layer the wrapper instead labels such a
group as a group: role="group" with aria-labelledby pointing to the label.
"""

from collective.easyform.browser.widgets import RenderWidget
from rundtisch.policy.interfaces import IRundtischPolicyLayer
from z3c.form.interfaces import ICheckBoxWidget
from z3c.form.interfaces import IRadioWidget
from z3c.form.interfaces import ISingleCheckBoxWidget
from zope.browserpage.viewpagetemplatefile import ViewPageTemplateFile


class GroupLabelRenderWidget(RenderWidget):
    corrected = ViewPageTemplateFile("templates/easyform_widget.pt")

    @property
    def index(self):
        if IRundtischPolicyLayer.providedBy(self.request):
            return self.corrected
        return super().index

    def is_group(self):
        """Whether the widget is a group of checkboxes or radio buttons."""
        widget = self.context
        return (
            ICheckBoxWidget.providedBy(widget) or IRadioWidget.providedBy(widget)
        ) and not ISingleCheckBoxWidget.providedBy(widget)
