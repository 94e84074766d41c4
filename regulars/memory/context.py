"""Per-note state: who has been mentioned, and who a clause is about.

The customer is the default subject. A clause is about a relative or pet when one is
the nearest preceding anchor in its sentence ("Wife Yumi is a hygienist"), or when a
pronoun points at one. Staff's own words ("I", "my" in a staff note) and people outside
the customer's circle ("the last client", "a neighbour") make a clause unusable.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from .schema import validate_fact
from .text import Sentence

SKIP = "\x00skip"  # about value meaning "not the customer's circle: emit nothing"


@dataclass
class Mention:
    """A relative or pet named in the note, used to resolve `about`."""

    about: str
    kind: str  # "person" or "pet"
    gender: str  # "m", "f" or "-"
    start: int
    end: int
    names: tuple[str, ...] = ()


@dataclass
class Note:
    """One note being processed: its text, voice, date, mentions and emitted facts."""

    text: str
    author: str
    date: dt.date
    mentions: list[Mention] = field(default_factory=list)
    facts: list[dict[str, Any]] = field(default_factory=list)
    customer_gender: str = "-"

    @property
    def customer_voice(self) -> bool:
        return self.author == "customer"

    def emit(self, kind: str, start: int, end: int, about: str | None, confidence: float,
             **fields: Any) -> dict[str, Any] | None:
        """Validate and record a fact unless it duplicates one already emitted."""
        if about == SKIP:
            return None
        fact = {"kind": kind, "span": [start, end], "confidence": round(confidence, 2),
                "about": about, **fields}
        fields_ok = validate_fact(fact)
        fact.update(fields_ok)
        for old in self.facts:
            if _same(old, fact):
                return None
        self.facts.append(fact)
        return fact

    def mention_named(self, name: str) -> Mention | None:
        """Find a mention by one of its names (case-insensitive)."""
        low = name.lower()
        for m in self.mentions:
            if low in (n.lower() for n in m.names) or m.about.lower() == low:
                return m
        return None


def _same(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Say whether two facts state the same thing (ignoring span and confidence)."""
    skip = {"span", "confidence", "ends"}
    ka = {k: (v.lower() if isinstance(v, str) else v) for k, v in a.items() if k not in skip}
    kb = {k: (v.lower() if isinstance(v, str) else v) for k, v in b.items() if k not in skip}
    return ka == kb


_OUTSIDER = re.compile(
    r"\b(?:neighbou?rs?|passer-?by|the last (?:client|customer|one)|another (?:client|"
    r"customer|salon|clinic|vet)|next door|(?:a|one|some) (?:lady|man|woman|guy|bloke|"
    r"gentleman|customer|client|person|friend)|someone|somebody|apprentice|builders?|"
    r"the salon|staff|locum cover|our (?:team|groomer|stylist|vet)|not one of ours)\b", re.I)
_HYPOTHETICAL = re.compile(
    r"\b(?:if|unless|whether|might|maybe|perhaps|possibly|probably|may be|thinking (?:of|"
    r"about)|considering|wants? to (?:be|become|get|try|start)|would (?:like|love) to|"
    r"hope to|hoping to|dreams? (?:of|about)|wish(?:es)?|someday|one day|could be|"
    r"not sure|not confirmed|unconfirmed|thinks?|planning to ask)\b", re.I)
_FIRST = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|me|my|myself|we|we're|"
                    r"our|us)\b", re.I)
_CUSTOMER_WORD = re.compile(
    r"\b(?:client|customer|owner|pt|patient|member|mr\.? [A-Z]\w*|mrs\.? [A-Z]\w*|"
    r"ms\.? [A-Z]\w*|(?:she|he) (?:herself|himself)|(?:client|owner|pt) (?:herself|himself))\b",
    re.I)
_STAFF_FIRST = re.compile(r"\b(?:I|I'm|I’m|I'll|my|me)\b")
_PRONOUN = re.compile(r"\b(?:he|she|he's|she's|he’s|she’s|him|they|they're)\b", re.I)


def hypothetical_before(sent: Sentence, local: int) -> bool:
    """Say whether a hedge or condition precedes position `local` in the sentence."""
    return bool(_HYPOTHETICAL.search(sent.text, 0, local))


def about_at(note: Note, sent: Sentence, local: int) -> str | None:
    """Return who the text at `local` in `sent` is about: None (customer), a name, or SKIP."""
    head = sent.text[:local]
    best: tuple[int, str | None] = (-1, None)
    if _OUTSIDER.search(head):
        m = list(_OUTSIDER.finditer(head))[-1]
        best = (m.start(), SKIP)
    # staff writing about themselves ("my own dog", "I'll be covering") is not customer data
    first_pat = _FIRST if note.customer_voice else _STAFF_FIRST
    for m in first_pat.finditer(head):
        if m.start() > best[0]:
            best = (m.start(), None if note.customer_voice else SKIP)
    for m in _CUSTOMER_WORD.finditer(head):
        if m.start() > best[0] and not head[m.end():m.end() + 2].startswith("'"):
            best = (m.start(), None)
    for mn in note.mentions:
        for pos in _occurrences(note, mn, sent):
            if pos < local and pos > best[0]:
                best = (pos, mn.about)
    for m in _PRONOUN.finditer(head):
        if m.start() > best[0]:
            best = (m.start(), resolve_pronoun(note, m.group(), sent.start + m.start()))
    return best[1]


def _occurrences(note: Note, mn: Mention, sent: Sentence) -> list[int]:
    """Local positions in sent where mention mn is named or introduced."""
    out = []
    if sent.start <= mn.start < sent.start + len(sent.text):
        out.append(mn.start - sent.start)
    for name in mn.names:
        for m in re.finditer(r"\b" + re.escape(name) + r"\b", sent.text):
            out.append(m.start())
    return out


def resolve_pronoun(note: Note, word: str, pos: int) -> str | None:
    """Resolve he/she at absolute position pos: customer, a mentioned relative, or SKIP."""
    w = word.lower()
    gender = "m" if w.startswith(("he", "him", "his")) else "f" if w.startswith(("she", "her")) \
        else "-"
    if not note.customer_voice:
        if note.customer_gender in ("-", gender) or gender == "-":
            return None
    before = [m for m in note.mentions if m.start < pos and m.gender in (gender, "-")]
    if gender != "-":
        before = [m for m in before if m.gender == gender] or before
    if not before:
        return SKIP
    return before[-1].about


def guess_customer_gender(note: Note) -> str:
    """Guess the customer's gender in a staff note from titles and the first pronoun."""
    t = note.text
    m = re.search(r"\b(Mr|Mrs|Ms|Miss)\b\.?", t)
    if m:
        return "m" if m.group(1) == "Mr" else "f"
    m = re.search(r"\b(he|she|his|her|him|himself|herself)\b", t, re.I)
    if m:
        return "m" if m.group(1).lower() in ("he", "his", "him", "himself") else "f"
    return "-"
