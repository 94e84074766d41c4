"""Make, keep and cancel commitments."""

from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from regulars.businesses.models import User
from regulars.commitments import callback_quality
from regulars.commitments.models import Commitment
from regulars.customers.models import Customer

PAST_GRACE = datetime.timedelta(minutes=1)
MAX_TEXT = 500


def create_commitment(
    *,
    customer: Customer,
    kind: str,
    text: str,
    owner: User | int | None,
    due_at: datetime.datetime | None,
    by: User | None,
    source: str = "hand",
    follows: Commitment | None = None,
) -> Commitment:
    """Record what was promised, to whom, by whom and by when; refuse what cannot be kept."""
    errors: dict[str, list[str]] = {}
    text = (text or "").strip()
    if not text:
        errors["text"] = ["Say what was promised."]
    elif len(text) > MAX_TEXT:
        errors["text"] = [f"At most {MAX_TEXT} characters."]
    if kind not in dict(Commitment.KINDS):
        errors["kind"] = [f"Unknown kind; use one of {', '.join(dict(Commitment.KINDS))}."]
    owner_user = None
    if owner is None:
        errors["owner"] = ["Every commitment needs an owner."]
    else:
        owner_id = owner.pk if isinstance(owner, User) else owner
        owner_user = customer.business.staff().filter(pk=owner_id).first()
        if owner_user is None:
            errors["owner"] = ["The owner must be a member of this business."]
    if due_at is None:
        errors["due_at"] = ["Every commitment needs a due time."]
    elif timezone.is_naive(due_at):
        errors["due_at"] = ["Give the due time with its time zone."]
    elif due_at < timezone.now() - PAST_GRACE:
        errors["due_at"] = ["The due time is in the past."]
    if errors:
        raise ValidationError(errors)
    return Commitment.objects.create(
        business_id=customer.business_id, customer=customer, kind=kind, text=text,
        owner=owner_user, due_at=due_at, source=source, created_by=by, follows=follows,
    )


def complete(
    *, commitment: Commitment, outcome: str, by: User, now: datetime.datetime | None = None
) -> Commitment:
    """Mark a commitment kept; a callback closes only with an outcome that carries value.

    A refused callback stays open and keeps the reason in `flagged`, so the owner sees
    why. A callback whose outcome names a specific time ("I'll call you at 4pm
    Thursday") is closed and the time becomes a new promise, due then and owned by the
    same person.
    """
    now = now or timezone.now()
    outcome = (outcome or "").strip()
    if len(outcome) > 2000:
        raise ValidationError({"outcome": ["The outcome is at most 2000 characters."]})
    verdict = None
    if commitment.kind == Commitment.CALLBACK:
        if not outcome:
            raise ValidationError({"outcome": ["Say what you told them: a callback closes "
                                               "with an answer, a time or a resource."]})
        verdict = callback_quality.assess(outcome, now=now, tz=commitment.business.tz)
        if not verdict.has_value:
            message = callback_quality.describe(verdict)
            Commitment.objects.filter(pk=commitment.pk, status=Commitment.OPEN).update(
                flagged=message[:300]
            )
            raise ValidationError({"outcome": [message]})
    with transaction.atomic():
        commitment = Commitment.objects.select_for_update().get(pk=commitment.pk)
        if commitment.status != Commitment.OPEN:
            raise ValidationError(f"This {commitment.get_kind_display().lower()} is already "
                                  f"{commitment.get_status_display().lower()}.")
        if verdict is not None and verdict.promised_at is not None:
            Commitment.objects.create(
                business_id=commitment.business_id, customer_id=commitment.customer_id,
                kind=Commitment.PROMISE, owner_id=commitment.owner_id,
                text=f"As promised ({verdict.promised_text}): {outcome}"[:MAX_TEXT],
                due_at=verdict.promised_at, source="hand", created_by=by, follows=commitment,
            )
        commitment.status = Commitment.DONE
        commitment.done_at = now
        commitment.done_by = by
        commitment.outcome = outcome
        commitment.flagged = ""
        commitment.kept_on_time = now <= commitment.due_at
        commitment.save()
    return commitment


def cancel(*, commitment: Commitment, by: User, reason: str = "") -> Commitment:
    if commitment.status != Commitment.OPEN:
        raise ValidationError("Only an open commitment can be cancelled.")
    commitment.status = Commitment.CANCELLED
    commitment.done_at = timezone.now()
    commitment.done_by = by
    commitment.outcome = reason.strip()[:2000]
    commitment.save()
    return commitment
