"""Word lists the extractors share, loaded once from the text files beside this module.

Each file is plain text, one entry a line, `#` starts a comment, fields split on `|`.
Lists are general-purpose vocabularies (breeds, drinks, job titles…), not dev examples.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import NamedTuple

_DIR = Path(__file__).parent


def _rows(name: str) -> list[list[str]]:
    """Read one lexicon file into rows of stripped fields."""
    rows = []
    for line in (_DIR / name).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            rows.append([f.strip() for f in line.split("|")])
    return rows


class Relation(NamedTuple):
    relation: str
    gender: str
    label: str
    plural: bool


@cache
def relations() -> dict[str, Relation]:
    """Map a kinship word ("hubby", "mum") to its relation, gender and about-label."""
    out = {}
    for word, rel, gender, label in _rows("relations.txt"):
        plural = word.endswith("s") and word not in {"boss", "parents"} or word in {
            "children", "grandchildren", "twins", "in-laws", "parents", "little ones"}
        out[word] = Relation(rel, gender, label, plural)
    return out


@cache
def species() -> dict[str, str]:
    """Map a species, breed or abbreviation (and its plural: "pugs") to a contract species."""
    out = {w: s for w, s in _rows("species.txt")}
    for w, s in list(out.items()):
        plural = w[:-1] + "ies" if w.endswith("y") and w[-2:-1] not in "aeiou" else \
            w + "es" if w.endswith(("s", "x", "ch", "sh")) else w + "s"
        out.setdefault(plural, s)
    return out


@cache
def topics() -> dict[str, str]:
    """Map a liked or disliked thing (drink, flower, colour…) to its preference topic; a
    pair joined by "and" is also known joined by "&" ("fish & chips")."""
    out = {w: t for w, t in _rows("topics.txt")}
    for w, t in list(out.items()):
        if " and " in w:
            out.setdefault(w.replace(" and ", " & "), t)
    return out


@cache
def hobbies() -> dict[str, str]:
    """Map each hobby variant ("golfer", "knits") to its canonical interest; an agent noun
    also in the plural ("both keen birdwatchers")."""
    out = {}
    for canon, variants in _rows("hobbies.txt"):
        for v in variants.split(","):
            out[v.strip()] = canon
    for v, canon in list(out.items()):
        if v.endswith(("er", "ist")) and " " not in v:
            out.setdefault(v + "s", canon)
    return out


@cache
def nationalities() -> frozenset[str]:
    """Return nationality adjectives ("kenyan", "welsh"), lower case."""
    return frozenset(r[0] for r in _rows("nationalities.txt"))


@cache
def occupations() -> frozenset[str]:
    """Return the head nouns that end a job title."""
    return frozenset(r[0] for r in _rows("occupations.txt"))


class MusicTerm(NamedTuple):
    kind: str  # "genre" or "artist"
    strict: bool  # the word also means something else: read it only beside a music cue
    value: str


@cache
def music() -> dict[str, MusicTerm]:
    """Map a lower-case music genre or act ("country", "taylor swift") to its reading."""
    out = {}
    for word, kind, value in _rows("music.txt"):
        out[word] = MusicTerm(kind.rstrip("?"), kind.endswith("?"), value)
    return out


class Workplace(NamedTuple):
    kind: str  # "place", "chain" or "field"
    value: str


@cache
def workplaces() -> dict[str, Workplace]:
    """Map a lower-case workplace, employer or line of work ("bank", "retail") to its reading.

    A place gives the job it names ("bank worker"), a chain its usual spelling, a field
    its name.
    """
    return {w: Workplace(kind, value) for w, kind, value in _rows("workplaces.txt")}


@cache
def subjects() -> frozenset[str]:
    """Return subjects of study ("chemistry", "computer science"), lower case."""
    return frozenset(r[0] for r in _rows("subjects.txt"))


@cache
def events() -> dict[str, str]:
    """Map an event phrase to its event type."""
    return {w: t for w, t in _rows("events.txt")}


@cache
def dietary() -> dict[str, str]:
    """Map a diet or allergen word to its canonical dietary value."""
    return {w: v for w, v in _rows("health.txt")}


@cache
def regions() -> frozenset[str]:
    """Return holiday regions and islands missing from the city/country gazetteer."""
    return frozenset(r[0].lower() for r in _rows("places.txt"))


def alternation(words: list[str] | set[str] | frozenset[str] | dict) -> str:
    """Build a regex alternation matching the longest phrase first, on word boundaries."""
    ordered = sorted(words, key=lambda w: (-len(w), w))
    return r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in ordered) + r")(?![\w-])"
