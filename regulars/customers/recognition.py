"""Find a customer from whatever the person at the desk types: phone, email or name."""

from __future__ import annotations

import math
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import connection
from django.db.models import Count
from rapidfuzz import fuzz, process

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
COMMON_KEY_ROWS = 2000
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


def _selective_keys(business: Business, groups: list[frozenset[str]]) -> dict[str, int]:
    """Pick, for each spelling of each query word, the keys worth aggregating on;
    return them with how many customers hold each.

    A key shared by thousands of customers ("p:mar") costs much to aggregate and says
    little, so a spelling keeps its keys held by at most COMMON_KEY_ROWS customers, or
    else only its rarest key. Small businesses keep every key that occurs.
    """
    counts = dict(
        NameKey.objects.filter(business=business, key__in=set().union(*groups))
        .values_list("key")
        .annotate(n=Count("*"))
        .order_by()
    )
    return {k: counts[k] for k in choose_keys(groups, counts)}


def choose_keys(groups: list[frozenset[str]], counts: dict[str, int]) -> set[str]:
    """Given how many customers hold each key, keep the rare keys of each spelling.

    >>> sorted(choose_keys([frozenset({"p:mar", "m:MR"}), frozenset({"p:smi", "s:hmst"})],
    ...                    {"p:mar": 9000, "m:MR": 5000, "p:smi": 5000, "s:hmst": 40}))
    ['m:MR', 's:hmst']
    """
    chosen: set[str] = set()
    for group in groups:
        present = [k for k in group if k in counts]
        rare = [k for k in present if counts[k] <= COMMON_KEY_ROWS]
        chosen.update(rare or sorted(present, key=lambda k: (counts[k], k))[:1])
    return chosen


def _by_name(business: Business, query: str, limit: int) -> list[Match]:
    groups = names.query_key_groups(query)
    if not groups:
        return []
    keys = _selective_keys(business, [g for _, g in groups])
    if not keys:
        return []
    # Rank by how many query words a customer meets, then by how rare the keys met
    # are: meeting several nicknames of one word must not outrank meeting every word.
    # Written as SQL because the ORM spends longer building this CASE than the
    # database spends running it; it is plain SQL for SQLite and PostgreSQL alike.
    word_of: dict[str, int] = {}
    for word, group in groups:
        for key in sorted(group & keys.keys()):
            word_of.setdefault(key, word)
    ordered = sorted(keys)
    marks = ", ".join(["%s"] * len(ordered))
    word_case = " ".join("WHEN key = %s THEN %s" for _ in ordered)
    rarity_case = " ".join("WHEN key = %s THEN %s" for _ in ordered)
    sql = (
        f"SELECT customer_id, COUNT(DISTINCT CASE {word_case} END) AS words,"
        f" SUM(CASE {rarity_case} END) AS hits FROM {NameKey._meta.db_table}"
        f" WHERE business_id = %s AND key IN ({marks})"
        " GROUP BY customer_id ORDER BY words DESC, hits DESC LIMIT %s"
    )
    params: list = []
    for k in ordered:
        params += [k, word_of[k]]
    for k in ordered:
        params += [k, round(100 * math.log(1 + 20_000 / keys[k]))]
    params += [business.pk, *ordered, NAME_CANDIDATES]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        candidates = [{"customer_id": c, "hits": h} for c, _, h in cursor.fetchall()]
    hits = {row["customer_id"]: row["hits"] for row in candidates}
    rows = (
        Customer.objects.for_business(business)
        .filter(pk__in=list(hits))
        .values_list("pk", "first_name", "last_name", "preferred_name")
    )
    rows = list(rows)
    scores = name_scores(names.query_variants(query), rows)
    lasts = {pk: last for pk, _, last, _ in rows}
    best = sorted((-score, -hits[pk], lasts[pk], pk) for pk, score in scores.items())[:limit]
    found = _customers(business, [pk for *_, pk in best])
    return [Match(found[pk], -neg, "name") for neg, *_, pk in best if pk in found]


def name_scores(variants: list[str], rows: list[tuple[int, str, str, str]]) -> dict[int, float]:
    """Score candidates (pk, first, last, preferred) against every spelling of the query.

    Whole names are compared word-order-free; a one-word query is also compared with
    each name on its own, and the start of a name counts (typing "Dan" finds Dana).
    rapidfuzz's batch calls keep the loop over candidates out of Python.

    >>> name_scores(["bil okafor"], [(1, "William", "Okafor", "Bill")])[1] > 85
    True
    """
    fulls, full_pks, singles, single_pks = [], [], [], []
    for pk, first, last, preferred in rows:
        first, last, preferred = names.fold(first), names.fold(last), names.fold(preferred)
        for given in (first, preferred) if preferred else (first,):
            fulls.append(f"{given} {last}".strip())
            full_pks.append(pk)
        for word in (first, last, preferred):
            if word:
                singles.append(word)
                single_pks.append(pk)
    best: dict[int, float] = {}

    def keep(pks: list[int], matches, minus: float = 0.0) -> None:
        for _, score, i in matches:
            if score - minus > best.get(pks[i], 0.0):
                best[pks[i]] = score - minus

    cutoff = MIN_NAME_SCORE
    for v in variants:
        keep(full_pks, process.extract(v, fulls, scorer=fuzz.token_sort_ratio, limit=None,
                                       score_cutoff=cutoff))
        keep(full_pks, process.extract(v, fulls, scorer=fuzz.token_set_ratio, limit=None,
                                       score_cutoff=cutoff + 2), minus=2)
        if " " not in v:
            keep(single_pks, process.extract(v, singles, scorer=fuzz.ratio, limit=None,
                                             score_cutoff=cutoff))
            keep(single_pks, [(w, 92.0, i) for i, w in enumerate(singles) if w.startswith(v)])
    return {pk: round(score, 1) for pk, score in best.items()}
