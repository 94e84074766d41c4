"""Allergies, intolerances and diets: "allergic to PPD", "coeliac", "no nuts — she's allergic"."""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon
from .context import SKIP, Note, about_at, hypothetical_before, resolve_pronoun
from .cues import cues
from .text import Sentence

_DIET_AFTER_OK = re.compile(r"^\s*(?:$|[,.;:!?)—–-]|and\b|since\b|now\b|for\b|so\b|too\b|"
                            r"which\b|who\b|though\b|household\b|family\b|home\b|"
                            r"in (?:our|the|this) (?:house|home|household|family)\b|"
                            r"diet\b|only\b|these days|as well|but\b|\(|—)", re.I)
_ALLERGY = re.compile(
    r"\ballergic to (?P<a>(?:the |all |any )?[\w'-]+(?: [\w'-]+)?)|"
    r"\b(?P<b>(?:[\w'-]+ ){0,2}?)(?:allergy|allergies|intolerance)\b(?! to)|"
    r"\b(?:allergy|allergies|intolerance|intolerant) to (?P<c>[\w'-]+(?: [\w'-]+)?)|"
    r"\b(?P<d>[\w'-]+)[- ]intolerant\b", re.I)
_ALLERGY_TRIM = re.compile(r"^(?:severe|mild|bad|serious|a|an|the|all|any|known|slight|both|"
                           r"life-threatening|nasty|terrible|food|his|her|my)\s+", re.I)
_ALLERGY_STOP = {"and", "so", "but", "too", "as", "which", "wears", "no", "she", "he", "please",
                 "we", "i", "you", "they", "us", "that", "used", "last",
                 "now", "has", "with", "since", "is", "was", "her", "him", "them", "it"}


@lru_cache(maxsize=1)
def _diet_re() -> re.Pattern[str]:
    words = [w for w in lexicon.dietary() if w in {"vegan", "vegetarian", "veggie", "pescatarian",
                                                    "pescetarian", "coeliac", "celiac",
                                                    "diabetic", "type 1 diabetic",
                                                    "type 2 diabetic", "halal", "kosher",
                                                    "diabetes", "type 2 diabetes",
                                                    "type 1 diabetes",
                                                    "lactose intolerant"}]
    return re.compile(lexicon.alternation(words), re.I)


_RX_EXTRACT_DIETARY_1 = re.compile(r"\b(?:no|not|any|developed an?)\s+(?:known\s+)?$", re.I)
_RX_EXTRACT_DIETARY_2 = re.compile(r"\b(?:no longer|not|n't|never|stopped being|gave up being|"
                                   r"used to be|ex-?)\s*(?:a\s+)?$", re.I)


_NO_X_ALLERGIC = re.compile(r"\b(?:[Nn]o|[Nn]othing with) (?P<x>[a-z][\w-]*(?: (?!please|pls)"
                            r"[a-z][\w-]*)?)\s*(?:\((?:allergic|allergy|intolerant)\)|"
                            r"(?:please|pls)?\s*[,.—–-]+\s*(?P<who>she|he|they|i|"
                            r"my \w+(?:-in-law)?)['’]?(?:s| is| are|m| am) (?:allergic|"
                            r"intolerant))")
_NOT_EAT = re.compile(r"\b(?:[Dd]oesn['’]t|[Dd]oes not|[Dd]on['’]t|[Ww]on['’]t|[Nn]ever|"
                      r"[Cc]an['’]t) eats? (?P<x>pork|beef|meat|red meat|fish|seafood|"
                      r"shellfish|lamb|chicken|eggs|dairy)\b")
# "can't do gluten any more", "can't have dairy": an intolerance, said plainly.
_CANT_HAVE = re.compile(r"\b(?:[Cc]an['’]?t|[Cc]annot|[Cc]an not) (?:do|have|eat|tolerate|"
                        r"digest|handle) (?:any )?(?P<x>gluten|dairy|lactose|wheat|nuts|peanuts|"
                        r"eggs|soy|soya|sesame|shellfish|caffeine)\b")


_SOME_OF_US = re.compile(r"\b(?:one|two|three|four|five|some|a few|several|guests?|none|half|"
                         r"a couple)(?: of (?:them|us|the \w+|our \w+|the party))?\s+(?:are|is|"
                         r"has|have|needs?|is|'s)\s+(?:a |an |)(?:\w+\s+)?$", re.I)
_NOT_ME = re.compile(r"[—–-]\s*not (?:me|mine|for me)\b|\(not me\)", re.I)
_FREE_OF = re.compile(r"\b(?P<x>dairy|gluten|nut|egg|wheat|lactose|soy|sesame|shellfish|"
                      r"peanut)[- ]free\b", re.I)
_FREE_COPULA = re.compile(r"\b(?:is|'s|’s|am|'m|’m|are|'re|’re|went|gone|going|now|strictly)\s+"
                          r"(?:now\s+|completely\s+|totally\s+|strictly\s+)?$", re.I)


