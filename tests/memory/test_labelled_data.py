"""The project's own labelled notes (tests/memory/data) are well formed for the scorer."""

import datetime as dt
import json
from pathlib import Path

import pytest

from regulars.memory.schema import validate_fact

DATA = Path(__file__).resolve().parent / "data"
FILES = sorted(DATA.glob("*.jsonl"))


def test_there_are_labelled_sets():
    names = {p.name for p in FILES}
    assert {"own_notes.jsonl", "own_heldout.jsonl", "own_heldout_2.jsonl"} <= names


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_row_is_a_note_with_valid_gold(path):
    ids = set()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        row = json.loads(line)
        assert row["id"] not in ids, f"{path.name}:{n} repeats id {row['id']}"
        ids.add(row["id"])
        assert row["author"] in ("staff", "customer") and row["text"].strip()
        dt.date.fromisoformat(row["date"])
        for fact in row["gold"]:
            validate_fact(fact)
            if fact["kind"] == "person":
                assert fact["about"] is None, f"{path.name}:{n} person facts are about no one"
    assert len(ids) >= 100
