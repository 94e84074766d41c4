"""The worker's tick at scale: finding what is due among millions of commitments.

    python -m bench.worker            # 1,000,000 customers, 5,000,000 commitments
    python -m bench.worker --quick    # a tenth of that
    python -m bench.worker --rebuild  # rebuild the benchmark database even if it fits

Builds (or reuses) a separate SQLite file under var/bench/ with raw SQL: most
commitments kept or cancelled, many open and due later, some already reminded, and a
small number open, unreminded and due: `due_low` of them due a day before the
benchmark's clock, `due_high` by it. A tick is what `regulars worker` does each round
to find and take work: the reminder scan (`jobs.handle_due_reminders`, which marks the
commitments and queues one email each, at most `jobs.REMINDER_BATCH` per tick — the
next tick takes the rest) plus one outbox claim and send (locmem backend). Each tick
runs in a transaction that is rolled back, so it can be repeated; the median is
reported at both clocks, with the bare indexed SQL as the baseline and the query
plans, to show the cost follows what is due rather than the table.
Progress goes to stderr; the result is one JSON object on the last line of stdout.
"""

from __future__ import annotations

import argparse
import datetime
import json
import random
import sqlite3
import statistics
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from bench.common import REPO, emit, log, machine, stored_meta
from bench.server import setup_django

SCALES = {
    "full": {"customers": 1_000_000, "commitments": 5_000_000, "businesses": 100,
             "sent_messages": 500_000, "queued_messages": 50, "due_low": 100, "due_high": 1000},
    "quick": {"customers": 100_000, "commitments": 500_000, "businesses": 100,
              "sent_messages": 50_000, "queued_messages": 50, "due_low": 10, "due_high": 100},
}
TARGET_TICK_S = 0.5
DATA_VERSION = 1
SEED = 4242
NOW = datetime.datetime(2026, 3, 10, 17, 0, tzinfo=datetime.UTC)  # the benchmark's clock
RUNS = 7
CHUNK = 100_000
RAW_DUE_SQL = ("SELECT id, customer_id, owner_id, due_at FROM commitments_commitment "
               "WHERE status = 'open' AND reminded_at IS NULL AND due_at <= ? "
               "ORDER BY due_at LIMIT ?")




def ts(value: datetime.datetime) -> str:
    """Format a datetime as Django stores it in SQLite (naive UTC text)."""
    return value.astimezone(datetime.UTC).replace(tzinfo=None).isoformat(sep=" ")






def bulk_insert(db: sqlite3.Connection, table: str, given: dict[str, int],
                rows: Iterator[tuple]) -> None:
    """Insert rows naming `given` columns; other NOT NULL columns get an empty value.

    The table's indexes are dropped for the load and rebuilt after, which is how a
    bulk load is done quickly.
    """
    info = db.execute(f"PRAGMA table_info({table})").fetchall()
    columns = list(given)
    fill = {c[1]: ("[]" if "json" in (c[2] or "").lower() or c[1] == "tags" else
                   0 if (c[2] or "").lower() in ("integer", "bool", "smallint unsigned") else "")
            for c in info if c[3] and c[1] not in given and not c[5]}
    columns += list(fill)
    indexes = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                         "tbl_name = ? AND sql IS NOT NULL", (table,)).fetchall()
    for name, _ in indexes:
        db.execute(f'DROP INDEX "{name}"')
    names = ", ".join(f'"{c}"' for c in columns)
    sql = f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' * len(columns))})"
    extra = tuple(fill.values())
    batch: list[tuple] = []
    for row in rows:
        batch.append(row + extra)
        if len(batch) >= CHUNK:
            db.executemany(sql, batch)
            batch.clear()
    db.executemany(sql, batch)
    db.commit()
    log(f"  {table}: rebuilding {len(indexes)} index(es)")
    for _, create in indexes:
        db.execute(create)
    db.commit()


