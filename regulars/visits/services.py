"""Log what happened with a customer and let the playbook say what is now owed."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from regulars.businesses.models import Business, User
from regulars.commitments import playbooks
from regulars.commitments.models import Rule
from regulars.customers import services as customer_services
from regulars.customers.models import Customer, Note
from regulars.visits.models import Interaction

TRIGGER_FOR_KIND = {
    Interaction.CALL: Rule.CALL,
    Interaction.VOICEMAIL: Rule.VOICEMAIL,
    Interaction.EMAIL: Rule.MESSAGE,
    Interaction.MESSAGE: Rule.MESSAGE,
    Interaction.WALK_IN: Rule.ENQUIRY,
    Interaction.ENQUIRY: Rule.ENQUIRY,
    Interaction.VISIT: Rule.VISIT,
    Interaction.SALE: Rule.SALE,
}
MAX_BATCH = 500
MAX_ITEMS = 50
FUTURE_GRACE = datetime.timedelta(minutes=5)


@dataclass
class NewInteraction:
    """One interaction to log, validated before anything is written."""

    customer_id: int
    kind: str
    occurred_at: datetime.datetime | None = None
    summary: str = ""
    amount: Decimal | None = None
    items: list[str] = field(default_factory=list)
    note: str = ""
    note_author_kind: str = Note.STAFF
    external_id: str = ""


def _check(row: NewInteraction, customers: dict[int, Customer], now) -> list[str]:
    errors = []
    if row.kind not in dict(Interaction.KINDS):
        kinds = ", ".join(dict(Interaction.KINDS))
        errors.append(f"unknown kind {row.kind!r}; use one of {kinds}")
    if row.customer_id not in customers:
        errors.append(f"no customer {row.customer_id}")
    if row.occurred_at and row.occurred_at > now + FUTURE_GRACE:
        errors.append("occurred_at is in the future")
    if row.amount is not None and row.amount < 0:
        errors.append("amount cannot be negative")
    if row.amount is not None and row.kind not in (Interaction.SALE, Interaction.VISIT):
        errors.append("only a sale or a visit has an amount")
    if len(row.items) > MAX_ITEMS:
        errors.append(f"at most {MAX_ITEMS} items")
    if len(row.summary) > 300:
        errors.append("summary is at most 300 characters")
    if row.note:
        try:
            customer_services.clean_note_text(row.note)
        except ValidationError as e:
            errors.extend(e.messages)
    return errors


def log_interactions(
    *, business: Business, rows: list[NewInteraction], staff: User | None
) -> list[Interaction]:
    """Log a batch: every row is checked first; one bad row writes nothing at all.

    Rows whose external_id was already logged are returned as they were, so a retried
    delivery neither duplicates the interaction nor fires its playbook twice.
    """
    if len(rows) > MAX_BATCH:
        raise ValidationError(f"At most {MAX_BATCH} interactions per batch.")
    now = timezone.now()
    ids = {r.customer_id for r in rows}
    customers = {
        c.pk: c for c in Customer.objects.for_business(business)
        .filter(pk__in=ids).select_related("owner")
    }
    problems = {i: errs for i, r in enumerate(rows) if (errs := _check(r, customers, now))}
    if problems:
        raise ValidationError({f"row {i}": errs for i, errs in problems.items()})
    with transaction.atomic():
        known = _already_logged(business, rows)
        fresh, batch_ids = [], set()
        for r in rows:
            if r.external_id and (r.external_id in known or r.external_id in batch_ids):
                continue
            batch_ids.add(r.external_id)
            fresh.append(r)
        first_timers = _without_transactions(business, fresh)
        created = []
        for r in fresh:
            note = None
            if r.note:
                note = customer_services.add_note(
                    customer=customers[r.customer_id], text=r.note, author=staff,
                    author_kind=r.note_author_kind, source=r.kind,
                )
            created.append(Interaction(
                business=business, customer_id=r.customer_id, kind=r.kind,
                occurred_at=r.occurred_at or now, staff=staff, summary=r.summary,
                amount=r.amount, items=r.items, note=note, external_id=r.external_id,
            ))
        Interaction.objects.bulk_create(created)
        events = []
        for row in created:
            customer = customers[row.customer_id]
            events.append(_event(TRIGGER_FOR_KIND[row.kind], customer, row, staff))
            if row.kind in Interaction.TRANSACTIONS and row.customer_id in first_timers:
                first_timers.discard(row.customer_id)
                events.append(_event(Rule.FIRST_TRANSACTION, customer, row, staff))
        playbooks.fire(business, events)
    by_external = {**known, **{i.external_id: i for i in created if i.external_id}}
    anonymous = iter(i for i in created if not i.external_id)
    return [by_external[r.external_id] if r.external_id else next(anonymous) for r in rows]


def _event(trigger: str, customer: Customer, row: Interaction, staff: User | None):
    what = row.summary or (", ".join(row.items) if row.items else "")
    return playbooks.Event(
        trigger=trigger, customer=customer, at=row.occurred_at, key=f"i{row.pk}",
        staff=staff, interaction_id=row.pk, what=what, amount=row.amount,
    )


def _already_logged(business: Business, rows: list[NewInteraction]) -> dict[str, Interaction]:
    external = [r.external_id for r in rows if r.external_id]
    if not external:
        return {}
    found = Interaction.objects.for_business(business).filter(external_id__in=external)
    return {i.external_id: i for i in found}


def _without_transactions(business: Business, rows: list[NewInteraction]) -> set[int]:
    ids = {r.customer_id for r in rows if r.kind in Interaction.TRANSACTIONS}
    if not ids:
        return set()
    seen = set(
        Interaction.objects.for_business(business)
        .filter(customer_id__in=ids, kind__in=Interaction.TRANSACTIONS)
        .values_list("customer_id", flat=True).distinct()
    )
    return ids - seen


def log_interaction(*, business: Business, staff: User | None, **fields: Any) -> Interaction:
    """Log one interaction (see log_interactions)."""
    return log_interactions(business=business, rows=[NewInteraction(**fields)], staff=staff)[0]
