"""Run the extractors over a note's sentences and return contract facts."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from .context import Note, guess_customer_gender
from .context import clear_caches as _clear_context
from .cues import cues
from .dates import find_dates
from .diet import extract_dietary
from .events import _STARTS, extract_events
from .first_person import extract_first_person
from .orders import extract_orders
from .people import extract_people, name_relatives, partners_and_babies
from .pets import extract_pets, mark_pet_deaths
from .places import extract_kin_places, extract_places, extract_trips
from .prefs import extract_interests, extract_preferences
from .text import clear_caches, lower, scan, sentences
from .work import extract_occupations, extract_schools

AUTHORS = ("staff", "customer")
MAX_CHARS = 20_000  # a note longer than this is a document, not a note: refuse it clearly

# Cue words, looked for in the lower-cased note: a note with none of them has no school
# or course to read. Substring tests first; then "is at", "'s at", "now at" as whole words
# (the pattern is \b(?:is|'s|now) at\b, written to open with a letter so the regex
# engine skips to candidate characters).
_SCHOOL_CUES = ("stud", "school", "uni", "college", "academy", "high", "start", "attend",
                "graduat", "gcse", "level", "degree", "head boy", "head girl", "place at",
                "offer", "sixth", "doing", "primary", "nursery", "did", "does", "read",
                "phd", "master", "course", "diploma", "apprentice", "msc", "bsc", "mba")
_SCHOOL_AT = re.compile(r"i(?<!\wi)s at\b|'(?<=\w')s at\b|n(?<!\wn)ow at\b")


def _school_cues(low: str) -> tuple[tuple[str, ...], bool]:
    """Return the school cues the lower-cased note holds, and whether _SCHOOL_AT matches in
    it: a sentence of the note can hold no others."""
    at = ("s at" in low or "ow at" in low) and _SCHOOL_AT.search(low) is not None
    return tuple([cue for cue in _SCHOOL_CUES if cue in low]), at


def _school_cue(low: str, cues: tuple[str, ...], at: bool) -> bool:
    """Say whether a lower-cased sentence holds one of the note's school cues."""
    for cue in cues:
        if cue in low:
            return True
    return at and _SCHOOL_AT.search(low) is not None
_ENDS = re.compile(r"\b(?:no longer|not any more|not anymore|stopped|gave up|given up|quit|"
                   r"switched from|changed from|moved on from|off the|no more)\s+(?P<what>"
                   r"[^,.;!?]{2,40})", re.I)


