"""What tests POST to the REST API to create content (functional and
operations tests)."""

from datetime import datetime
from datetime import timedelta


def upcoming_workshop(workshop_id, **fields):
    """A Workshop 30 days ahead, three hours long, as REST JSON."""
    start = datetime.now().replace(microsecond=0) + timedelta(days=30)
    return {
        "@type": "Workshop",
        "id": workshop_id,
        "title": f"Workshop {workshop_id}",
        "start": start.isoformat(),
        "end": (start + timedelta(hours=3)).isoformat(),
        **fields,
    }
