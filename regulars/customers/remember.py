"""Turn notes into memory: the engine's facts become suggestions, merged with what we know.

Merging rules, in the order they apply to each extracted fact:

- a fact already read from the same words of the same note is never suggested again,
  even if staff corrected or retired it since;
- a fact we already hold (same identity, same fields) is not repeated;
- a fact that fills the same slot as a current one with different fields (the pet now
  deceased, the preference now a dislike, a new job, a new home) ends the old one:
  its `valid_until` is the note's day and `superseded_by` points at the new fact;
- facts the text says have ended ("no longer vegan", "switched from tea") end the
  matching current facts; nothing unrelated is touched.
"""

from __future__ import annotations

import datetime
import logging
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db import connection, transaction
from django.utils import timezone

from regulars import memory
from regulars.customers.models import Fact, Note
from regulars.memory import VERSION as ENGINE_VERSION
from regulars.memory import schema

log = logging.getLogger(__name__)

# What merging reads of the facts already held; the rest stays in the database.
MERGE_FIELDS = ("id", "business_id", "customer_id", "kind", "about", "data", "status",
                "valid_until", "superseded_by_id", "updated_at")

# Kinds that hold one value per slot: a new value replaces the old one.
_SLOT_FIELDS: dict[str, tuple[str, ...]] = {
    "pet": ("name", "species"),
    "preference": ("topic", "value"),
    "occupation": (),
    "place": ("relation",),
    "trip": ("destination",),
    "event": ("type",),
}


def _norm(value: Any) -> Any:
    return value.strip().lower() if isinstance(value, str) else value


def identity(kind: str, about: str, data: dict) -> tuple:
    """Return what makes two facts the same fact, whatever their wording."""
    return (kind, _norm(about), tuple(sorted((k, _norm(v)) for k, v in data.items())))


def slot(kind: str, about: str, data: dict) -> tuple | None:
    """Return the slot a fact fills, where a new value replaces the old; None if none."""
    if kind not in _SLOT_FIELDS:
        return None
    keys = _SLOT_FIELDS[kind]
    if kind == "pet" and not data.get("name"):
        return None
    if kind == "place" and data.get("relation") != "lives_in":
        return None
    return (kind, _norm(about), *(_norm(data.get(k)) for k in keys))


def _keys(fact: Fact) -> tuple[tuple, tuple | None]:
    """Return a fact's identity and slot, worked out once per fact and batch."""
    cached = fact.__dict__.get("_merge_keys")
    if cached is None:
        cached = fact.__dict__["_merge_keys"] = (
            identity(fact.kind, fact.about, fact.data), slot(fact.kind, fact.about, fact.data)
        )
    return cached


def matches(fact: Fact, pattern: dict) -> bool:
    """Say whether a current fact fits a partial fact the text says has ended."""
    if pattern.get("kind") != fact.kind:
        return False
    if _norm(pattern.get("about") or "") != _norm(fact.about):
        return False
    return all(
        _norm(fact.data.get(k)) == _norm(v)
        for k, v in pattern.items()
        if k not in ("kind", "about", "span", "confidence") and v is not None
    )


@dataclass
class Outcome:
    notes: int = 0
    added: list[Fact] = field(default_factory=list)
    ended: list[Fact] = field(default_factory=list)
    replaced: list[tuple[Fact, Fact]] = field(default_factory=list)
    failed: list[tuple[int, str]] = field(default_factory=list)


Reading = tuple[list[dict], list[dict]]


def read(note: Note) -> Reading:
    """Return the facts in a note and what it says has ended with no new fact beside it."""
    return memory.read(note.text, author=note.author_kind, date=note_day(note))


def read_texts(items: list[tuple[int, str, str, datetime.date]]) -> dict[int, Reading | str]:
    """Read (note id, text, author kind, day) items; a failure is its message instead.

    Pure engine work with no database, so a pool of processes can run it while the
    parent merges the previous batch.
    """
    out: dict[int, Reading | str] = {}
    for pk, text, author, day in items:
        try:
            out[pk] = memory.read(text, author=author, date=day)
        except Exception as e:  # noqa: BLE001 - reported per note by remember()
            out[pk] = f"{type(e).__name__}: {e}"
    return out


def note_day(note: Note) -> datetime.date:
    return note.created_at.astimezone(note.business.tz).date()


