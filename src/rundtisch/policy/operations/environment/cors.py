"""The origins that may read the REST API from other sites, from the environment.

    CORS_ALLOW_ORIGINS   comma-separated origins
                         (``https://www.dresden.de,https://leipzig.de``) or
                         ``*``; unset or empty: no origin, so no CORS
                         header is ever sent

Read once, when this module is imported, i.e. while Zope loads ZCML at
start-up; a new value takes effect on the next restart, like every other
setting in zope.conf's environment. The one home of the origins: the CORS
policy (restapi/cors/policy.py) and the ETag part of cached REST answers
(caching/etags.py) both ask `allowed_origins()`.
"""

import os


ENVIRONMENT_VARIABLE = "CORS_ALLOW_ORIGINS"


def origins_from(environ):
    """The allowed origins in `environ`, without blanks and trailing slashes."""
    value = environ.get(ENVIRONMENT_VARIABLE, "")
    return [origin.strip().rstrip("/") for origin in value.split(",") if origin.strip()]


ALLOWED_ORIGINS = origins_from(os.environ)


def allowed_origins():
    """The origins that may read, as read at start-up."""
    return ALLOWED_ORIGINS
