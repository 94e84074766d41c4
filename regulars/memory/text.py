"""Split a note into sentences and clauses with character offsets, and name tokens."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

# A sentence ends at . ! ? ; or a dash used as a separator, or a line break. Titles and
# abbreviations that end in a dot ("Dr.", "d. March") do not end a sentence.
_ABBREV = {"mr", "mrs", "ms", "dr", "st", "d", "no", "approx", "e.g", "i.e", "vs", "prof", "jr",
           "sr", "mt", "wks", "yrs", "appt", "etc"}
# That is [.!?]+(?=\s|$) | ; | \s[—–-]{1,2}\s | — | \n+ | \s\|\s, written to open with one
# character class so the regex engine skips every other character without trying the
# alternatives there (twice as fast; same matches).
_BREAK = re.compile(r"[.!?;—\s](?:(?<=[.!?])[.!?]*(?=\s|$)|(?<=[;—])|"
                    r"(?<=\s)(?:[—–-]{1,2}\s|(?<=\n)\n*|\|\s))")
_ABBREV_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz."
_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿĀ-žḀ-ỿ'’-]")  # a letter of a word: a sentence holds one
_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")  # some of them


class Sentence(NamedTuple):
    """A sentence (or dash-separated fragment) of a note, with its offset in the note."""

    text: str
    start: int
    index: int
    low: str = ""  # text lower-cased with the same offsets (’ read as '), for cue regexes


def sentences(text: str) -> list[Sentence]:
    """Split text into sentences and fragments, keeping offsets into text."""
    out: list[Sentence] = []
    low = lower(text)
    cuts, pos = [], 0
    for m in _BREAK.finditer(text):
        at = m.start()
        if text[at] == ".":
            # the run of letters and dots ending at the dot, as ([A-Za-z.]+)$ would find it,
            # is an abbreviation such as "Dr" or "d": the dot ends no sentence
            before = text[max(0, at - 8):at]
            if before[len(before.rstrip(_ABBREV_CHARS)):].lower() in _ABBREV:
                continue
        cuts.append((pos, at))
        pos = m.end()
    cuts.append((pos, len(text)))
    word = _WORD.search
    new = tuple.__new__  # Sentence(...) without the keyword handling of its __new__
    for a, b in cuts:
        # the stripped slice [a, b) is a sentence when it holds a word
        seg = text[a:b]
        body = seg.strip()
        if body and (body[0] in _LETTERS or word(body)):
            a += len(seg) - len(seg.lstrip())
            out.append(new(Sentence, (body, a, len(out), low[a:a + len(body)])))
    return out


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


_AFTER_TITLE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Rev|Signora|Signor|Señora|Señor|"
                          r"Senora|Senor|Madame|Monsieur|Mme|Herr|Frau|Sra|Sr)\.?\s+"
                          r"(?:[A-Z][\w'’-]*\s+)?$")


def surname_at(text: str, start: int) -> bool:
    """Say whether a capitalised word at start follows a title: "Mrs Cook" is a name."""
    return text[start:start + 1].isupper() and \
        _AFTER_TITLE.search(text, max(0, start - 40), start) is not None


def strip_possessive(word: str) -> str:
    """Drop a trailing possessive ('s or ') from a name."""
    for suf in ("'s", "’s", "'", "’"):
        if word.endswith(suf):
            return word[: -len(suf)]
    return word


def word_start(alternatives: list[str]) -> str:
    r"""Return \b(?:a|b|...) as a pattern the regex engine can skip to candidate letters in.

    Each alternative must open with a letter. They are grouped by that letter, keeping
    their order, as c(?<!\wc)(?:...): the lookbehind after the letter is the \b before it.
    """
    groups: dict[str, list[str]] = {}
    for alt in alternatives:
        groups.setdefault(alt[0], []).append(alt[1:])
    return "(?:" + "|".join(f"{c}(?<!\\w{c})(?:{'|'.join(rest)})"
                            for c, rest in groups.items()) + ")"


_TOK = re.compile(r"[\w'’&]+(?:-[\w'’&]+)*")


def ascii_twin(rx: re.Pattern[str]) -> re.Pattern[str]:
    r"""Compile rx for ASCII-only text: the same matches there, found faster.

    With re.ASCII, \w and \b need no Unicode tables; on ASCII text they mean what they
    meant. \s is widened to the ASCII characters str.isspace() accepts (\x1c-\x1f too),
    which needs \s to stand outside character classes.
    """
    src = rx.pattern
    if re.search(r"\[[^\]]*\\s", src) or "\\S" in src or "\\\\" in src:
        raise ValueError("ascii_twin: \\s inside a class, \\S or \\\\ in the pattern")
    return re.compile(src.replace("\\s", "[\\s\\x1c-\\x1f]"), (rx.flags & ~re.UNICODE) | re.ASCII)


# _TOK for ASCII text: \w spelled out as ranges, which the regex engine tests faster
_TOK_ASCII = re.compile(r"[0-9A-Za-z_'&]+(?:-[0-9A-Za-z_'&]+)*")
_NO_SUFFIX = ("ex-", "non-", "anti-", "pre-", "x-")


def lower(text: str) -> str:
    """Lower-case text keeping every offset (a few letters grow when lower-cased)."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low.replace("’", "'")


@lru_cache(maxsize=512)
def words(text: str) -> list[str]:
    """Return the lower-cased words of text (cached per sentence)."""
    low = lower(text)
    return (_TOK_ASCII if low.isascii() else _TOK).findall(low)