def remember(notes: Iterable[Note], readings: dict[int, Reading | str] | None = None
             ) -> Outcome:
    """Read the notes with the engine and merge what it finds into each customer's memory.

    Works in one transaction for the batch, with one query for the customers' current
    facts and bulk writes, so a million notes can be re-read in chunks. `readings`, when
    given, are the engine's results already computed (see read_texts), by note id.
    """
    notes = list(notes)
    outcome = Outcome(notes=len(notes))
    if not notes:
        return outcome
    business_id = notes[0].business_id
    assert all(n.business_id == business_id for n in notes), "one business per batch"
    customer_ids = {n.customer_id for n in notes}
    note_ids = [n.pk for n in notes]
    with transaction.atomic():
        current: dict[int, list[Fact]] = defaultdict(list)
        # Ended facts are filtered here rather than in SQL, so the planner keeps to the
        # (business, customer, status) index instead of a partial index on valid_until.
        facts = Fact.objects.filter(
            business_id=business_id, customer_id__in=customer_ids,
            status__in=(Fact.SUGGESTED, Fact.CONFIRMED),
        ).only(*MERGE_FIELDS).order_by()
        for f in facts:
            if f.valid_until is None:
                current[f.customer_id].append(f)
        seen_origins = set(
            Fact.objects.filter(business_id=business_id, note_id__in=note_ids)
            .exclude(origin="").order_by().values_list("origin", flat=True)
        )
        for note in sorted(notes, key=lambda n: (n.created_at, n.pk)):
            try:
                reading = readings[note.pk] if readings is not None else read(note)
            except Exception as e:  # noqa: BLE001 - a note must never be lost to the engine
                reading = f"{type(e).__name__}: {e}"
            if isinstance(reading, str):
                log.error("memory engine failed on note %s: %s", note.pk, reading)
                outcome.failed.append((note.pk, reading))
                continue
            raw_facts, loose_ends = reading
            _merge(note, raw_facts, current[note.customer_id], seen_origins, outcome)
            _end_loose(note, loose_ends, current[note.customer_id], outcome)
        _insert(business_id, note_ids, outcome.added)
        for old, new in outcome.replaced:
            old.superseded_by = new
        _save_endings(outcome.ended)
        Note.objects.filter(pk__in=note_ids).update(memory_version=ENGINE_VERSION)
    return outcome


def _merge(
    note: Note, raw_facts: list[dict], current: list[Fact], seen: set[str], outcome: Outcome
) -> None:
    day = note_day(note)
    for raw in raw_facts:
        kind = raw["kind"]
        span = raw.get("span") or [None, None]
        origin = f"{note.pk}:{kind}:{span[0]}:{span[1]}"
        if origin in seen:
            continue
        seen.add(origin)
        try:
            data = schema.validate_fact(raw)
        except schema.FactError:
            log.warning("engine gave a fact outside the contract on note %s: %r", note.pk, raw)
            continue
        about = raw.get("about") or ""
        key = identity(kind, about, data)
        if any(_keys(f)[0] == key for f in current):
            continue
        new = Fact(
            business_id=note.business_id, customer_id=note.customer_id, kind=kind,
            about=about, data=data, note=note, span_start=span[0], span_end=span[1],
            confidence=float(raw.get("confidence", 0.5)), status=Fact.SUGGESTED,
            sensitive=schema.is_sensitive(kind, data), valid_from=day, origin=origin,
            author=note.author,
        )
        new_slot = slot(kind, about, data)
        ends = [f for f in current if new_slot and _keys(f)[1] == new_slot]
        ends += [f for f in current for p in raw.get("ends", ()) if matches(f, p)]
        # Facts read earlier in the same batch are not saved yet: compare by identity.
        for old in {id(f): f for f in ends}.values():
            _end(old, day, current, outcome)
            outcome.replaced.append((old, new))
        current.append(new)
        outcome.added.append(new)


INSERT_FIELDS = ("business", "customer", "kind", "about", "data", "note", "span_start",
                 "span_end", "author", "confidence", "status", "sensitive", "valid_from",
                 "valid_until", "origin", "created_at", "updated_at")


def _insert(business_id: int, note_ids: list[int], added: list[Fact]) -> None:
    """Insert the new facts with one executemany, then learn their ids by origin.

    bulk_create compiles one INSERT per few dozen rows (SQLite's parameter limit) and
    that compiling was most of a batch's cost. Every new fact has a distinct origin
    within its note, so one indexed query maps them back to their ids.
    """
    if not added:
        return
    now = timezone.now()
    db = transaction.get_connection()  # the wrapper itself, not the per-thread proxy
    fields = [Fact._meta.get_field(name) for name in INSERT_FIELDS]
    rows = []
    for fact in added:
        fact.created_at = fact.updated_at = now
        rows.append([f.get_db_prep_save(getattr(fact, f.attname), db) for f in fields])
    columns = ", ".join(db.ops.quote_name(f.column) for f in fields)
    marks = ", ".join(["%s"] * len(fields))
    with db.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {Fact._meta.db_table} ({columns}) VALUES ({marks})", rows
        )
    ids = dict(
        Fact.objects.filter(business_id=business_id, note_id__in=note_ids)
        .exclude(origin="").order_by().values_list("origin", "pk")
    )
    for fact in added:
        fact.pk = ids[fact.origin]
        fact._state.adding = False


def _save_endings(ended: list[Fact]) -> None:
    """Write when each ended fact stopped and what replaced it, in one executemany.

    bulk_update builds one CASE per column over the whole batch, which costs more to
    compile than to run; the rows here are few columns keyed by id.
    """
    if not ended:
        return
    ops, table = connection.ops, Fact._meta.db_table
    with connection.cursor() as cursor:
        cursor.executemany(
            f"UPDATE {table} SET valid_until = %s, superseded_by_id = %s, updated_at = %s"
            " WHERE id = %s",
            [(ops.adapt_datefield_value(f.valid_until), f.superseded_by_id,
              ops.adapt_datetimefield_value(f.updated_at), f.pk) for f in ended],
        )


def _end(old: Fact, day: datetime.date, current: list[Fact], outcome: Outcome) -> None:
    old.valid_until = day
    old.updated_at = timezone.now()
    current.remove(old)
    outcome.ended.append(old)


def _end_loose(note: Note, ends: list[dict], current: list[Fact], outcome: Outcome) -> None:
    day = note_day(note)
    for pattern in ends:
        for old in [f for f in current if matches(f, pattern)]:
            _end(old, day, current, outcome)
