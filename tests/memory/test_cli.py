"""The `python -m regulars.memory extract` command, including bad input, via subprocess."""

import json
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def run(stdin: bytes) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "regulars.memory", "extract"], input=stdin,
                          capture_output=True, cwd=REPO, timeout=120)


def line(**row) -> bytes:
    return (json.dumps(row) + "\n").encode()


def test_good_lines_give_one_output_line_each_in_order():
    proc = run(line(id="a", text="Wife Nora is a vet.", author="staff", date="2026-03-14")
               + line(id="b", text="My cat Juno is 3.", author="customer", date="2026-03-14"))
    assert proc.returncode == 0, proc.stderr
    out = [json.loads(s) for s in proc.stdout.decode().splitlines()]
    assert [o["id"] for o in out] == ["a", "b"]
    assert any(f["kind"] == "pet" for f in out[1]["facts"])


def test_bad_lines_are_reported_and_processing_carries_on():
    junk = bytes(b for b in range(256) if b != 10) + b"\n"
    rows = (line(id="empty", text="   ", author="staff", date="2026-03-14")
            + b"{not json\n"
            + line(id="who", text="Loves tulips.", author="robot", date="2026-03-14")
            + line(id="when", text="Loves tulips.", author="staff", date="someday soon")
            + junk
            + line(id="ok", text="Loves tulips.", author="staff", date="2026-03-14"))
    proc = run(rows)
    assert proc.returncode == 1
    out = [json.loads(s) for s in proc.stdout.decode().splitlines()]
    assert len(out) == 6  # aligned one line per input line
    assert all(o.get("error") for o in out[:5])
    assert out[5]["id"] == "ok" and out[5]["facts"] and "error" not in out[5]
    err = proc.stderr.decode()
    for n in (1, 2, 3, 4, 5):
        assert f"line {n}:" in err


def test_megabyte_note_is_refused_quickly_and_clearly():
    big = "Loves tulips and golf. " * 45_000
    t0 = time.monotonic()
    proc = run(line(id="big", text=big, author="staff", date="2026-03-14"))
    assert time.monotonic() - t0 < 30
    assert proc.returncode == 1
    out = json.loads(proc.stdout.decode())
    assert out["facts"] == [] and "characters" in out["error"]


def test_long_note_under_the_cap_is_fast():
    from regulars.memory import MAX_CHARS, extract

    text = ("Mrs A — flat white. Daughter Zoe at Leeds Uni, studying law. " * 400)[:MAX_CHARS]
    t0 = time.monotonic()
    extract(text)
    assert time.monotonic() - t0 < 10
