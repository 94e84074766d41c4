"""Recognition at scale: phone, email and misspelt-name lookups through the real HTTP stack.

    python -m bench.lookup            # 1,000,000 customers over 100 businesses
    python -m bench.lookup --quick    # a tenth of that
    python -m bench.lookup --rebuild  # rebuild the benchmark database even if it fits

Builds (or reuses) a separate SQLite file under var/bench/, starts gunicorn on loopback
against it, sends lookups one after another over a keep-alive connection as the
biggest business's token, checks each answer holds the intended customer, and times the
same lookups as raw indexed SQL against the file. Progress goes to stderr; the result
is one JSON object on the last line of stdout.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import time
from pathlib import Path
from urllib.parse import urlencode

from bench.common import REPO, emit, log, machine, percentile, stored_meta
from bench.lookup_data import DATA_VERSION, human_phone, load, misspell, mixed_case
from bench.server import Server, setup_django

SCALES = {
    "full": {"customers": 1_000_000, "businesses": 100, "big_business_customers": 100_000,
             "queries_per_kind": 1000},
    "quick": {"customers": 100_000, "businesses": 100, "big_business_customers": 10_000,
              "queries_per_kind": 200},
}
TARGETS_MS = {"phone_p99_ms": 25, "email_p99_ms": 25, "name_p99_ms": 80}
SEED = 1729
WARMUP_PER_KIND = 40
BIG = 1  # the big business's id
KINDS = ("phone", "email", "name")
KEY_COUNTS_SQL = ("SELECT key, COUNT(*) FROM customers_namekey "
                  "WHERE business_id = ? AND key IN ({}) GROUP BY key")
CANDIDATES_SQL = ("SELECT customer_id, COUNT(*) AS hits FROM customers_namekey "
                  "WHERE business_id = ? AND key IN ({}) GROUP BY customer_id "
                  "ORDER BY hits DESC LIMIT 200")






def prepare_db(path: Path, scale: dict, rebuild: bool) -> tuple[bool, float | None]:
    """Return (reused, load seconds): build the database unless a fitting one is there."""
    wanted = json.dumps({**scale, "queries_per_kind": None, "seed": SEED,
                         "version": DATA_VERSION}, sort_keys=True)
    reuse = not rebuild and stored_meta(path) == wanted
    if not reuse:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    setup_django(path)
    from django.core.management import call_command
    from django.db import connection

    log(f"migrating {path}")
    call_command("migrate", verbosity=0)  # also applies new indexes to a reused database
    if reuse:
        log(f"reusing the existing benchmark database {path} ({scale['customers']:,} customers)")
        return True, None
    from regulars.businesses.models import Business

    Business.objects.bulk_create(
        Business(id=i, name=f"Bench Business {i}", slug=f"bench-{i:03d}", phone_region="US")
        for i in range(1, scale["businesses"] + 1)
    )
    connection.close()
    log(f"loading {scale['customers']:,} customers into {path}")
    started = time.perf_counter()
    load(str(path), scale["customers"], scale["businesses"], scale["big_business_customers"],
         SEED, log)
    seconds = round(time.perf_counter() - started, 1)
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE bench_meta (key TEXT PRIMARY KEY, value TEXT)")
        db.execute("INSERT INTO bench_meta VALUES ('built', ?)", (wanted,))
    log(f"loaded in {seconds}s")
    return False, seconds


def issue_token() -> str:
    from regulars.businesses.models import ApiToken, Membership, User

    user = User.objects.filter(email="bench@regulars.test").first()
    user = user or User.objects.create_user("bench@regulars.test", None, name="Bench")
    membership, _ = Membership.objects.get_or_create(
        business_id=BIG, user=user, defaults={"role": Membership.OWNER}
    )
    ApiToken.objects.filter(membership=membership).delete()
    return ApiToken.issue(membership, label="bench.lookup")[1]


def make_queries(path: Path, n: int) -> dict[str, list[dict]]:
    """Draw n (+ warm-up) queries per kind from the big business's real customers."""
    from nicknames import NickNamer

    from regulars.customers.names import query_key_groups

    rng = random.Random(SEED + 1)
    nn = NickNamer()
    with sqlite3.connect(path) as db:
        contacts = db.execute(
            "SELECT customer_id, kind, value FROM customers_contactpoint WHERE business_id = ?"
            " ORDER BY id", (BIG,)).fetchall()
        people = db.execute("SELECT id, first_name, last_name FROM customers_customer "
                            "WHERE business_id = ? ORDER BY id", (BIG,)).fetchall()
    total = n + WARMUP_PER_KIND
    phones = rng.sample([c for c in contacts if c[1] == "phone"], total)
    emails = rng.sample([c for c in contacts if c[1] == "email"], total)
    named = rng.sample(people, total)
    exact = "SELECT customer_id FROM customers_contactpoint WHERE business_id = ? AND value = ?"
    queries: dict[str, list[dict]] = {
        "phone": [{"q": human_phone(rng, v), "want": cid, "sql": exact, "args": (BIG, v)}
                  for cid, _, v in phones],
        "email": [{"q": mixed_case(rng, v), "want": cid, "sql": exact, "args": (BIG, v)}
                  for cid, _, v in emails],
        "name": [],
    }
    for cid, first, last in named:
        q = misspell(rng, nn, first, last)
        queries["name"].append({"q": q, "want": cid, "name": (first, last),
                                "groups": query_key_groups(q)})
    return queries


