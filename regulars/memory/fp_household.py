"""The customer's own household: relatives and pets they count, marriage, parenthood.

"i have a brother and 3 sisters", "we've got two kids, a dog and a cat", "my grown
children", "just me and my 5 cats", a bare count as an answer ("two dogs."), "i am
married", "a stay at home mom". Relatives only wished for ("if i had kids") and pets'
things ("dog food") are not counted.
"""

from __future__ import annotations

import re

from . import lexicon
from .context import Note
from .fp_voice import _CLAUSE_START, _UNSURE, _asked_from, _ok
from .text import Sentence, find_terms

_MARRIED = re.compile(r"\bi(?: am|'m| have been| got| just got) (?:happily |newly |recently )?"
                      r"married\b(?! (?:to (?:my|the) job|to my work))")
_PARENT = re.compile(r"\bi(?: am|'m) (?:a |an )?(?:proud |busy |single |working |full time |"
                     r"full-time |stay at home |stay-at-home |new |first time |)(?:mom|mum|"
                     r"mother|dad|father|parent|mommy|daddy)\b(?! (?:figure|to (?:my|our|the)"
                     r" (?:dog|cat|pets?|puppy|kitten|plants?)))")


def _married(note: Note, sent: Sentence) -> None:
    """Emit the spouse of a customer who says they are married."""
    low = sent.low
    for m in _MARRIED.finditer(low):
        if _ok(note, sent, m.start()):
            _emit_person(note, sent, m, "spouse")


def _parent(note: Note, sent: Sentence) -> None:
    """Emit the child of a customer who says they are a parent ("a stay at home mom")."""
    low = sent.low
    for m in _PARENT.finditer(low):
        if _ok(note, sent, m.start()):
            _emit_person(note, sent, m, "child")


def _emit_person(note: Note, sent: Sentence, m: re.Match[str], relation: str) -> None:
    if any(f["kind"] == "person" and f["relation"] in (
            (relation, "spouse", "partner") if relation == "spouse" else
            (relation, "son", "daughter")) for f in note.facts):
        return  # a named or nearer mention already says it
    note.emit("person", sent.start + m.start(), sent.start + m.end(), None, 0.6,
              relation=relation, name=None)


_COUNT = (r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|"
          r"several|some|many|lots of|a lot of|a few|few|a couple of|a couple|a pair of|"
          r"a bunch of|a ton of|tons of|a total of)")
# Up to three words before the kin or species word, none a preposition: "two grown up",
# not "a weakness for".
_MODS3 = r"(?:(?!(?:for|of|to|with|about|in|on|at|no|from|like|than)\b)[a-z-]+ ){0,3}"
_ITEM = r"(?:" + _COUNT + r" )?" + _MODS3
# "i have a brother and 3 sisters", "we've got two kids, a dog and a cat".
_HAVE = re.compile(r"\b(?:i|we) (?:also |still |now |just |both |already |)(?:have|'ve got|"
                   r"have got|got|own|adopted|rescued) (?:" + _ITEM +
                   r"(?:,|and|&|plus|, and) )*" + _ITEM + r"$")
# "my grown children", "my amazing grandchildren": the customer's own relatives.
_MY_KIN = re.compile(r"\bmy (?:(?!own\b|ex\b|late\b|future\b)[a-z-]+ ){0,2}$")
_NO_KIN_YET = re.compile(r"\b(?:if|wish i had|want|would love|hope to have|someday|one day|"
                         r"future|ex)\b")
# "two dogs.", "three kids!": an answer that counts the customer's own.
_COUNTED = re.compile(r"^(?:i have |we have |just |only |)(?:" + _COUNT + r") (?:[a-z-]+ )?"
                      r"(?P<w>[a-z-]+)(?: and (?:" + _COUNT + r") (?:[a-z-]+ )?[a-z-]+)?\W*$")
# "just me and my 5 cats", "all of my 19 dogs": a counted group of the customer's own.
_MY_COUNT = re.compile(r"\bmy (?:" + _COUNT + r"|other|only|pet|two|three) (?:[a-z-]+ ){0,2}$")
_OTHERS_OWN = re.compile(r"\b(?:you|your|u|ya|he|she|they|his|her|their|friends?|\w+'s)\b")
_NOT_PET_AFTER = re.compile(r"\s*(?:food|treats?|toys?|bed|beds|hair|walker|walking|sitter|"
                            r"sitting|groomer|grooming|shelter|rescue|park|show|years|lover|"
                            r"person|people|breeder|trainer|training|house|farm)\b")


def _household(note: Note, sent: Sentence) -> None:
    """Emit the relatives and pets the customer counts as theirs ("i have a son")."""
    text, low = sent.text, sent.low
    asked = _asked_from(note, sent)
    kin = [(s, e, t, "person") for s, e, t in find_terms(text, lexicon.relations())]
    pets = [(s, e, t, "pet") for s, e, t in find_terms(text, lexicon.species())]
    for start, end, term, kind in kin + pets:
        if start >= asked:
            continue
        window = low[max(0, start - 80):start]
        if kind == "person" and _MY_KIN.search(window):
            m = _CLAUSE_START.match(low, 0, start)
            if _NO_KIN_YET.search(low, m.end() if m else 0, start):
                continue
        elif not (_HAVE.search(window) or kind == "pet" and _MY_COUNT.search(window) or
                  _COUNTED.match(low)):
            continue
        if kind == "pet" and _NOT_PET_AFTER.match(low, end):
            continue
        m = _CLAUSE_START.match(low, 0, start)
        clause = low[m.end() if m else 0:start]
        if _OTHERS_OWN.search(clause) or not _ok(note, sent, start):
            continue
        if _UNSURE.search(clause) or " no " in f" {window[-12:]}":
            continue
        span = (sent.start + start, sent.start + end)
        if kind == "person":
            rel = lexicon.relations()[term.lower()]
            if rel.relation in ("other", "friend", "colleague"):
                continue
            if any(f["kind"] == "person" and f["relation"] == rel.relation
                   for f in note.facts):
                continue
            note.emit("person", span[0], span[1], None, 0.6, relation=rel.relation,
                      name=None)
        else:
            species = lexicon.species()[term.lower()]
            if any(f["kind"] == "pet" and f["species"] == species for f in note.facts):
                continue
            note.emit("pet", span[0], span[1], None, 0.6, species=species, name=None,
                      status="alive")
