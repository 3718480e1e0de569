"""RSS feeds of new workshops and new results (issue 17), on Plone's syndication."""
