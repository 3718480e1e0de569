"""REST routes the portal does not offer answer 404, not a server error.

Comments are off (plone.app.discussion is not installed), yet
plone.restapi registers @comments for every item and answered 500. The
contact mails @email-notification (to the site) and @email-send (to a user)
are not part of the portal: anonymous visitors could make it send mail, and
with the mail server down they answered 500.
"""

from plone.restapi.services import Service
from zExceptions import NotFound


class NotOffered(Service):
    def reply(self):
        raise NotFound("Diese Schnittstelle bietet das Portal nicht an. / Not offered.")
