"""CORS for read-only REST calls from the origins in ``$CORS_ALLOW_ORIGINS``."""