def commitments(scale: dict, owner_of: Callable[[int], int], rng: random.Random) -> Iterator:
    """Yield commitment rows: mostly history and future, a few due and unreminded."""
    n, customers = scale["commitments"], scale["customers"]
    special = scale["due_high"]
    day = datetime.timedelta(days=1)
    for i in range(n):
        customer = rng.randrange(1, customers + 1)
        business = (customer - 1) % scale["businesses"] + 1
        owner = owner_of(business)
        created = NOW - day * rng.uniform(1, 700)
        if i < special:  # the due ones: due_low a day before NOW, the rest by NOW
            low = i < scale["due_low"]
            due = NOW - day * (1 + rng.random()) if low else NOW - day * rng.uniform(0.001, 1)
            yield (business, customer, "callback", f"Call back #{i}", owner, ts(due), "open",
                   None, None, None, ts(created), None)
            continue
        r = rng.random()
        if r < 0.72:  # kept
            due = created + day * rng.uniform(0.1, 5)
            done = due - datetime.timedelta(hours=rng.uniform(-12, 40))
            reminded = ts(due) if rng.random() < 0.3 else None
            yield (business, customer, "follow_up", f"Follow up #{i}", owner, ts(due), "done",
                   ts(done), owner, done <= due, ts(created), reminded)
        elif r < 0.77:
            due = created + day * rng.uniform(0.1, 5)
            yield (business, customer, "promise", f"Promise #{i}", owner, ts(due), "cancelled",
                   ts(due), owner, None, ts(created), None)
        elif r < 0.95:  # open, due later
            due = NOW + day * rng.uniform(0.01, 90)
            yield (business, customer, "next_visit", f"Next visit #{i}", owner, ts(due), "open",
                   None, None, None, ts(NOW - day * rng.uniform(0, 30)), None)
        else:  # open, overdue, already reminded
            due = NOW - day * rng.uniform(1.01, 60)
            yield (business, customer, "callback", f"Overdue #{i}", owner, ts(due), "open",
                   None, None, None, ts(created), ts(due))


def load(path: Path, scale: dict) -> None:
    from django.db import connection

    from regulars.businesses.models import Business, Membership, User

    Business.objects.bulk_create(
        Business(id=i, name=f"Bench Business {i}", slug=f"bench-{i:03d}")
        for i in range(1, scale["businesses"] + 1)
    )
    users = User.objects.bulk_create(
        User(email=f"owner{i}@bench.test", name=f"Owner {i}", password="!")
        for i in range(1, scale["businesses"] + 1)
    )
    owners = {i + 1: u.pk for i, u in enumerate(users)}
    Membership.objects.bulk_create(Membership(business_id=b, user_id=u, role="owner")
                                   for b, u in owners.items())
    connection.close()
    rng = random.Random(SEED)
    db = sqlite3.connect(path)
    db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; "
                     "PRAGMA cache_size=-400000; PRAGMA foreign_keys=OFF;")
    stamp = ts(NOW)
    log(f"  {scale['customers']:,} customers")
    bulk_insert(db, "customers_customer", dict.fromkeys(
        ["id", "business_id", "first_name", "last_name", "created_at", "updated_at",
         "customer_since"], 0),
        ((i, (i - 1) % scale["businesses"] + 1, f"First{i % 997}", f"Last{i}", stamp, stamp,
          (NOW - datetime.timedelta(days=rng.randrange(1, 3650))).date().isoformat())
         for i in range(1, scale["customers"] + 1)))
    log(f"  {scale['commitments']:,} commitments")
    bulk_insert(db, "commitments_commitment", dict.fromkeys(
        ["business_id", "customer_id", "kind", "text", "owner_id", "due_at", "status",
         "done_at", "done_by_id", "kept_on_time", "created_at", "reminded_at"], 0),
        commitments(scale, owners.__getitem__, rng))
    log(f"  {scale['sent_messages']:,} sent and {scale['queued_messages']} queued messages")
    sent, queued = scale["sent_messages"], scale["queued_messages"]
    bulk_insert(db, "outbox_message", dict.fromkeys(
        ["business_id", "customer_id", "to", "subject", "body", "send_after", "status",
         "attempts", "next_attempt_at", "sent_at", "message_id", "created_at", "channel"], 0),
        ((1 + i % scale["businesses"], 1 + i % scale["customers"], f"c{i}@bench.test",
          f"Message {i}", "Hello", ts(at), "sent" if i < sent else "queued",
          1 if i < sent else 0, ts(at), ts(at) if i < sent else None, f"<bench.{i}@bench>",
          ts(at), "email")
         for i in range(sent + queued)
         for at in [NOW - datetime.timedelta(minutes=(sent + queued - i))]))
    db.execute("ANALYZE")
    db.execute("PRAGMA journal_mode=WAL")
    db.commit()
    db.close()


