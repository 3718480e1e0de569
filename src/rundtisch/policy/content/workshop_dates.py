"""A new workshop starts next week, 18:00 to 20:00 (docs/design.md §2).

plone.app.event's add form proposes today, the coming full hour, for one
hour: for the round table's evening workshops every editor had to change
both fields. z3c.form asks for a field's "default" value adapter before the
field's own default, so these apply to the Workshop add form only; other
types keep plone.app.event's defaults.
"""

from datetime import timedelta
from plone.app.event.dx.behaviors import default_end as event_default_end
from plone.app.event.dx.behaviors import default_start as event_default_start
from plone.app.event.dx.behaviors import IEventBasic
from rundtisch.policy.dates import now
from z3c.form.interfaces import IAddForm
from z3c.form.widget import ComputedWidgetAttribute


START_HOUR, END_HOUR = 18, 20


def next_week_at(hour):
    return (now() + timedelta(days=7)).replace(
        hour=hour, minute=0, second=0, microsecond=0
    )


def is_workshop_form(adapter):
    return getattr(adapter.view, "portal_type", None) == "Workshop"


def start(adapter):
    if is_workshop_form(adapter):
        return next_week_at(START_HOUR)
    return event_default_start(adapter.context)


def end(adapter):
    if is_workshop_form(adapter):
        return next_week_at(END_HOUR)
    return event_default_end(adapter.context)


default_start = ComputedWidgetAttribute(
    start, field=IEventBasic["start"], view=IAddForm
)
default_end = ComputedWidgetAttribute(end, field=IEventBasic["end"], view=IAddForm)
