"""content_status_modify that explains a refused transition.

Plone's view lets a WorkflowException through as an error page; a reject
without reason deserves the German message and the form to enter one.
"""

from plone.app.content.browser.content_status_modify import ContentStatusModifyView
from Products.CMFCore.WorkflowCore import WorkflowException
from Products.statusmessages.interfaces import IStatusMessage

import transaction


class ExplainingContentStatusModifyView(ContentStatusModifyView):
    def __call__(self, workflow_action=None, comment="", **kwargs):
        try:
            return super().__call__(workflow_action, comment, **kwargs)
        except WorkflowException as error:
            # Undo what the view changed before the refusal (effective date).
            transaction.doom()
            IStatusMessage(self.request).add(str(error), type="error")
            return self.request.response.redirect(
                f"{self.context.absolute_url()}/@@transition-reason"
                f"?workflow_action={workflow_action}"
            )
