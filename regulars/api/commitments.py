"""Interactions, commitments and playbook rules over the API."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Literal

from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Query, Router, Schema
from ninja.errors import HttpError
from ninja.responses import Status
from pydantic import Field

from regulars.api.schemas import Strict
from regulars.commitments import services as commitment_services
from regulars.commitments.models import Commitment, Rule
from regulars.customers.models import Customer
from regulars.visits import services as visit_services
from regulars.visits.models import Interaction

router = Router(tags=["commitments"])

InteractionKind = Literal[tuple(dict(Interaction.KINDS))]  # type: ignore[valid-type]
CommitmentKind = Literal[tuple(dict(Commitment.KINDS))]  # type: ignore[valid-type]


class InteractionIn(Strict):
    customer_id: int
    kind: str = Field(max_length=20, description=", ".join(dict(Interaction.KINDS)))
    occurred_at: datetime.datetime | None = None
    summary: str = Field("", max_length=300)
    amount: Decimal | None = Field(None, max_digits=10, decimal_places=2)
    items: list[str] = Field(default_factory=list, max_length=50)
    note: str = Field("", max_length=10000)
    note_author_kind: Literal["staff", "customer"] = "staff"
    external_id: str = Field("", max_length=100)


class InteractionBatchIn(Strict):
    interactions: list[InteractionIn] = Field(min_length=1, max_length=500)


class InteractionOut(Schema):
    id: int
    customer_id: int
    kind: str
    occurred_at: datetime.datetime
    summary: str
    amount: Decimal | None
    items: list[str]
    note_id: int | None
    external_id: str


class CommitmentIn(Strict):
    customer_id: int
    kind: CommitmentKind = "promise"
    text: str = Field(min_length=1, max_length=500)
    owner_id: int | None = None
    due_at: datetime.datetime


class CompleteIn(Strict):
    outcome: str = Field("", max_length=2000)


class CancelIn(Strict):
    reason: str = Field("", max_length=2000)


class CommitmentOut(Schema):
    id: int
    customer_id: int
    kind: str
    text: str
    owner_id: int
    owner: str
    due_at: datetime.datetime
    status: str
    done_at: datetime.datetime | None
    outcome: str
    kept_on_time: bool | None
    flagged: str
    source: str
    rule_id: int | None
    interaction_id: int | None
    follows_id: int | None

    @staticmethod
    def resolve_owner(obj: Commitment) -> str:
        return obj.owner.email


class RuleOut(Schema):
    id: int
    name: str
    trigger: str
    conditions: dict
    delay: int
    delay_unit: str
    commitment_kind: str
    owner_rule: str
    template: str
    active: bool


class RulePatch(Strict):
    name: str | None = Field(None, min_length=1, max_length=120)
    conditions: dict | None = None
    delay: int | None = None
    delay_unit: Literal[tuple(dict(Rule.UNITS))] | None = None  # type: ignore[valid-type]
    commitment_kind: CommitmentKind | None = None
    owner_rule: Literal[tuple(dict(Rule.OWNER_RULES))] | None = None  # type: ignore[valid-type]
    template: str | None = Field(None, min_length=1, max_length=300)
    active: bool | None = None


def _new(row: InteractionIn) -> visit_services.NewInteraction:
    return visit_services.NewInteraction(**row.model_dump())


@router.post("/interactions", response={201: InteractionOut})
def log_interaction(request: HttpRequest, payload: InteractionIn):
    rows = visit_services.log_interactions(
        business=request.business, rows=[_new(payload)], staff=request.user
    )
    return Status(201, rows[0])


class BatchOut(Schema):
    count: int
    ids: list[int] = Field(description="The interactions' ids, in the order posted")


@router.post("/interactions/batch", response={201: BatchOut})
def log_interactions(request: HttpRequest, payload: InteractionBatchIn):
    rows = visit_services.log_interactions(
        business=request.business, rows=[_new(r) for r in payload.interactions],
        staff=request.user,
    )
    return Status(201, {"count": len(rows), "ids": [r.pk for r in rows]})


@router.get("/customers/{int:customer_id}/interactions", response=list[InteractionOut])
def list_interactions(request: HttpRequest, customer_id: int):
    customer = get_object_or_404(Customer.objects.for_business(request.business), pk=customer_id)
    return customer.interactions.all()[:500]


def _commitments(request: HttpRequest):
    return Commitment.objects.for_business(request.business).select_related("owner")


def _commitment(request: HttpRequest, commitment_id: int) -> Commitment:
    return get_object_or_404(
        _commitments(request).select_related("business"), pk=commitment_id
    )


class CommitmentFilter(Strict):
    status: Literal["open", "done", "cancelled"] | None = None
    owner_id: int | None = None
    customer_id: int | None = None
    due_before: datetime.datetime | None = None
    limit: int = Field(100, ge=1, le=500)
    offset: int = Field(0, ge=0)


@router.get("/commitments", response=list[CommitmentOut])
def list_commitments(request: HttpRequest, filters: Query[CommitmentFilter]):
    rows = _commitments(request)
    if filters.status:
        rows = rows.filter(status=filters.status)
    if filters.owner_id:
        rows = rows.filter(owner_id=filters.owner_id)
    if filters.customer_id:
        rows = rows.filter(customer_id=filters.customer_id)
    if filters.due_before:
        rows = rows.filter(due_at__lt=filters.due_before)
    return rows.order_by("due_at", "id")[filters.offset : filters.offset + filters.limit]


@router.post("/commitments", response={201: CommitmentOut})
def create_commitment(request: HttpRequest, payload: CommitmentIn):
    customer = get_object_or_404(
        Customer.objects.for_business(request.business).select_related("business", "owner"),
        pk=payload.customer_id,
    )
    commitment = commitment_services.create_commitment(
        customer=customer, kind=payload.kind, text=payload.text,
        owner=payload.owner_id or customer.owner_id or request.user.pk,
        due_at=payload.due_at, by=request.user, source="api",
    )
    return Status(201, _commitment(request, commitment.pk))


@router.get("/commitments/{int:commitment_id}", response=CommitmentOut)
def get_commitment(request: HttpRequest, commitment_id: int):
    return _commitment(request, commitment_id)


@router.post("/commitments/{int:commitment_id}/complete", response=CommitmentOut)
def complete_commitment(request: HttpRequest, commitment_id: int, payload: CompleteIn):
    commitment = commitment_services.complete(
        commitment=_commitment(request, commitment_id), outcome=payload.outcome,
        by=request.user,
    )
    return _commitment(request, commitment.pk)


@router.post("/commitments/{int:commitment_id}/cancel", response=CommitmentOut)
def cancel_commitment(request: HttpRequest, commitment_id: int, payload: CancelIn):
    commitment_services.cancel(
        commitment=_commitment(request, commitment_id), by=request.user, reason=payload.reason
    )
    return _commitment(request, commitment_id)


@router.get("/rules", response=list[RuleOut])
def list_rules(request: HttpRequest):
    return Rule.objects.for_business(request.business)


@router.patch("/rules/{int:rule_id}", response=RuleOut)
def edit_rule(request: HttpRequest, rule_id: int, payload: RulePatch):
    if not request.membership.is_owner:
        raise HttpError(403, "Only an owner can change the playbook.")
    rule = get_object_or_404(Rule.objects.for_business(request.business), pk=rule_id)
    for name, value in payload.model_dump(exclude_unset=True).items():
        if value is None:
            raise ValidationError({name: ["Cannot be empty."]})
        setattr(rule, name, value)
    rule.full_clean(exclude=["business"])
    rule.save()
    return rule
