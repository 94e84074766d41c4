"""The memory engine: text about a customer -> personal facts. No Django import.

Use::

    from regulars.memory import extract, extract_changes
    facts = extract("Wife Yumi is a dental hygienist.", author="staff",
                    date=datetime.date(2026, 3, 14))

`extract(text, *, author="staff"|"customer", date=None)` returns a list of FACT dicts as
in DESIGN.md ("Memory engine contract"): `kind`, `span` ([start, end) offsets into
text), `confidence`, `about` and the kind's fields; every fact passes
`schema.validate_fact`. The engine is rule-based and deterministic; it prefers emitting
nothing to guessing.

Changes (what a text ends). A fact may carry an extra key `"ends"`: a list of partial
facts it supersedes, to be matched by the product against stored facts on kind and the
given fields, e.g. a pet's bereavement event ends `{"kind": "pet", "name": "Max",
"status": "alive"}`, and "switched from tea to black coffee" gives the coffee
preference with `"ends": [{"kind": "preference", "value": "tea", "polarity": "like"}]`.
`extract_changes(text, ...)` returns all partial facts a text ends, including ones with
no new fact beside them ("no longer vegan" -> `{"kind": "dietary", "value": "vegan"}`).
score.py ignores the extra key, so the CLI output stays scorer-compatible.
`read(text, ...)` returns `(facts, loose_ends)` from one pass: the loose ends are the
partial facts ended with no new fact beside them.

CLI: `python -m regulars.memory extract < notes.jsonl > facts.jsonl` (one output line per
input line; bad lines get `"error"` and are reported on stderr with their line number,
and the exit status is 1). Notes are limited to `engine.MAX_CHARS` characters.
"""

from .engine import MAX_CHARS, extract, extract_changes, read

# Bump when the rules change what a note yields: notes read by an older version are
# re-read by `regulars remember`.
VERSION = 6

__all__ = ["MAX_CHARS", "VERSION", "extract", "extract_changes", "read"]