class _Lexicons:
    """Every lexicon find_terms serves, indexed together so a sentence is read once."""

    def __init__(self) -> None:
        from . import lexicon

        self.terms: list[dict[str, object] | frozenset[str]] = [
            lexicon.relations(), lexicon.species(), lexicon.topics(), lexicon.hobbies(),
            lexicon.occupations(), lexicon.events()]
        self.slot = {id(t): i for i, t in enumerate(self.terms)}
        assert len(self.terms) == 6, "scan builds one hit list per lexicon"
        # first word -> ((slot, most words in a term of that lexicon starting with it), ...)
        first: dict[str, dict[int, int]] = {}
        for i, terms in enumerate(self.terms):
            for term in terms:
                words = term.split(" ")
                d = first.setdefault(words[0], {})
                d[i] = max(d.get(i, 0), len(words))
        self.first = {w: tuple(d.items()) for w, d in first.items()}
        # the first two words of every term of two or more: a term can start at a word
        # only if the word and the next one are such a pair
        self.pairs = frozenset(" ".join(ws[:2]) for terms in self.terms for term in terms
                               if len(ws := term.split(" ")) > 1)


_LEX: list[_Lexicons] = []
_EVERY = tuple((s, 1) for s in range(6))  # every lexicon, for words with ' or -


def _lexicons() -> _Lexicons:
    if not _LEX:
        _LEX.append(_Lexicons())
    return _LEX[0]


# A word's plan: for each lexicon it may start a term in, (slot, most words in such a
# term, the single-word hit as (start shift, end shift, term) or None). Words recur
# across notes, so plans are worked out once per word, not once per sentence.
_Plan = tuple[tuple[int, int, "tuple[int, int, str] | None"], ...]


def _plan(word: str) -> _Plan:
    """Work out what one lower-cased word can start in each lexicon."""
    lex = _lexicons()
    slots = lex.first.get(word, ())
    if "'" in word or "-" in word:  # "mum's", "step-dad": every lexicon may hold its stem
        have = {s for s, _ in slots}
        slots = tuple(slots) + tuple(x for x in _EVERY if x[0] not in have)
    out = []
    for slot, longest in slots:
        terms = lex.terms[slot]
        single: tuple[int, int, str] | None = None
        if word in terms:
            single = (0, 0, word)
        elif word.endswith("'s") and word[:-2] in terms:
            single = (0, -2, word[:-2])
        elif "-" in word and not word.startswith(_NO_SUFFIX) and \
                word.rsplit("-", 1)[1] in terms:
            tail = word.rsplit("-", 1)[1]
            single = (len(word) - len(tail), 0, tail)
        if longest > 1 or single is not None:
            out.append((slot, longest, single))
    return tuple(out)


class _Plans(dict[str, _Plan]):
    """word -> its plan, worked out on first sight (bounded: cleared past 100,000 words)."""

    def __missing__(self, word: str) -> _Plan:
        if len(self) > 100_000:
            self.clear()
        plan = self[word] = _plan(word)
        return plan


_PLANS = _Plans()


@lru_cache(maxsize=512)
def scan(text: str) -> tuple[list[tuple[int, int, str]], ...]:
    """Find the terms of every registered lexicon in text in one pass over its words."""
    out: tuple[list[tuple[int, int, str]], ...] = ([], [], [], [], [], [])
    ws = words(text)
    plans = _PLANS
    # the common case: most words start no term, so only the others are looked at
    todo = [(i, p) for i, w in enumerate(ws) if (p := plans[w])]
    if not todo:
        return out
    lex = _LEX[0] if _LEX else _lexicons()
    all_terms, pairs = lex.terms, lex.pairs
    # start offsets of ws[0], ws[1], ... in the lower-cased text, found as far as a hit
    # needs them: nothing between two words can start a word, so each word's first
    # occurrence after the previous one is its start
    at: list[int] = []
    find = None
    pos = 0
    nxt = [0, 0, 0, 0, 0, 0]  # per lexicon: the first word a new hit may start at
    n = len(ws)
    for i, plan in todo:
        multi = i + 1 < n and ws[i] + " " + ws[i + 1] in pairs
        for slot, longest, single in plan:
            if i < nxt[slot]:
                continue
            k = min(longest, n - i) if multi else 1
            if k > 1:
                terms = all_terms[slot]
                while k > 1:
                    key = " ".join(ws[i:i + k])
                    if key in terms:
                        break
                    k -= 1
            if k > 1:  # the term ws[i:i + k]
                last, shift, cut, term = i + k - 1, 0, 0, key
            elif single is not None:  # part of ws[i]
                last = i
                shift, cut, term = single
            else:
                continue
            if find is None:
                find = lower(text).find
            while len(at) <= last:
                w = ws[len(at)]
                pos = find(w, pos)
                at.append(pos)
                pos += len(w)
            out[slot].append((at[i] + shift, at[last] + len(ws[last]) + cut, term))
            nxt[slot] = i + k
    return out


def find_terms(text: str, terms: dict[str, object] | frozenset[str],
               max_words: int = 4) -> list[tuple[int, int, str]]:
    """Find lexicon terms in text, leftmost-longest on word boundaries, case-insensitive.

    Returns (start, end, term) with term the lexicon key. All lexicons are looked up in
    one pass per text (cached), by a dictionary look-up per word n-gram. `max_words` is
    kept for callers; no lexicon term is longer than four words.
    """
    slot = (_LEX[0] if _LEX else _lexicons()).slot.get(id(terms))
    if slot is None:
        raise KeyError("find_terms serves the registered lexicons only")
    return scan(text)[slot]


def clear_caches() -> None:
    """Forget cached sentence scans (called per note, so caches never grow stale)."""
    words.cache_clear()
    scan.cache_clear()