def prepare_db(path: Path, scale: dict, rebuild: bool) -> tuple[bool, float | None]:
    """Return (reused, load seconds): build the database unless a fitting one is there."""
    wanted = json.dumps({**scale, "seed": SEED, "version": DATA_VERSION}, sort_keys=True)
    reuse = not rebuild and stored_meta(path) == wanted
    if not reuse:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    setup_django(path)
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    if reuse:
        log(f"reusing {path}")
        return True, None
    log(f"loading {path}")
    started = time.perf_counter()
    load(path, scale)
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE bench_meta (key TEXT PRIMARY KEY, value TEXT)")
        db.execute("INSERT INTO bench_meta VALUES ('built', ?)", (wanted,))
    seconds = round(time.perf_counter() - started, 1)
    log(f"loaded in {seconds}s")
    return False, seconds


def tick(now: datetime.datetime) -> tuple[float, int]:
    """Time one rolled-back worker tick at `now`; return (seconds, commitments found)."""
    from django.db import transaction

    from regulars.commitments import jobs
    from regulars.outbox.models import Message

    queued = Message.objects.filter(status=Message.QUEUED)
    with transaction.atomic():
        before = queued.count()
        started = time.perf_counter()
        jobs.handle_due_reminders(now=now)
        jobs.handle_one_outbox_message(worker="bench")
        seconds = time.perf_counter() - started
        found = queued.count() - before + 1  # one reminder each, less the message sent
        transaction.set_rollback(True)
    return seconds, found


def raw_due(path: Path, now: datetime.datetime, limit: int) -> float:
    with sqlite3.connect(path) as db:
        times = []
        for _ in range(RUNS):
            started = time.perf_counter()
            db.execute(RAW_DUE_SQL, (ts(now), limit)).fetchall()
            times.append(time.perf_counter() - started)
    return statistics.median(times)


def plans(now: datetime.datetime) -> str:
    from regulars.commitments import jobs
    from regulars.commitments.models import Commitment
    from regulars.outbox.models import Message

    scan = (Commitment.objects.due(now).filter(reminded_at__isnull=True).order_by("due_at")
            .select_related("business", "customer", "owner")[:jobs.REMINDER_BATCH])
    claim = Message.objects.due(now).order_by("next_attempt_at", "id").values("pk")[:1]
    return f"reminder scan: {' | '.join(scan.explain().splitlines())}; " \
           f"outbox claim: {' | '.join(claim.explain().splitlines())}"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a tenth of the scale")
    parser.add_argument("--rebuild", action="store_true", help="rebuild the database")
    args = parser.parse_args(argv)
    name = "quick" if args.quick else "full"
    scale = SCALES[name]
    path = REPO / "var" / "bench" / f"worker-{name}.sqlite3"
    reused, load_s = prepare_db(path, scale, args.rebuild)

    from django.conf import settings
    from django.db import connection

    from regulars.commitments.jobs import REMINDER_BATCH

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    low_at = NOW - datetime.timedelta(days=1)
    results = {}
    for label, now in (("low", low_at), ("high", NOW)):
        tick(now)  # warm the cache
        runs = [tick(now) for _ in range(RUNS)]
        results[label] = (statistics.median(r[0] for r in runs), runs[0][1])
        log(f"due {label}: tick {results[label][0] * 1000:.1f} ms, found {results[label][1]}")
    raw_high = raw_due(path, NOW, REMINDER_BATCH)
    raw_low = raw_due(path, low_at, REMINDER_BATCH)
    plan = plans(NOW)
    tick_s, found = results["high"]
    sqlite_version = connection.cursor().execute("select sqlite_version()").fetchone()[0]
    emit({
        "bench": "worker",
        "scale": {**scale, "reminder_batch": REMINDER_BATCH, "reused_db": reused,
                  "load_s": load_s, "runs": RUNS},
        "metrics": {
            "tick_s": round(tick_s, 4), "due_found": found,
            "tick_low_s": round(results["low"][0], 4), "due_found_low": results["low"][1],
            "tick_ms_per_due": round(tick_s * 1000 / max(found, 1), 3),
            "target_tick_s": TARGET_TICK_S, "meets_target": tick_s <= TARGET_TICK_S,
        },
        "baseline": {"raw_due_query_s": round(raw_high, 5), "raw_due_query_low_s":
                     round(raw_low, 5)},
        "plan": plan,
        "machine": f"{machine()}, SQLite {sqlite_version}",
    })


if __name__ == "__main__":
    main()
