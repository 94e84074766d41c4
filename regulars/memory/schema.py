"""The fact kinds of the memory engine contract, as data.

Both the engine (which emits facts) and the product (which stores and edits them)
validate against these tables, so a vocabulary changes in one place.

>>> validate_fact({"kind": "pet", "species": "dog", "name": "Biscuit", "status": "alive"})
{'species': 'dog', 'name': 'Biscuit', 'status': 'alive'}
"""

from __future__ import annotations

import re
from typing import Any

RELATIONS = (
    "spouse", "partner", "child", "son", "daughter", "parent", "mother", "father",
    "sibling", "brother", "sister", "grandchild", "grandparent", "friend", "colleague",
    "other",
)
SPECIES = (
    "dog", "cat", "bird", "fish", "rabbit", "horse", "hamster", "guinea pig", "reptile",
    "other",
)
PET_STATUSES = ("alive", "deceased")
PREFERENCE_TOPICS = (
    "drink", "food", "dessert", "flower", "color", "music", "book", "film", "sport", "team",
    "brand", "style", "other",
)
POLARITIES = ("like", "dislike")
PLACE_RELATIONS = ("lives_in", "from")
TRIP_STATUSES = ("planned", "past")
EVENT_TYPES = (
    "birthday", "anniversary", "graduation", "wedding", "engagement", "new_baby", "moving",
    "new_job", "retirement", "surgery", "illness", "bereavement", "other",
)
EVENT_STATUSES = ("upcoming", "past")
SENSITIVE_EVENT_TYPES = frozenset({"bereavement", "illness", "surgery"})

# Each kind: field name -> (allowed values or None for free text, required).
FIELDS: dict[str, dict[str, tuple[tuple[str, ...] | None, bool]]] = {
    "person": {"relation": (RELATIONS, True), "name": (None, False)},
    "pet": {"species": (SPECIES, True), "name": (None, False), "status": (PET_STATUSES, True)},
    "preference": {
        "topic": (PREFERENCE_TOPICS, True),
        "value": (None, True),
        "polarity": (POLARITIES, True),
    },
    "dietary": {"value": (None, True)},
    "interest": {"value": (None, True)},
    "occupation": {"value": (None, True), "employer": (None, False)},
    "school": {"value": (None, True)},
    "place": {"relation": (PLACE_RELATIONS, True), "value": (None, True)},
    "trip": {
        "destination": (None, True),
        "when": (None, False),
        "status": (TRIP_STATUSES, True),
    },
    "event": {"type": (EVENT_TYPES, True), "when": (None, False), "status": (EVENT_STATUSES, True)},
}
KINDS = tuple(FIELDS)
DEFAULTS = {"pet": {"status": "alive"}, "preference": {"polarity": "like"}}
MAX_VALUE_CHARS = 200

_WHEN = re.compile(r"^(\d{4}-\d{2}-\d{2}|\d{4}-\d{2}|--\d{2}-\d{2})$")


class FactError(ValueError):
    """A fact that does not fit the contract; the message says which field and why."""


def validate_fact(fact: dict[str, Any]) -> dict[str, Any]:
    """Check a fact's kind-specific fields and return them, normalised.

    Unknown fields, values outside a closed vocabulary, over-long text and malformed
    dates raise FactError.
    """
    kind = fact.get("kind")
    if kind not in FIELDS:
        raise FactError(f"kind must be one of {', '.join(KINDS)}")
    spec = FIELDS[kind]
    common = {"kind", "about", "span", "confidence", "ends"}
    unknown = set(fact) - set(spec) - common
    if unknown:
        raise FactError(f"unknown field(s) for {kind}: {', '.join(sorted(unknown))}")
    out: dict[str, Any] = {}
    for name, (allowed, required) in spec.items():
        value = fact.get(name, DEFAULTS.get(kind, {}).get(name))
        if isinstance(value, str):
            value = value.strip() or None
        if value is None:
            if required:
                raise FactError(f"{kind}.{name} is required")
            out[name] = None
            continue
        if not isinstance(value, str):
            raise FactError(f"{kind}.{name} must be text")
        if allowed is not None and value not in allowed:
            raise FactError(f"{kind}.{name} must be one of {', '.join(allowed)}")
        if len(value) > MAX_VALUE_CHARS:
            raise FactError(f"{kind}.{name} is longer than {MAX_VALUE_CHARS} characters")
        if name == "when" and not _WHEN.match(value):
            raise FactError(f"{kind}.when must be YYYY-MM-DD, YYYY-MM or --MM-DD")
        out[name] = value
    return out


def is_sensitive(kind: str, fields: dict[str, Any]) -> bool:
    """Say whether a fact must never become a cheerful talking point."""
    return kind == "event" and fields.get("type") in SENSITIVE_EVENT_TYPES


def say_when(when: str | None) -> str:
    """Say a fact's date the way staff would.

    >>> say_when("2027-06"), say_when("2027-06-12"), say_when("--03-20"), say_when(None)
    ('June 2027', '12 June 2027', '20 March', '')
    """
    import calendar

    if not when or not _WHEN.match(when):
        return ""
    if when.startswith("--"):
        month, day = int(when[2:4]), int(when[5:7])
        return f"{day} {calendar.month_name[month]}"
    year, month = when[:4], int(when[5:7])
    if len(when) == 7:
        return f"{calendar.month_name[month]} {year}"
    return f"{int(when[8:10])} {calendar.month_name[month]} {year}"
