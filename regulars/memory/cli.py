"""Command line: `python -m regulars.memory extract < notes.jsonl > facts.jsonl`."""

from __future__ import annotations

import datetime as dt
import json
import sys
from typing import IO

from .dates import parse_note_date
from .engine import extract

USAGE = "usage: python -m regulars.memory extract < notes.jsonl > facts.jsonl"


def run_extract(inp: IO[str], out: IO[str], err: IO[str]) -> int:
    """Read notes as JSON lines and write one facts line per input line; 1 if any failed."""
    failed = 0
    for lineno, line in enumerate(inp, 1):
        note_id = None
        try:
            if not line.strip():
                raise ValueError("blank line")
            row = json.loads(line)
            if not isinstance(row, dict):
                raise ValueError("line is not a JSON object")
            note_id = row.get("id")
            text = row.get("text")
            if not isinstance(text, str):
                raise ValueError("text must be a string")
            if not text.strip():
                raise ValueError("text is empty")
            date = parse_note_date(row["date"]) if row.get("date") is not None else dt.date.today()
            facts = extract(text, author=row.get("author", "staff"), date=date)
            out.write(json.dumps({"id": note_id, "facts": facts}, ensure_ascii=False) + "\n")
        except (ValueError, TypeError, KeyError) as exc:
            failed += 1
            msg = str(exc) if not isinstance(exc, json.JSONDecodeError) else f"invalid JSON: {exc}"
            err.write(f"line {lineno}: {msg}\n")
            out.write(json.dumps({"id": note_id, "facts": [], "error": msg}) + "\n")
    out.flush()
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    """Dispatch the `extract` sub-command."""
    args = sys.argv[1:] if argv is None else argv
    if args != ["extract"]:
        print(USAGE, file=sys.stderr)
        return 2
    stdin = open(sys.stdin.fileno(), encoding="utf-8", errors="replace", newline="\n",
                 closefd=False)
    return run_extract(stdin, sys.stdout, sys.stderr)
