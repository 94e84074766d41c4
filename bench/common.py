"""Helpers shared by the benchmarks: machine description, percentiles, the JSON result line."""

from __future__ import annotations

import json
import os
import platform
import resource
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent


def machine() -> str:
    """Describe the machine briefly, e.g. "2 cores, Python 3.11"."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return f"{cores} cores, Python {platform.python_version_tuple()[0]}." \
           f"{platform.python_version_tuple()[1]}"


def percentile(values: list[float], pct: float) -> float:
    """Return the pct-th percentile (0–100) of values by linear interpolation."""
    if not values:
        return 0.0
    xs = sorted(values)
    k = (len(xs) - 1) * pct / 100
    lo = int(k)
    hi = min(lo + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (k - lo)


def peak_rss_mb() -> float:
    """Return this process's peak resident set size in MB."""
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(rss / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


def shared_dir() -> Path:
    """Locate ../shared beside the repo, or SHARED_DIR when set."""
    return Path(os.environ.get("SHARED_DIR") or REPO.parent / "shared")


def quick(argv: list[str] | None = None) -> bool:
    """Say whether --quick was given."""
    return "--quick" in (sys.argv[1:] if argv is None else argv)


def emit(result: dict[str, Any]) -> None:
    """Print the benchmark's result as one JSON object on the last line of stdout."""
    print(json.dumps(result, ensure_ascii=False, sort_keys=False), flush=True)


def log(msg: str) -> None:
    """Report progress on stderr; stdout is kept for the result line."""
    print(msg, file=sys.stderr, flush=True)


def stored_meta(path: Path) -> str | None:
    """Return what a reusable benchmark database says it was built for, if anything."""
    import sqlite3

    if not path.exists():
        return None
    try:
        with sqlite3.connect(path) as db:
            return db.execute("SELECT value FROM bench_meta WHERE key = 'built'").fetchone()[0]
    except (sqlite3.Error, TypeError):
        return None
