"""Customers, notes, facts and lookup, all scoped to the token's business."""

from __future__ import annotations

from django.db import transaction
from django.db.models import prefetch_related_objects
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.utils import timezone
from ninja import Query, Router
from ninja.responses import Status
from pydantic import Field

from regulars.api.schemas import (
    CustomerIn,
    CustomerOut,
    CustomerPage,
    CustomerPatch,
    FactIn,
    FactOut,
    FactPatch,
    LookupOut,
    NoteIn,
    NoteOut,
    Strict,
)
from regulars.customers import services
from regulars.customers.greeting import cards_for
from regulars.customers.models import Customer, Fact, Note
from regulars.customers.recognition import lookup as recognise

router = Router(tags=["customers"])
NO_CONTENT = 204


def _customers(request: HttpRequest):
    return (
        Customer.objects.for_business(request.business)
        .select_related("owner")
        .prefetch_related("contacts")
    )


def _customer(request: HttpRequest, customer_id: int) -> Customer:
    return get_object_or_404(_customers(request), pk=customer_id)


def _fact(request: HttpRequest, fact_id: int) -> Fact:
    return get_object_or_404(
        Fact.objects.for_business(request.business).select_related("note"), pk=fact_id
    )


def _split(payload: CustomerIn | CustomerPatch) -> tuple[dict, dict]:
    data = payload.model_dump(exclude_unset=True)
    extra = {k: data.pop(k) for k in ("phones", "emails", "owner_id") if k in data}
    return data, extra


@router.get("/customers", response=CustomerPage)
def list_customers(
    request: HttpRequest,
    q: str = Query("", max_length=100),
    limit: int = Query(50, ge=1, le=200),
    offset: int = Query(0, ge=0),
):
    rows = _customers(request).search(q).order_by("last_name", "first_name", "id")
    count = rows.count()
    items = list(rows[offset : offset + limit])
    next_offset = offset + limit if offset + limit < count else None
    return {"count": count, "items": items, "next_offset": next_offset}


@router.post("/customers", response={201: CustomerOut})
def create_customer(request: HttpRequest, payload: CustomerIn):
    fields, extra = _split(payload)
    customer = services.create_customer(
        business=request.business,
        fields=fields,
        phones=extra.get("phones"),
        emails=extra.get("emails"),
        owner=extra.get("owner_id"),
    )
    return Status(201, _customer(request, customer.pk))


@router.get("/customers/{int:customer_id}", response=CustomerOut)
def get_customer(request: HttpRequest, customer_id: int):
    return _customer(request, customer_id)


@router.patch("/customers/{int:customer_id}", response=CustomerOut)
def update_customer(request: HttpRequest, customer_id: int, payload: CustomerPatch):
    customer = _customer(request, customer_id)
    fields, extra = _split(payload)
    kwargs = {"owner": extra["owner_id"]} if "owner_id" in extra else {}
    services.update_customer(
        customer=customer,
        fields=fields,
        phones=extra.get("phones"),
        emails=extra.get("emails"),
        **kwargs,
    )
    return _customer(request, customer_id)


@router.delete("/customers/{int:customer_id}", response={NO_CONTENT: None})
def delete_customer(request: HttpRequest, customer_id: int):
    _customer(request, customer_id).delete()
    return Status(NO_CONTENT, None)


@router.get("/customers/{int:customer_id}/notes", response=list[NoteOut])
def list_notes(request: HttpRequest, customer_id: int):
    customer = _customer(request, customer_id)
    return customer.notes.select_related("author")[:500]


@router.post("/customers/{int:customer_id}/notes", response={201: NoteOut})
def add_note(request: HttpRequest, customer_id: int, payload: NoteIn):
    note = services.add_note(
        customer=_customer(request, customer_id),
        text=payload.text,
        author=request.user,
        author_kind=payload.author_kind,
        source=payload.source,
    )
    return Status(201, note)


@router.get("/notes/{int:note_id}", response=NoteOut)
def get_note(request: HttpRequest, note_id: int):
    return get_object_or_404(Note.objects.for_business(request.business), pk=note_id)


@router.delete("/notes/{int:note_id}", response={NO_CONTENT: None})
def delete_note(request: HttpRequest, note_id: int):
    get_object_or_404(Note.objects.for_business(request.business), pk=note_id).delete()
    return Status(NO_CONTENT, None)


@router.get("/customers/{int:customer_id}/facts", response=list[FactOut])
def list_facts(request: HttpRequest, customer_id: int, include_retired: bool = False):
    facts = _customer(request, customer_id).facts.select_related("note")
    return facts.all() if include_retired else facts.current()


@router.post("/customers/{int:customer_id}/facts", response={201: FactOut})
def add_fact(request: HttpRequest, customer_id: int, payload: FactIn):
    fact = services.add_fact(
        customer=_customer(request, customer_id),
        kind=payload.kind,
        about=payload.about,
        fields=payload.fields,
        author=request.user,
        status=payload.status,
    )
    return Status(201, fact)


@router.get("/facts/{int:fact_id}", response=FactOut)
def get_fact(request: HttpRequest, fact_id: int):
    return _fact(request, fact_id)


@router.patch("/facts/{int:fact_id}", response=FactOut)
def edit_fact(request: HttpRequest, fact_id: int, payload: FactPatch):
    with transaction.atomic():
        return services.edit_fact(
            fact=_fact(request, fact_id),
            fields=payload.fields,
            about=payload.about,
            status=payload.status,
        )


@router.delete("/facts/{int:fact_id}", response={NO_CONTENT: None})
def delete_fact(request: HttpRequest, fact_id: int):
    _fact(request, fact_id).delete()
    return Status(NO_CONTENT, None)


class LookupQuery(Strict):
    q: str = Field(min_length=1, max_length=100)
    limit: int = Field(10, ge=1, le=50)


@router.get("/lookup", response=LookupOut)
def lookup(request: HttpRequest, params: Query[LookupQuery]):
    matches = recognise(request.business, params.q, limit=params.limit)
    customers = [m.customer for m in matches]
    cards = cards_for(customers, timezone.localdate())
    prefetch_related_objects(customers, "contacts")
    return {
        "query": params.q,
        "results": [
            {
                "customer": m.customer,
                "score": m.score,
                "matched_on": m.matched_on,
                "card": cards[m.customer.pk].as_dict(),
            }
            for m in matches
        ],
    }
