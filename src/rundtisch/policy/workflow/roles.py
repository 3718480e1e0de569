"""German titles of the department reviewer roles on the sharing page."""

from plone.app.workflow.interfaces import ISharingPageRole
from plone.app.workflow.permissions import DelegateReviewerRole
from rundtisch.policy import _
from zope.interface import implementer


@implementer(ISharingPageRole)
class SocialReviewerRole:
    title = _("title_social_reviewer", default="Kann für GB Soziales freigeben")
    required_permission = DelegateReviewerRole
    required_interface = None


@implementer(ISharingPageRole)
class UrbanReviewerRole:
    title = _("title_urban_reviewer", default="Kann für GB Stadtentwicklung freigeben")
    required_permission = DelegateReviewerRole
    required_interface = None