_ASKS_BUSINESS = re.compile(r"(?:hi,? |hello,? )?(?:do|does|can|could|have|is|are|any|would|"
                            r"will)\b")


def _asks(note: Note, sent: Sentence) -> bool:
    """Say whether the sentence asks the business ("do you have gluten-free options?")."""
    return _ASKS_BUSINESS.match(sent.low) is not None


def extract_dietary(note: Note, sent: Sentence) -> None:
    """Emit allergies, intolerances and diets."""
    text = sent.text
    if "diet" not in cues(text) or _NOT_ME.search(note.text, sent.start,
                                                   sent.start + len(text) + 14):
        return  # "one has a nut allergy — not me": someone in a party
    for m in _ALLERGY.finditer(text):
        if _SOME_OF_US.search(text, max(0, m.start() - 40), m.start()):
            continue  # "two of the party have a nut allergy"
        raw = next(g for g in (m.group("a"), m.group("b"), m.group("c"), m.group("d"))
                   if g is not None)
        raw = _ALLERGY_TRIM.sub("", raw.strip())
        raw = _ALLERGY_TRIM.sub("", raw)
        words = [w for w in raw.split() if w.lower() not in _ALLERGY_STOP]
        if not words or hypothetical_before(sent, m.start()):
            continue
        if _RX_EXTRACT_DIETARY_1.search(text[:m.start()]):
            continue
        value = " ".join(words[:2])
        value = lexicon.dietary().get(value.lower(), value)
        about = about_at(note, sent, m.start())
        if about == SKIP:
            continue
        note.emit("dietary", sent.start + m.start(), sent.start + m.end(), about, 0.85,
                  value=value)
    # "no banana (allergic)"; "No nuts please — she's allergic" spans two fragments.
    back = max(0, sent.start - 40)
    for m in _NO_X_ALLERGIC.finditer(note.text, back, sent.start + len(text)):
        local = max(0, m.start() - sent.start)
        about = about_at(note, sent, local)
        who = m.group("who") or ""
        if who in ("she", "he"):
            about = resolve_pronoun(note, who, m.start("who"))
        elif who.startswith("my "):  # "nothing with nuts please, my husband is allergic"
            kin = [mn for mn in note.mentions if mn.kind == "person"
                   and mn.start <= m.start("who") + 3 < mn.end]
            if not kin:
                continue
            about = kin[0].about
        if about == SKIP or hypothetical_before(sent, local):
            continue
        value = lexicon.dietary().get(m.group("x").lower(), m.group("x"))
        note.emit("dietary", m.start("x"), m.end("x"), about, 0.8, value=value)
    for m in _NOT_EAT.finditer(text):  # "doesn't eat pork"
        about = about_at(note, sent, m.start())
        if about == SKIP or hypothetical_before(sent, m.start()):
            continue
        note.emit("dietary", sent.start + m.start("x"), sent.start + m.end("x"), about, 0.75,
                  value="no " + m.group("x").lower())
    for m in _CANT_HAVE.finditer(text):  # "can't do gluten any more"
        about = about_at(note, sent, m.start())
        if about == SKIP or hypothetical_before(sent, m.start()):
            continue
        value = lexicon.dietary().get(m.group("x").lower(), m.group("x").lower())
        note.emit("dietary", sent.start + m.start("x"), sent.start + m.end("x"), about, 0.75,
                  value=value)
    for m in _FREE_OF.finditer(text):  # "my wife is dairy-free", "Gluten-free breakfast"
        before = text[:m.start()]
        if _SOME_OF_US.search(text, max(0, m.start() - 40), m.start()):
            continue  # "two are gluten free"
        if not (_FREE_COPULA.search(before) or not before.strip(" -—–:(")) or \
                hypothetical_before(sent, m.start()) or _asks(note, sent):
            continue
        about = about_at(note, sent, m.start())
        if about == SKIP:
            continue
        value = lexicon.dietary().get(m.group("x").lower(), m.group("x").lower())
        note.emit("dietary", sent.start + m.start(), sent.start + m.end(), about, 0.75,
                  value=value)
    for m in _diet_re().finditer(text):
        word = m.group().lower()
        after = text[m.end():]
        if word not in ("coeliac", "celiac") and not _DIET_AFTER_OK.match(after):
            continue
        before = text[:m.start()]
        if hypothetical_before(sent, m.start()):
            continue
        if _RX_EXTRACT_DIETARY_2.search(before):
            continue
        about = about_at(note, sent, m.start())
        after_end = sent.start + m.end()
        for mn in note.mentions:  # "Coeliac wife Abena": the word describes the wife
            if mn.kind == "person" and note.text[after_end:mn.start] == " ":
                about = mn.about
        if about == SKIP:
            continue
        note.emit("dietary", sent.start + m.start(), sent.start + m.end(), about, 0.85,
                  value=lexicon.dietary()[word])
