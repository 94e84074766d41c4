"""Cue words found once per sentence, so an extractor skips sentences that cannot feed it.

A cue is a stem a word (or a hyphenated part of one) starts with. Gates must be at least
as broad as the patterns they guard: a missing cue loses facts, a spare one costs time.
"""

from __future__ import annotations

from functools import lru_cache

from .text import words

_STEMS: dict[str, tuple[str, ...]] = {
    "like": ("lov", "lik", "ador", "enjoy", "prefer", "fan", "mad", "obsess", "passion", "into",
             "always", "only", "drink", "take", "partial", "swear", "goes", "crazy", "keen",
             "favo", "hate", "dislik", "stand", "bear", "terrif", "scared", "afraid", "avoid",
             "never", "can't", "cannot", "cant", "support", "pride", "more", "big", "amaz",
             "delic", "best", "gorg", "fab", "fantas", "incred", "divin", "heaven", "perfect",
             "usual", "season", "man", "touch", "gone", "abide", "clear", "superb", "excell",
             "switch", "changed", "swapped", "convert", "sucker", "drinker", "guy", "lad",
             "girl", "nerd", "geek", "till", "barrack", "follows"),
    "diet": ("allerg", "intoler", "vegan", "vegetar", "veggie", "pesc", "coeliac", "celiac",
             "diabet", "halal", "kosher", "lactose", "eat", "free", "can't", "cannot"),
    "place": ("liv", "based", "settled", "resid", "moved", "relocat", "now", "from", "grew",
              "born", "raised"),
    "trip": ("off", "fly", "flies", "trip", "holiday", "vacation", "back", "return", "honeymoon",
             "cycl", "tour", "travel", "going", "home", "cruise", "ski", "break", "weekend",
             "week", "fortnight", "day", "month", "head", "visit", "away", "driv", "been",
             "went", "go", "hen", "stag", "safari", "night", "hols", "getaway", "flight",
             "nts"),
    "runs": ("runs", "owns", "has"),
}
_INDEX: dict[str, frozenset[str]] = {}
for _cue, _stems in _STEMS.items():
    for _s in _stems:
        _INDEX[_s] = _INDEX.get(_s, frozenset()) | {_cue}
_LENGTHS = sorted({len(s) for s in _INDEX})


_NONE: frozenset[str] = frozenset()
_WORDS: dict[str, frozenset[str]] = {}  # word -> its cues; words recur, so this stays small


def _word_cues(word: str) -> frozenset[str]:
    """Return the cue groups one lower-cased word carries."""
    found: set[str] = set()
    for part in word.split("-") if "-" in word else (word,):
        for k in _LENGTHS:
            if k > len(part):
                break
            got = _INDEX.get(part[:k])
            if got:
                found |= got
        if part[:1].isdigit() and part.endswith(("st", "nd", "rd", "th")) or \
                part in ("lost", "losing", "d") or part.endswith(("tieth", "hundredth")):
            found.add("ordinal")
    return frozenset(found) if found else _NONE


@lru_cache(maxsize=512)
def cues(text: str) -> frozenset[str]:
    """Return the cue groups whose stems start a word of text."""
    memo = _WORDS
    if len(memo) > 100_000:
        memo.clear()
    found: frozenset[str] = _NONE
    for word in words(text):
        got = memo.get(word)
        if got is None:
            got = memo[word] = _word_cues(word)
        if got:
            found = found | got
    return found
