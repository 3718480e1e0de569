"""iCalendar feeds (``ics_view``) that only ever contain published events."""
