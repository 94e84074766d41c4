"""Split a note into sentences and clauses with character offsets, and name tokens."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# A sentence ends at . ! ? ; or a dash used as a separator, or a line break. Titles and
# abbreviations that end in a dot ("Dr.", "d. March") do not end a sentence.
_ABBREV = {"mr", "mrs", "ms", "dr", "st", "d", "no", "approx", "e.g", "i.e", "vs", "prof", "jr",
           "sr", "mt", "wks", "yrs", "appt", "etc"}
_BREAK = re.compile(r"[.!?]+(?=\s|$)|;|\s[—–-]{1,2}\s|—|\n+|\s\|\s")
_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿĀ-žḀ-ỿ'’-]+")


@dataclass(frozen=True)
class Sentence:
    """A sentence (or dash-separated fragment) of a note, with its offset in the note."""

    text: str
    start: int
    index: int


def sentences(text: str) -> list[Sentence]:
    """Split text into sentences and fragments, keeping offsets into text."""
    out: list[Sentence] = []
    pos = 0
    for m in _BREAK.finditer(text):
        if m.group().startswith(".") and _abbrev_before(text, m.start()):
            continue
        _add(out, text, pos, m.start())
        pos = m.end()
    _add(out, text, pos, len(text))
    return out


def _abbrev_before(text: str, dot: int) -> bool:
    """Say whether the dot at `dot` closes an abbreviation such as "Dr" or "d"."""
    m = re.search(r"([A-Za-z.]+)$", text[max(0, dot - 8):dot])
    return bool(m) and m.group(1).lower() in _ABBREV


def _add(out: list[Sentence], text: str, a: int, b: int) -> None:
    """Append the stripped slice [a, b) of text as a Sentence when it holds a word."""
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if a < b and _WORD.search(text, a, b):
        out.append(Sentence(text[a:b], a, len(out)))


# Words that are capitalised at a sentence start or by habit but are never names.
NOT_NAMES = frozenset("""
i i'm i've i'd i'll a an the he she his her hers him they them their we our my mine me you your
is are was were be been has have had do does did will would can could should may might must
and or but so if then also too just now still very not no yes hi hello hey dear thanks thank
please sorry ok okay fyi pls pt pts client customer owner member regular patient mr mrs ms miss
dr sir madam new old little big mum mom dad monday tuesday wednesday thursday friday saturday
sunday mon tue tues wed weds thu thur thurs fri sat sun january february march april may june
july august september october november december jan feb mar apr jun jul aug sep sept oct nov
dec christmas xmas easter mother's father's bank today tomorrow yesterday tonight next last
this that these those who what when where which why how all both each every some any one two
three four five six seven eight nine ten twins lives living works working loves likes hates
wife husband son daughter sister brother partner getting married engaged is has he's she's
their's it it's its there here back off on in at for with from to of by up about after before
booked booking appt appointment called named aged age years months weeks
""".split())

_NAME = r"[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž'’]+(?:-[A-Za-zà-öø-ÿ][a-zà-öø-ÿ'’]+)?"
NAME = _NAME
NAME_RE = re.compile(_NAME)


def is_name(word: str) -> bool:
    """Say whether a capitalised word can be a person's or pet's first name."""
    return bool(NAME_RE.fullmatch(word)) and word.lower().rstrip("'’s") not in NOT_NAMES \
        and word.lower() not in NOT_NAMES


def strip_possessive(word: str) -> str:
    """Drop a trailing possessive ('s or ') from a name."""
    for suf in ("'s", "’s", "'", "’"):
        if word.endswith(suf):
            return word[: -len(suf)]
    return word


_TOK = re.compile(r"[\w'’&]+(?:-[\w'’&]+)*")
_NO_SUFFIX = ("ex-", "non-", "anti-", "pre-", "x-")
_INDEX: dict[int, tuple[object, dict[str, int]]] = {}


def _first_words(terms: dict[str, object] | frozenset[str]) -> dict[str, int]:
    """Index a lexicon by first word -> most words in a term starting with it (cached)."""
    cached = _INDEX.get(id(terms))
    if cached is not None and cached[0] is terms:
        return cached[1]
    index: dict[str, int] = {}
    for term in terms:
        words = term.split(" ")
        index[words[0]] = max(index.get(words[0], 0), len(words))
    _INDEX[id(terms)] = (terms, index)
    return index


@lru_cache(maxsize=256)
def tokens(text: str) -> tuple[tuple[int, int, str], ...]:
    """Return (start, end, lower-cased word) for each word of text (cached per sentence)."""
    return tuple((m.start(), m.end(), m.group().lower().replace("’", "'"))
                 for m in _TOK.finditer(text))


def find_terms(text: str, terms: dict[str, object] | frozenset[str],
               max_words: int = 4) -> list[tuple[int, int, str]]:
    """Find lexicon terms in text, leftmost-longest on word boundaries, case-insensitive.

    Returns (start, end, term) with term the lexicon key. A dictionary look-up per word
    n-gram is much faster than one regex alternation of hundreds of words.
    """
    index = _first_words(terms)
    toks = tokens(text)
    out: list[tuple[int, int, str]] = []
    i, n = 0, len(toks)
    while i < n:
        word = toks[i][2]
        longest = index.get(word)
        if longest is None and "'" not in word and "-" not in word:
            i += 1  # the common case: a word that starts no term
            continue
        hit = None
        for k in range(min(longest or 1, max_words, n - i), 1, -1):
            key = " ".join(t[2] for t in toks[i:i + k])
            if key in terms:
                hit = (toks[i][0], toks[i + k - 1][1], key, k)
                break
        if hit is None:
            if word in terms:
                hit = (toks[i][0], toks[i][1], word, 1)
            elif word.endswith("'s") and word[:-2] in terms:
                hit = (toks[i][0], toks[i][1] - 2, word[:-2], 1)
            elif "-" in word and not word.startswith(_NO_SUFFIX):
                tail = word.rsplit("-", 1)[1]
                if tail in terms:
                    hit = (toks[i][1] - len(tail), toks[i][1], tail, 1)
        if hit:
            out.append(hit[:3])
            i += hit[3]
        else:
            i += 1
    return out
