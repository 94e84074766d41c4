"""Run the extractors over a note's sentences and return contract facts."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from .context import Note, guess_customer_gender
from .context import _spans as _context_spans
from .cues import cues
from .dates import find_dates
from .events import extract_events
from .people import extract_people, extract_pets, mark_pet_deaths
from .places import extract_places, extract_trips
from .prefs import extract_dietary, extract_interests, extract_orders, extract_preferences
from .text import clear_caches, lower, sentences
from .work import extract_occupations, extract_schools

AUTHORS = ("staff", "customer")
MAX_CHARS = 20_000  # a note longer than this is a document, not a note: refuse it clearly

# People and pets first: later extractors resolve `about` against their mentions.
_PASSES = (
    (extract_people, extract_pets),
    (extract_dietary, extract_preferences, extract_orders, extract_interests,
     extract_occupations, extract_schools, extract_places, extract_trips, extract_events),
)
# Cue words, matched in the lower-cased note (case-insensitive regexes are ~6x slower).
_GATES = {
    extract_dietary: re.compile(r"allerg|intoler|vegan|vegetar|veggie|pesc|coeliac|celiac|"
                                r"diabet|halal|kosher|lactose"),
    extract_places: re.compile(r"liv|based|settled|resid|moved|relocat|now in|from|grew up|"
                               r"born|raised"),
    extract_schools: re.compile(r"stud|school|uni|college|academy|high|start|attend|graduat|"
                                r"gcse|level|degree|head boy|head girl|place at|offer|sixth|"
                                r"\b(?:is|'s|now) at\b|doing"),
}
_ENDS = re.compile(r"\b(?:no longer|not any more|not anymore|stopped|gave up|given up|quit|"
                   r"switched from|changed from|moved on from|off the|no more)\s+(?P<what>"
                   r"[^,.;!?]{2,40})", re.I)


def extract(text: str, *, author: str = "staff", date: dt.date | None = None
            ) -> list[dict[str, Any]]:
    """Extract the personal facts in one note, in order of appearance."""
    if not isinstance(text, str):
        raise TypeError("text must be a string")
    if author not in AUTHORS:
        raise ValueError(f"author must be one of {', '.join(AUTHORS)}, not {author!r}")
    if len(text) > MAX_CHARS:
        raise ValueError(f"text is {len(text)} characters; notes are limited to {MAX_CHARS}")
    clear_caches()
    cues.cache_clear()
    _context_spans.cache_clear()
    find_dates.cache_clear()  # the cache serves one note's fragments, never another note
    note = Note(text=text, author=author, date=date or dt.date.today())
    if not text.strip():
        return []
    if author == "staff":
        note.customer_gender = guess_customer_gender(note)
    sents = sentences(text)
    low = lower(text)
    for i, group in enumerate(_PASSES):
        # a whole-note gate skips extractors whose cue words never occur in the note
        active = [fn for fn in group if fn not in _GATES or _GATES[fn].search(low)]
        for sent in sents:
            for fn in active:
                fn(note, sent)
        if i == 0:
            mark_pet_deaths(note, sents)
    _attach_ends(note)
    facts = sorted(note.facts, key=lambda f: (f["span"][0], f["kind"]))
    return facts


def extract_changes(text: str, *, author: str = "staff", date: dt.date | None = None
                    ) -> list[dict[str, Any]]:
    """Return the partial facts a note ends ("no longer vegan", a pet that died)."""
    ended: list[dict[str, Any]] = []
    for f in extract(text, author=author, date=date):
        ended.extend(f.get("ends", []))
    ended.extend(_loose_ends(text))
    return ended


def _loose_ends(text: str) -> list[dict[str, Any]]:
    """Ends stated with no new fact beside them ("no longer vegan")."""
    from .lexicon import dietary
    from .prefs import clean_object, topic_of

    out: list[dict[str, Any]] = []
    for m in _ENDS.finditer(text):
        what = clean_object(re.sub(r"^(?:a|being|drinks?|eats?|having)\s+", "", m.group("what"),
                                   flags=re.I))
        low = what.lower()
        if low in dietary():
            out.append({"kind": "dietary", "value": dietary()[low]})
        elif topic_of(what):
            out.append({"kind": "preference", "value": what, "polarity": "like"})
        elif re.match(r"(?:lectur|teach|work|practis)", low):
            out.append({"kind": "occupation"})
    return out


def _attach_ends(note: Note) -> None:
    """Mark facts that replace an earlier one ("switched from tea to coffee")."""
    for m in re.finditer(r"\b(?:switched|changed|moved|gone|went) from (?P<old>[\w' -]{2,30}?) "
                         r"to (?P<new>[\w' -]{2,30})", note.text, re.I):
        from .prefs import topic_of

        old = m.group("old").strip()
        if topic_of(old) is None:
            continue
        new_start = m.start("new")
        fact = next((f for f in note.facts if f["kind"] == "preference"
                     and f["span"][0] >= new_start - 1 and f["span"][0] <= m.end()), None)
        if fact is None:
            new = m.group("new").strip()
            fact = note.emit("preference", new_start, new_start + len(new), None, 0.6,
                             topic=topic_of(new) or topic_of(old) or "other", value=new,
                             polarity="like")
        if fact is not None:
            fact.setdefault("ends", []).append({"kind": "preference", "value": old,
                                                "polarity": "like", "about": fact["about"]})
