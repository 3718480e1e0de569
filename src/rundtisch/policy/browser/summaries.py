"""Catalog brains as the pages list them.

Found through the catalog, so a list holds only what the visitor may see.
Every list shows a title, a description and a link (`teaser`); the workshop
and result lists add the facts their snippets show.
"""

from rundtisch.policy.dates import local
from rundtisch.policy.dates import period
from rundtisch.policy.dates import short_date_with_month
from rundtisch.policy.vocabularies.lookup import title
from rundtisch.policy.vocabularies.lookup import titles


def teaser(brain):
    return {
        "title": brain.Title,
        "description": brain.Description,
        "url": brain.getURL(),
    }


def when(brain):
    """A workshop's date and time (`dates.period`), None without a start."""
    return period(brain.start, brain.end) if brain.start else None


def workshop_summary(brain):
    """For the workshop list (templates/snippets.pt)."""
    return {
        **teaser(brain),
        "when": when(brain),
        "location": brain.location,
        "focus": brain.focus,
        "format_title": title("rundtisch.formats", brain.event_format),
        "topics": titles("rundtisch.topics", brain.topics),
    }


def result_summary(brain):
    """For the result list (templates/snippets.pt)."""
    return {
        **teaser(brain),
        "kind": brain.result_kind,
        "kind_title": title("rundtisch.result_kinds", brain.result_kind),
        "status_title": title("rundtisch.result_statuses", brain.result_status),
        "topics": titles("rundtisch.topics", brain.topics),
    }


def result_summaries(brains):
    return [result_summary(brain) for brain in brains]


def workshop_link(brain):
    """A workshop named where a result or the office cites it: title and day."""
    start = local(brain.start) if brain.start else None
    return {
        "title": brain.Title,
        "url": brain.getURL(),
        "date": short_date_with_month(start) if start else None,
        "date_iso": start.isoformat() if start else None,
    }