def http_lookups(server: Server, token: str, queries: list[dict]
                 ) -> tuple[list[float], list[list]]:
    """Send the queries in turn over one keep-alive connection; return ms and results."""
    conn = server.connect(timeout=30)
    headers = {"Authorization": f"Bearer {token}"}
    times, answers = [], []
    try:
        for query in queries:
            path = "/api/v1/lookup?" + urlencode({"q": query["q"]})
            started = time.perf_counter()
            conn.request("GET", path, headers=headers)
            resp = conn.getresponse()
            body = resp.read()
            times.append((time.perf_counter() - started) * 1000)
            if resp.status != 200:
                raise RuntimeError(f"{query['q']!r}: HTTP {resp.status} {body[:200]!r}")
            answers.append(json.loads(body)["results"])
    finally:
        conn.close()
    return times, answers


def name_candidates(db: sqlite3.Connection, groups: list[tuple[int, frozenset[str]]]) -> list:
    """The name lookup's two indexed queries: key counts, then candidates by keys hit."""
    from regulars.customers.recognition import choose_keys

    every = sorted(set().union(*(keys for _, keys in groups)))
    counts = dict(db.execute(KEY_COUNTS_SQL.format(", ".join("?" * len(every))),
                             (BIG, *every)).fetchall())
    keys = sorted(choose_keys([keys for _, keys in groups], counts))
    if not keys:
        return []
    return db.execute(CANDIDATES_SQL.format(", ".join("?" * len(keys))), (BIG, *keys)).fetchall()


def sql_lookups(path: Path, queries: list[dict]) -> list[float]:
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    times = []
    for query in queries:
        started = time.perf_counter()
        if "groups" in query:
            rows = name_candidates(db, query["groups"])
        else:
            rows = db.execute(query["sql"], query["args"]).fetchall()
        times.append((time.perf_counter() - started) * 1000)
        if not rows and "name" not in query:  # a garbled name may meet no key
            raise RuntimeError(f"raw SQL found nothing for {query['q']!r}")
    db.close()
    return times


def hit_rates(kind: str, queries: list[dict], answers: list[list]) -> dict[str, float]:
    """Share of queries whose person is first / in the results (namesakes count for names:
    two Mary Smiths cannot be told apart by name alone)."""
    at1 = at10 = 0
    for query, results in zip(queries, answers, strict=True):
        if kind == "name":
            found = [(r["customer"]["first_name"], r["customer"]["last_name"]) for r in results]
            want = query["name"]
        else:
            found, want = [r["customer"]["id"] for r in results], query["want"]
        at1 += bool(found) and found[0] == want
        at10 += want in found[:10]
    return {f"{kind}_hit_at_1": round(at1 / len(queries), 3),
            f"{kind}_hit_at_10": round(at10 / len(queries), 3)}


def ms(values: list[float], pct: float) -> float:
    return round(percentile(values, pct), 2)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.lookup", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="a tenth of the scale")
    parser.add_argument("--rebuild", action="store_true", help="rebuild the database")
    args = parser.parse_args(argv)
    scale = SCALES["quick" if args.quick else "full"]
    n = scale["queries_per_kind"]
    path = REPO / "var" / "bench" / ("lookup-quick.sqlite3" if args.quick else "lookup.sqlite3")

    reused, load_seconds = prepare_db(path, scale, args.rebuild)
    token = issue_token()
    from django.db import connection

    connection.close()
    queries = make_queries(path, n)
    metrics: dict[str, float] = {}
    baseline: dict[str, float] = {}
    load_before = os.getloadavg()[0]
    with Server(path) as server:
        server.wait_until_up("/api/v1/lookup?q=x", token)
        log(f"server up on 127.0.0.1:{server.port}; warming up")
        for kind in KINDS:
            http_lookups(server, token, queries[kind][n:])
        for kind in KINDS:
            log(f"{n} {kind} lookups over HTTP")
            times, answers = http_lookups(server, token, queries[kind][:n])
            metrics[f"{kind}_p50_ms"] = ms(times, 50)
            metrics[f"{kind}_p99_ms"] = ms(times, 99)
            metrics.update(hit_rates(kind, queries[kind][:n], answers))
    log("server stopped")

    log("the same lookups as raw indexed SQL")
    all_sql: list[float] = []
    for kind in KINDS:
        sql_lookups(path, queries[kind][n:])
        times = sql_lookups(path, queries[kind][:n])
        all_sql += times
        baseline[f"{kind}_sql_p50_ms"] = ms(times, 50)
        baseline[f"{kind}_sql_p99_ms"] = ms(times, 99)
    baseline = {"raw_sql_p50_ms": ms(all_sql, 50), "raw_sql_p99_ms": ms(all_sql, 99), **baseline}
    missed = [k for k, limit in TARGETS_MS.items() if metrics[k] > limit]
    log("targets met" if not missed else f"targets missed: {', '.join(missed)}")
    emit({
        "bench": "lookup",
        "scale": {**scale, "database": "reused" if reused else "built",
                  "load_seconds": load_seconds},
        "metrics": metrics,
        "baseline": baseline,
        "targets_ms": TARGETS_MS,
        "targets_met": not missed,
        "machine": f"{machine()}, SQLite {sqlite3.sqlite_version}",
        # The 1-minute load average before the HTTP phase: others' work skews p99.
        "load_avg_1m": round(load_before, 2),
    })


if __name__ == "__main__":
    main()