def read(text: str, *, author: str = "staff", date: dt.date | None = None
         ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Read a note once: return its facts and the loose ends it states.

    Facts are as `extract` returns them (some carry "ends"); loose ends are the partial
    facts the note says have ended with no new fact beside them ("no longer vegan" ->
    `{"kind": "dietary", "value": "vegan"}`), i.e. `extract_changes` minus the ends
    already attached to a fact.
    """
    facts = extract(text, author=author, date=date)
    attached = [e for f in facts for e in f.get("ends", ())]
    loose = [e for e in _loose_ends(text) if e not in attached]
    return facts, loose


def extract(text: str, *, author: str = "staff", date: dt.date | None = None
            ) -> list[dict[str, Any]]:
    """Extract the personal facts in one note, in order of appearance."""
    if not isinstance(text, str):
        raise TypeError("text must be a string")
    if author not in AUTHORS:
        raise ValueError(f"author must be one of {', '.join(AUTHORS)}, not {author!r}")
    if len(text) > MAX_CHARS:
        raise ValueError(f"text is {len(text)} characters; notes are limited to {MAX_CHARS}")
    _clear_caches()
    note = Note(text=text, author=author, date=date or dt.date.today())
    if not text.strip():
        return []
    if author == "staff":
        note.customer_gender = guess_customer_gender(note)
    sents = sentences(text)
    low = lower(text)
    wants = [(sent, scan(sent.text), cues(sent.text)) for sent in sents]
    # Each extractor is called only for a sentence holding what it reads: lexicon hits
    # (relations, species, topics, hobbies, occupations, events, in that order) or cue
    # words. Each extractor checks the same again; this only saves calling it for nothing.
    # People and pets first: later extractors resolve `about` against their mentions.
    for sent, hits, _cue in wants:
        if hits[0]:
            extract_people(note, sent)
        if hits[1]:
            extract_pets(note, sent)
        if "engaged to" in sent.low or "married to" in sent.low or "baby " in sent.low or \
                "proposed" in sent.low or "popped" in sent.low:
            partners_and_babies(note, sent)
    mark_pet_deaths(note, sents)
    if "nam" in low or "call" in low:
        name_relatives(note)
    school_cues, school_at = _school_cues(low)
    schools = bool(school_cues) or school_at
    customer = author == "customer"  # staff notes skip the first-person extractor
    for sent, hits, cue in wants:
        text = sent.text
        if "diet" in cue:
            extract_dietary(note, sent)
        if "like" in cue or "fan" in text or "avourite" in text or "avorite" in text or \
                hits[2] and "on the " in sent.low:  # "Wife Sue on the rosé"
            extract_preferences(note, sent)
        if hits[2] or "pint" in sent.low or "half of" in sent.low:
            extract_orders(note, sent)
        if hits[3] or "ollects" in text:
            extract_interests(note, sent)
        if hits[4] or "runs" in cue or "teach" in sent.low or "drive" in sent.low:
            extract_occupations(note, sent)
        if schools and _school_cue(sent.low, school_cues, school_at):
            extract_schools(note, sent)
        if "place" in cue:
            extract_places(note, sent)
        if hits[0] and (" in " in sent.low or " from " in sent.low):
            extract_kin_places(note, sent)  # "my mum in Durban"
        if "trip" in cue:
            extract_trips(note, sent)
        if hits[5] or "ordinal" in cue or "due" in sent.low or \
                ("start" in sent.low or "begin" in sent.low) and _STARTS.search(text):
            extract_events(note, sent)
        if customer:
            extract_first_person(note, sent)
    if "ed from " in low or "ne from " in low or "nt from " in low:
        # what _attach_ends looks for: "switched from tea to coffee", "gone from", "went from"
        _attach_ends(note)
    facts = _one_event_each(sorted(note.facts, key=lambda f: (f["span"][0], f["kind"])))
    return _no_nested_interests(facts)


def _no_nested_interests(facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop a hobby read inside a longer one or a job: "railway history" is not also
    "history", a photographer's job not also a hobby."""
    hobbies = [f for f in facts if f["kind"] == "interest"]
    if not hobbies:
        return facts
    jobs = [f for f in facts if f["kind"] == "occupation"]
    inner = [f for f in hobbies for g in hobbies if g is not f and g["about"] == f["about"]
             and g["span"][0] <= f["span"][0] and f["span"][1] == g["span"][1]
             and g["span"] != f["span"]]  # the head of a longer compound
    # "she's a photographer", "teaches yoga" are jobs: not also hobbies
    inner += [f for f in hobbies for g in jobs if g["about"] == f["about"]
              and g["span"][0] < f["span"][1] and f["span"][0] < g["span"][1]]
    # "Runner, training for Paris marathon": marathon running says running already
    inner += [f for f in hobbies for g in hobbies if g is not f and g["about"] == f["about"]
              and len(g["value"]) > len(f["value"])
              and set(f["value"].split()) < set(g["value"].split())]
    return [f for f in facts if not any(f is i for i in inner)]


def _one_event_each(facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Keep one event per type and person: "wedding hair… the big day is 19 Sept" is one
    wedding. The first mention stays and takes the date a later one gives."""
    out: list[dict[str, Any]] = []
    first: dict[tuple[str, Any], dict[str, Any]] = {}
    for f in facts:
        if f["kind"] != "event" or f["type"] in ("other", "bereavement"):
            out.append(f)
            continue
        key = (f["type"], (f["about"] or "").lower())
        kept = first.get(key)
        if kept is None:
            first[key] = f
            out.append(f)
        elif kept["when"] is None and f["when"] is not None:
            kept["when"], kept["status"] = f["when"], f["status"]
    # "Son Tobi getting married in Sept - wants to discuss wedding wine": one wedding, Tobi's
    owned = {f["type"] for f in out if f["kind"] == "event" and f["about"] is not None}
    return [f for f in out if not (f["kind"] == "event" and f["about"] is None and
                                   f["when"] is None and f["type"] in owned
                                   and f["type"] not in ("other", "bereavement"))]


def extract_changes(text: str, *, author: str = "staff", date: dt.date | None = None
                    ) -> list[dict[str, Any]]:
    """Return the partial facts a note ends ("no longer vegan", a pet that died)."""
    facts, loose = read(text, author=author, date=date)
    return [e for f in facts for e in f.get("ends", ())] + loose


def warm() -> None:
    """Load the lazy resources (lexicons, gazetteer) now, e.g. when a worker starts."""
    extract("Wife Ann is a nurse, lives in Leeds; off to Paris next June with the dog Max.",
            date=dt.date(2026, 1, 1))


def _clear_caches() -> None:
    """Empty the per-sentence caches: they serve one note, never leak into the next."""
    clear_caches()
    cues.cache_clear()
    _clear_context()
    find_dates.cache_clear()


_RX_LOOSE_ENDS_1 = re.compile(r"^(?:a|being|drinks?|eats?|having)\s+", re.I)
_RX_LOOSE_ENDS_2 = re.compile(r"(?:lectur|teach|work|practis)")


def _loose_ends(text: str) -> list[dict[str, Any]]:
    """Ends stated with no new fact beside them ("no longer vegan")."""
    from .lexicon import dietary
    from .prefs import clean_object, topic_of

    out: list[dict[str, Any]] = []
    for m in _ENDS.finditer(text):
        what = clean_object(_RX_LOOSE_ENDS_1.sub("", m.group("what")))
        low = what.lower()
        if low in dietary():
            out.append({"kind": "dietary", "value": dietary()[low]})
        elif topic_of(what):
            out.append({"kind": "preference", "value": what, "polarity": "like"})
        elif _RX_LOOSE_ENDS_2.match(low):
            out.append({"kind": "occupation"})
    return out


_RX_ATTACH_ENDS_1 = re.compile(r"\b(?:switched|changed|moved|gone|went) from "
                               r"(?P<old>[\w' -]{2,30}?) to (?P<new>[\w' -]{2,30})", re.I)


def _attach_ends(note: Note) -> None:
    """Mark facts that replace an earlier one ("switched from tea to coffee")."""
    for m in _RX_ATTACH_ENDS_1.finditer(note.text):
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
