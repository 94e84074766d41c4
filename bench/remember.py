"""Re-reading a business's notes into its memory with `regulars remember`, end to end.

    python -m bench.remember            # 1,000,000 notes of 100,000 customers
    python -m bench.remember --quick    # a tenth of that

Loads notes of about 200 characters into a separate SQLite file under var/bench/, runs
`regulars remember --business bench --all` as a subprocess and reports notes per second
of the whole run (process start included). Then it checks that a run stopped with
Ctrl-C part-way and run again ends with exactly the facts of an uninterrupted run.
The baseline is the engine alone over the same texts in this process, no database.
"""

from __future__ import annotations

import datetime
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from bench.common import REPO, emit, log, machine, quick
from bench.server import setup_django

SCALES = {
    "full": {"notes": 1_000_000, "customers": 100_000, "resume_notes": 20_000},
    "quick": {"notes": 100_000, "customers": 10_000, "resume_notes": 5_000},
    "smoke": {"notes": 5_000, "customers": 1_000, "resume_notes": 3_000},
}
SEED = 99
TARGET = 1500
FIRST = ["Maria", "Tom", "Aisha", "Kofi", "Lena", "Hiro", "Grace", "Omar", "Nina", "Raúl"]
PETS = [("dog", "Pepper"), ("cat", "Mochi"), ("dog", "Rolo"), ("rabbit", "Fudge")]
DRINKS = ["flat white", "oat latte", "peppermint tea", "double espresso", "chai latte"]
PLACES = ["Lisbon", "Crete", "Montreal", "Oslo", "Cape Town", "Seville"]
JOBS = ["physio", "teacher", "electrician", "pharmacist", "accountant", "firefighter"]
MONTHS = ["March", "May", "June", "September", "October"]
FRAGMENTS = [
    "Half-head foils, toner 9V, 35 min.",
    "Her {rel} {kid} starts university in {month}.",
    "His {species} {pet} came along today, very good boy.",
    "Always has a {drink} while the colour takes.",
    "Off to {place} in {month}, wants it low-maintenance.",
    "Works as a {job}, long shifts, prefers Saturday slots.",
    "Allergic to nuts, keep the biscuits away.",
    "Doesn't like strong perfume in the salon.",
    "Running late again, rebooked for 4pm.",
    "Paid by card, left a tip for Jo.",
    "Mentioned the {species} {pet} is 9 now.",
    "Back from {place}, loved the food.",
    "Trim only, keep the length, no layers this time.",
    "Moved to {place} last year but still comes in monthly.",
]




def note_text(rng: random.Random) -> str:
    parts = []
    while sum(len(p) for p in parts) < 170:
        species, pet = rng.choice(PETS)
        parts.append(rng.choice(FRAGMENTS).format(
            rel=rng.choice(["daughter", "son"]), kid=rng.choice(FIRST), month=rng.choice(MONTHS),
            species=species, pet=pet, drink=rng.choice(DRINKS), place=rng.choice(PLACES),
            job=rng.choice(JOBS),
        ))
    return " ".join(parts)


def build(path: Path, scale: dict) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    setup_django(path)
    from django.core.management import call_command
    from django.db import connection

    from regulars.businesses.models import Business

    call_command("migrate", verbosity=0)
    for slug in ("bench", "resume-a", "resume-b"):
        Business.objects.create(name=slug, slug=slug, phone_region="US")
    connection.close()
    rng = random.Random(SEED)
    day = datetime.datetime(2026, 6, 1, tzinfo=datetime.UTC)
    with sqlite3.connect(path) as db:
        ids = {slug: bid for bid, slug in db.execute("SELECT id, slug FROM businesses_business")}
        customers = {"bench": scale["customers"], "resume-a": 500, "resume-b": 500}
        first_customer = {}
        for slug, count in customers.items():
            cur = db.execute("SELECT COALESCE(MAX(id), 0) FROM customers_customer")
            first_customer[slug] = cur.fetchone()[0] + 1
            db.executemany(
                "INSERT INTO customers_customer (business_id, first_name, last_name,"
                " preferred_name, pronunciation, preferred_channel, best_times, tags,"
                " created_at, updated_at) VALUES (?, ?, ?, '', '', '', '', '[]', ?, ?)",
                ((ids[slug], rng.choice(FIRST), f"N{i}", day, day) for i in range(count)),
            )
        resume_texts = [note_text(rng) for _ in range(scale["resume_notes"])]
        for slug, texts in (("bench", None), ("resume-a", resume_texts),
                            ("resume-b", resume_texts)):
            count = scale["notes"] if texts is None else len(texts)
            start, span = first_customer[slug], customers[slug]
            db.executemany(
                "INSERT INTO customers_note (business_id, customer_id, text, author_kind, source,"
                " created_at, memory_version) VALUES (?, ?, ?, 'staff', 'desk', ?, 0)",
                ((ids[slug], start + i % span, texts[i] if texts else note_text(rng),
                  day + datetime.timedelta(minutes=i)) for i in range(count)),
            )
        db.commit()


