"""Interactions posted through the API in batches, with the default playbook firing.

    python -m bench.ingest            # 20,000 events into a 10,000-customer business
    python -m bench.ingest --quick    # a tenth of that

Builds a fresh SQLite file under var/bench/, starts gunicorn on loopback, posts calls,
voicemails, messages, sales, enquiries and visits in batches of 500 to
/api/v1/interactions/batch, and compares with a raw executemany insert of the same rows
into a copy of the interactions table in the same file. Progress goes to stderr; the
result is one JSON object on the last line of stdout.
"""

from __future__ import annotations

import json
import random
import sqlite3
import time
from pathlib import Path

from bench.common import REPO, emit, log, machine, percentile, quick
from bench.server import Server, setup_django

SCALES = {
    "full": {"customers": 10_000, "events": 20_000, "batch": 500},
    "quick": {"customers": 1_000, "events": 2_000, "batch": 500},
}
KINDS = ["call", "voicemail", "message", "sale", "enquiry", "visit"]
SEED = 4242
TARGET_EVENTS_PER_S = 1000




def build(path: Path, customers: int) -> tuple[int, str]:
    """Create the database, one business with staff and customers; return (business, token)."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    setup_django(path)
    from django.core.management import call_command
    from django.db import connection

    from regulars.businesses.models import ApiToken, Business, Membership, User

    call_command("migrate", verbosity=0)
    business = Business.objects.create(name="Ingest Salon", slug="ingest", phone_region="US")
    staff = []
    for i in range(3):
        user = User.objects.create_user(f"staff{i}@ingest.test", None, name=f"Staff {i}")
        staff.append(Membership.objects.create(
            business=business, user=user, role=Membership.OWNER if i == 0 else Membership.STAFF
        ))
    token = ApiToken.issue(staff[0], label="bench.ingest")[1]
    owners = [m.user_id for m in staff]
    connection.close()
    with sqlite3.connect(path) as db:
        db.executemany(
            "INSERT INTO customers_customer (business_id, first_name, last_name, preferred_name,"
            " pronunciation, owner_id, preferred_channel, best_times, tags, created_at,"
            " updated_at) VALUES (?, ?, ?, '', '', ?, '', '', '[]', datetime('now'),"
            " datetime('now'))",
            ((business.pk, f"Customer{i}", f"Bench{i}", owners[i % 3]) for i in range(customers)),
        )
    return business.pk, token


def events(rng: random.Random, customer_ids: list[int], n: int) -> list[dict]:
    out = []
    for i in range(n):
        kind = rng.choice(KINDS)
        row = {"customer_id": rng.choice(customer_ids), "kind": kind,
               "summary": f"{kind} about order {i}", "external_id": f"pos-{i}"}
        if kind == "sale":
            row["amount"] = f"{rng.randint(5, 300)}.00"
            row["items"] = ["Shampoo", "Conditioner"][: rng.randint(1, 2)]
        out.append(row)
    return out


def post_batches(server: Server, token: str, rows: list[dict], size: int) -> list[float]:
    conn = server.connect()
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    times = []
    for start in range(0, len(rows), size):
        body = json.dumps({"interactions": rows[start : start + size]})
        began = time.perf_counter()
        conn.request("POST", "/api/v1/interactions/batch", body=body, headers=headers)
        resp = conn.getresponse()
        payload = resp.read()
        times.append(time.perf_counter() - began)
        if resp.status != 201:
            raise RuntimeError(f"batch at {start}: HTTP {resp.status} {payload[:300]!r}")
    conn.close()
    return times


def raw_insert(path: Path, business_id: int, rows: list[dict]) -> float:
    """Insert the same rows with executemany into a copy of the table; return rows/s."""
    with sqlite3.connect(path) as db:
        db.execute("DROP TABLE IF EXISTS raw_interaction")
        db.execute("CREATE TABLE raw_interaction AS SELECT * FROM visits_interaction WHERE 0")
        began = time.perf_counter()
        db.executemany(
            "INSERT INTO raw_interaction (business_id, customer_id, kind, occurred_at, summary,"
            " amount, items, external_id, created_at) VALUES (?, ?, ?, datetime('now'), ?, ?,"
            " ?, ?, datetime('now'))",
            ((business_id, r["customer_id"], r["kind"], r["summary"], r.get("amount"),
              json.dumps(r.get("items", [])), r["external_id"]) for r in rows),
        )
        db.commit()
        return len(rows) / (time.perf_counter() - began)


def main() -> None:
    scale = SCALES["quick" if quick() else "full"]
    path = REPO / "var" / "bench" / "ingest.sqlite3"
    log(f"building {path}")
    business_id, token = build(path, scale["customers"])
    from regulars.commitments.models import Commitment
    from regulars.customers.models import Customer
    from regulars.visits.models import Interaction

    ids = list(Customer.objects.values_list("pk", flat=True))
    rows = events(random.Random(SEED), ids, scale["events"])
    with Server(path, workers=1, threads=1) as server:
        server.wait_until_up("/api/v1/rules", token)
        log(f"posting {len(rows):,} events in batches of {scale['batch']}")
        began = time.perf_counter()
        times = post_batches(server, token, rows, scale["batch"])
        seconds = time.perf_counter() - began
        log("posting the same batches again: retries must create nothing")
        post_batches(server, token, rows[: scale["batch"]], scale["batch"])
    interactions = Interaction.objects.count()
    commitments = Commitment.objects.count()
    if interactions != len(rows):
        raise RuntimeError(f"{interactions} interactions stored for {len(rows)} events")
    raw = raw_insert(path, business_id, rows)
    events_per_s = len(rows) / seconds
    emit({
        "bench": "ingest",
        "scale": scale,
        "metrics": {
            "events_per_s": round(events_per_s, 1),
            "batch_p50_s": round(percentile(times, 50), 3),
            "batch_p99_s": round(percentile(times, 99), 3),
            "commitments_created": commitments,
            "target_events_per_s": TARGET_EVENTS_PER_S,
        },
        "baseline": {"raw_insert_per_s": round(raw, 1),
                     "ratio_to_raw": round(events_per_s / raw, 4)},
        "machine": f"{machine()}, SQLite {sqlite3.sqlite_version}",
    })


if __name__ == "__main__":
    main()
