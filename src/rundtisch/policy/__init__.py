"""Policy add-on of the Runder Tisch Soziales Wohnen Dresden portal."""

from zope.i18nmessageid import MessageFactory

import logging


PACKAGE_NAME = "rundtisch.policy"

_ = MessageFactory(PACKAGE_NAME)

logger = logging.getLogger(PACKAGE_NAME)