def remember(path: Path, slug: str, *, stop_after: float | None = None) -> float:
    env = {**os.environ, "SQLITE_PATH": str(path), "LOG_LEVEL": "WARNING"}
    env.pop("DATABASE_URL", None)
    cmd = [str(Path(sys.executable).parent / "regulars"), "remember", "--business", slug]
    began = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=REPO, env=env, stdout=subprocess.DEVNULL)
    if stop_after is not None:
        time.sleep(stop_after)
        proc.send_signal(signal.SIGINT)
    proc.wait()
    if stop_after is None and proc.returncode != 0:
        raise RuntimeError(f"regulars remember exited with {proc.returncode}")
    return time.perf_counter() - began


def facts_of(path: Path, slug: str) -> list[tuple]:
    with sqlite3.connect(path) as db:
        return db.execute(
            "SELECT f.kind, f.about, f.data, f.valid_until IS NULL, c.last_name FROM"
            " customers_fact f JOIN customers_customer c ON c.id = f.customer_id JOIN"
            " businesses_business b ON b.id = f.business_id WHERE b.slug = ? ORDER BY 5, 1,"
            " 2, 3, 4", (slug,),
        ).fetchall()


def engine_rate(texts: list[str]) -> float:
    from regulars.memory import extract

    day = datetime.date(2026, 6, 1)
    began = time.perf_counter()
    for text in texts:
        extract(text, author="staff", date=day)
    return len(texts) / (time.perf_counter() - began)


def main() -> None:
    scale = SCALES["smoke" if "--smoke" in sys.argv else "quick" if quick() else "full"]
    path = REPO / "var" / "bench" / "remember.sqlite3"
    log(f"building {path} with {scale['notes']:,} notes")
    build(path, scale)
    log("regulars remember --business bench")
    seconds = remember(path, "bench")
    with sqlite3.connect(path) as db:
        facts = db.execute("SELECT COUNT(*) FROM customers_fact").fetchone()[0]
        unread = db.execute("SELECT COUNT(*) FROM customers_note WHERE memory_version = 0"
                            " AND business_id = (SELECT id FROM businesses_business WHERE"
                            " slug = 'bench')").fetchone()[0]
    log("stopping a run part-way, then resuming it")
    remember(path, "resume-a", stop_after=2.0)
    remember(path, "resume-a")
    remember(path, "resume-b")
    resumed, clean = facts_of(path, "resume-a"), facts_of(path, "resume-b")
    rng = random.Random(SEED + 1)
    rate = engine_rate([note_text(rng) for _ in range(5000)])
    notes_per_s = scale["notes"] / seconds
    emit({
        "bench": "remember",
        "scale": scale,
        "metrics": {
            "notes_per_s": round(notes_per_s, 1),
            "seconds": round(seconds, 1),
            "facts": facts,
            "unread_after": unread,
            "resume_matches_clean_run": resumed == clean,
            "resume_facts": len(resumed),
            "target_notes_per_s": TARGET,
        },
        "baseline": {"engine_only_notes_per_s": round(rate, 1),
                     "ratio_to_engine": round(notes_per_s / rate, 3)},
        "machine": f"{machine()}, SQLite {sqlite3.sqlite_version}",
    })


if __name__ == "__main__":
    main()
