"""A person's open commitments as an iCalendar feed their phone can subscribe to."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.utils import timezone
from icalendar import Calendar, Event

from regulars.businesses.models import User
from regulars.commitments.models import Commitment

SLOT = datetime.timedelta(minutes=15)


def calendar_for(user: User) -> bytes:
    """Return the calendar of everything `user` owes, in every business they work in."""
    cal = Calendar()
    cal.add("prodid", "-//Regulars//commitments//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", f"Regulars: what {user.short_name} owes")
    rows = (
        Commitment.objects.open().filter(
            owner=user, business__memberships__user=user
        ).select_related("customer", "business").order_by("due_at")[:1000]
    )
    stamp = timezone.now()
    for c in rows:
        event = Event()
        event.add("uid", f"commitment-{c.pk}@regulars")
        event.add("dtstamp", stamp)
        event.add("dtstart", c.due_at)
        event.add("dtend", c.due_at + SLOT)
        event.add("summary", f"{c.get_kind_display()}: {c.customer.full_name}")
        event.add("description", c.text)
        event.add("url", f"{settings.SITE_URL}{c.customer.get_absolute_url()}")
        event.add("categories", [c.business.name])
        cal.add_component(event)
    return cal.to_ical()
