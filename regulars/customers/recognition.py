"""Find a customer from whatever the person at the desk types: phone, email or name."""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db.models import Count
from rapidfuzz import fuzz

from regulars.businesses.models import Business
from regulars.customers import names
from regulars.customers.contact import (
    PHONE_TAIL_DIGITS,
    digits_of,
    looks_like_email,
    looks_like_phone,
    normalize_phone,
)
from regulars.customers.models import ContactPoint, Customer, NameKey

MAX_QUERY_CHARS = 100
NAME_CANDIDATES = 200
MIN_NAME_SCORE = 70.0


@dataclass
class Match:
    customer: Customer
    score: float
    matched_on: str


def lookup(business: Business, query: str, *, limit: int = 10) -> list[Match]:
    """Return the customers of `business` the query most likely means, best first."""
    query = (query or "").strip()[:MAX_QUERY_CHARS]
    if not query:
        return []
    if looks_like_email(query):
        return _by_email(business, query, limit)
    if looks_like_phone(query):
        return _by_phone(business, query, limit)
    return _by_name(business, query, limit)


def _customers(business: Business, ids: list[int]) -> dict[int, Customer]:
    rows = Customer.objects.for_business(business).filter(pk__in=ids)
    return {c.pk: c for c in rows.select_related("owner")}


def _by_email(business: Business, query: str, limit: int) -> list[Match]:
    text = query.lower()
    # A range on the indexed value column: exact address or the start of one.
    rows = (
        ContactPoint.objects.for_business(business)
        .filter(kind=ContactPoint.EMAIL, value__gte=text, value__lt=text + "\uffff")
        .order_by("value")
        .values_list("customer_id", "value")[: limit * 2]
    )
    ids: list[int] = []
    exact: set[int] = set()
    for customer_id, value in rows:
        if customer_id not in ids:
            ids.append(customer_id)
        if value == text:
            exact.add(customer_id)
    found = _customers(business, ids)
    ids.sort(key=lambda i: i not in exact)
    return [
        Match(found[i], 100.0 if i in exact else 90.0, "email") for i in ids if i in found
    ][:limit]


def _by_phone(business: Business, query: str, limit: int) -> list[Match]:
    digits = digits_of(query)
    try:
        full = normalize_phone(query, business.phone_region)
    except ValidationError:
        full = None
    rows = (
        ContactPoint.objects.for_business(business)
        .filter(kind=ContactPoint.PHONE, tail=digits[-PHONE_TAIL_DIGITS:])
        .values_list("customer_id", "value")
    )
    scored: dict[int, float] = {}
    for customer_id, value in rows:
        if value == full:
            score = 100.0
        elif digits_of(value).endswith(digits):
            score = 95.0 if len(digits) >= 9 else 85.0
        else:
            continue
        scored[customer_id] = max(score, scored.get(customer_id, 0.0))
    found = _customers(business, list(scored))
    ranked = sorted(scored, key=lambda i: -scored[i])
    return [Match(found[i], scored[i], "phone") for i in ranked if i in found][:limit]


def _by_name(business: Business, query: str, limit: int) -> list[Match]:
    keys = names.query_keys(query)
    if not keys:
        return []
    candidates = (
        NameKey.objects.filter(business=business, key__in=keys)
        .values("customer_id")
        .annotate(hits=Count("id"))
        .order_by("-hits")[:NAME_CANDIDATES]
    )
    hits = {row["customer_id"]: row["hits"] for row in candidates}
    found = _customers(business, list(hits))
    variants = names.query_variants(query)
    matches = []
    for customer in found.values():
        score = name_score(variants, customer)
        if score >= MIN_NAME_SCORE:
            matches.append(Match(customer, score, "name"))
    matches.sort(key=lambda m: (-m.score, -hits[m.customer.pk], m.customer.last_name))
    return matches[:limit]


def name_score(variants: list[str], customer: Customer) -> float:
    """Score 0-100 how well any spelling of the query fits the customer's names.

    >>> c = Customer(first_name="William", last_name="Okafor", preferred_name="Bill")
    >>> name_score(["bil okafor"], c) > 85
    True
    """
    first, last, preferred = (
        names.fold(customer.first_name),
        names.fold(customer.last_name),
        names.fold(customer.preferred_name),
    )
    fulls = [f"{first} {last}".strip()]
    if preferred:
        fulls.append(f"{preferred} {last}".strip())
    singles = [w for w in (first, last, preferred) if w]
    best = 0.0
    for v in variants:
        for full in fulls:
            best = max(best, fuzz.token_sort_ratio(v, full), fuzz.token_set_ratio(v, full) - 2)
        if " " not in v:
            for w in singles:
                best = max(best, fuzz.ratio(v, w), 92.0 if w.startswith(v) else 0.0)
    return round(best, 1)
