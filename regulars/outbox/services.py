"""Queue messages for the worker to send after the caller's transaction commits."""

from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils import timezone

from regulars.businesses.models import Business
from regulars.customers.models import Customer
from regulars.outbox.models import Message


def build_email(
    *,
    business: Business,
    to: str,
    subject: str,
    body: str,
    customer: Customer | None = None,
    commitment_id: int | None = None,
    send_after: datetime.datetime | None = None,
) -> Message:
    """Check an email and return its unsaved row (for bulk_create); raise ValidationError."""
    to = (to or "").strip()
    try:
        validate_email(to)
    except ValidationError as e:
        raise ValidationError({"to": [f"{to!r} is not an email address."]}) from e
    subject = " ".join((subject or "").split())
    if not subject:
        raise ValidationError({"subject": ["An email needs a subject."]})
    if send_after is not None and timezone.is_naive(send_after):
        raise ValidationError({"send_after": ["Give the time with its time zone."]})
    if customer is not None and customer.business_id != business.pk:
        raise ValidationError({"customer": ["The customer belongs to another business."]})
    when = send_after or timezone.now()
    return Message(
        business=business, customer=customer, commitment_id=commitment_id, to=to,
        subject=subject[:200], body=body or "", send_after=when, next_attempt_at=when,
    )


def queue_email(
    *,
    business: Business,
    to: str,
    subject: str,
    body: str,
    customer: Customer | None = None,
    commitment_id: int | None = None,
    send_after: datetime.datetime | None = None,
) -> Message:
    """Write an email to the outbox inside the caller's transaction.

    Nothing is sent here: the worker picks the row up once the transaction commits (it
    cannot see it before), so a rollback sends nothing. `send_after` schedules it later.
    """
    message = build_email(
        business=business, to=to, subject=subject, body=body, customer=customer,
        commitment_id=commitment_id, send_after=send_after,
    )
    message.save(force_insert=True)
    return message
