"""Spelling-tolerant keys for people's names.

A customer's name is stored as a handful of short keys per word: its first three
letters, its Metaphone code, its NYSIIS code and its consonant set (which survives
swapped, doubled and wrong vowels: "Catrer" still meets "Carter"). A query is turned
into the same keys, widened with nicknames (Bill -> William, Liz -> Elizabeth), so a
misspelt or familiar name still meets the customer through an index; rapidfuzz then
ranks the few candidates.

>>> sorted(word_keys("smith"))
['m:SM0', 'n:SNAT', 'p:smi', 's:hmst']
>>> word_keys("catrer") & word_keys("carter")
frozenset({'s:crt'})
>>> "william" in nickname_forms("bill")
True
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import jellyfish
from nicknames import NickNamer

_LETTERS = re.compile(r"[^a-z]+")
_VOWELS = frozenset("aeiouy")
MAX_QUERY_WORDS = 4
MAX_FORMS_PER_WORD = 12


@lru_cache(maxsize=100_000)
def fold(text: str) -> str:
    """Lower-case, strip accents, keep letters and single spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_only = decomposed.encode("ascii", "ignore").decode().lower()
    return " ".join(w for w in (_LETTERS.sub("", p) for p in ascii_only.split()) if w)


def words(*parts: str) -> list[str]:
    out: list[str] = []
    for part in parts:
        for w in fold(part or "").replace("-", " ").split():
            if w not in out:
                out.append(w)
    return out


@lru_cache(maxsize=20000)
def word_keys(word: str) -> frozenset[str]:
    """Return the index keys of one folded word."""
    if not word:
        return frozenset()
    keys = {"p:" + word[:3]}
    if len(word) >= 2:
        keys.add("m:" + jellyfish.metaphone(word)[:20])
        keys.add("n:" + jellyfish.nysiis(word)[:20])
    consonants = set(word) - _VOWELS
    if len(consonants) >= 2:
        keys.add("s:" + "".join(sorted(consonants))[:20])
    return frozenset(keys)


def keys_for_customer(first: str, last: str, preferred: str) -> set[str]:
    keys: set[str] = set()
    for w in words(first, last, preferred):
        keys |= word_keys(w)
    return keys


@lru_cache(maxsize=1)
def _nicknamer() -> NickNamer:
    return NickNamer()


@lru_cache(maxsize=20000)
def nickname_forms(word: str) -> tuple[str, ...]:
    """Return the word with the formal names and nicknames it may stand for."""
    nn = _nicknamer()
    forms = {word} | nn.canonicals_of(word) | nn.nicknames_of(word)
    ordered = [word] + sorted(f for f in forms - {word} if f.isalpha())
    return tuple(ordered[:MAX_FORMS_PER_WORD])


def query_keys(query: str) -> set[str]:
    return set().union(*(keys for _, keys in query_key_groups(query)))


def query_key_groups(query: str) -> list[tuple[int, frozenset[str]]]:
    """Return (word number, keys) for each spelling a query word may stand for.

    >>> groups = query_key_groups("Liz Taylor")
    >>> groups[1][0], "p:eli" in groups[1][1], groups[-1][0], sorted(groups[-1][1])
    (0, True, 1, ['m:TLR', 'n:TAYLAR', 'p:tay', 's:lrt'])
    """
    groups = []
    for i, w in enumerate(words(query)[:MAX_QUERY_WORDS]):
        for form in nickname_forms(w):
            if keys := word_keys(form):
                groups.append((i, keys))
    return groups


def query_variants(query: str) -> list[str]:
    """Return the query and its spellings with each word swapped for a nickname form."""
    ws = words(query)[:MAX_QUERY_WORDS]
    variants = [" ".join(ws)]
    for i, w in enumerate(ws):
        for form in nickname_forms(w)[1:]:
            variants.append(" ".join(ws[:i] + [form] + ws[i + 1 :]))
    return variants
