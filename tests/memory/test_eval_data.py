"""Optional: the engine's scores on the shared dev set (read from ../shared, never copied)."""

import datetime as dt
import importlib.util
import os
from pathlib import Path

import pytest

from regulars.memory import extract

EVAL = Path(os.environ.get("SHARED_DIR") or Path(__file__).resolve().parents[3] / "shared") / "eval"


def test_dev_set_precision_floor():
    if not (EVAL / "score.py").exists():
        pytest.skip(f"shared eval data not found at {EVAL} (set SHARED_DIR)")
    spec = importlib.util.spec_from_file_location("memory_score", EVAL / "score.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    gold = scorer.load(str(EVAL / "dev_notes.jsonl"))
    pred = [{"id": r["id"], "facts": extract(r["text"], author=r["author"],
                                             date=dt.date.fromisoformat(r["date"]))}
            for r in gold]
    res = scorer.score(gold, pred)
    # a floor that catches regressions, not the target (see bench.memory for figures)
    assert res["precision"] >= 0.8 and res["recall"] >= 0.7, res
