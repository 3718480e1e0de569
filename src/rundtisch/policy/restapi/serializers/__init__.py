"""JSON serialization of the portal's types for plone.restapi."""
