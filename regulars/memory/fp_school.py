"""The customer's own schooling: the school or grade they are in, what they study.

"i am in high school", "i go to college", "i am a nursing major", "i am in 3rd grade",
"a senior in high school", "graduating high school this year", "i studied chemistry in
college", "i attend an elementary school", "my nursing degree" (a subject counts only when
the lexicon knows it).
"""

from __future__ import annotations

import re

from . import lexicon
from .context import Note
from .fp_voice import _NOT_SUBJECT, _ok, _said_of_self
from .text import Sentence

_SCHOOL_STAGE = re.compile(r"\bi(?: am|'m) (?:currently |still |now |)(?:in|at|attending) "
                           r"(?P<s>high school|middle school|junior high|grad school|"
                           r"graduate school|law school|med school|medical school|"
                           r"nursing school|college|university|uni|community college)\b|"
                           r"\bi (?:go|attend|am going) to (?P<s2>high school|college|"
                           r"university|community college|grad school|law school|"
                           r"med school|medical school|nursing school)\b|"
                           r"\bi (?:am (?:currently )?)?(?:studying|study|majoring in|major in)"
                           r" (?P<subj>[a-z]+(?: [a-z]+)?) (?:at|in) (?:college|school|"
                           r"university|uni)\b|"
                           r"\bi(?: am|'m) (?:a |an )(?P<major>[a-z]+(?: [a-z]+)?) major\b|"
                           r"\bi went to (?:school|college|university) for (?P<subj2>[a-z]+"
                           r"(?: [a-z]+)?)\b")


_RX_SCHOOL_1 = re.compile(r" (?:but|and|so|because|at|in|now)\b")


def _school(note: Note, sent: Sentence) -> None:
    for m in _SCHOOL_STAGE.finditer(sent.low):
        g = next(g for g in ("s", "s2", "subj", "major", "subj2") if m.group(g))
        value = _RX_SCHOOL_1.split(m.group(g))[0]
        if value.split()[0] in _NOT_SUBJECT:
            continue
        if not _ok(note, sent, m.start()):
            continue
        start = sent.start + m.start(g)
        note.emit("school", start, start + len(value), None, 0.6,
                  value=sent.text[m.start(g):m.start(g) + len(value)])


_ORDINAL = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
            "4th": 4, "fifth": 5, "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "7th": 7,
            "eighth": 8, "8th": 8, "ninth": 9, "9th": 9, "tenth": 10, "10th": 10,
            "eleventh": 11, "11th": 11, "twelfth": 12, "12th": 12}
# "i am in 3rd grade", "a senior in high school", "graduating high school this year",
# "i studied chemistry in college".
_STAGE = re.compile(
    r"\bi(?: am|'m) (?:also |only |still |now |currently |just |)in (?:the |)(?P<g>"
    + "|".join(_ORDINAL) + r") grade\b|"
    r"\bi(?: am|'m) (?:a |an )(?:(?:senior|junior|sophomore|freshman|freshmen|first year|"
    r"second year|third year|final year|fourth year) (?:in|at) |)(?P<s>high school|"
    r"middle school|college|university|grad school|law school|med school|"
    r"nursing school)(?: student)?\b(?! (?:teacher|dropout|professor|coach|counsel+or)\b)|"
    r"\bi(?: am|'m) (?:a |an )(?:senior|junior|sophomore|freshman) (?:in|at) (?P<s2>high "
    r"school|college|university)\b|"
    r"\bi (?:will be |am |'m |will |)(?:graduating|graduate|will graduate|finish|finishing) "
    r"(?:from )?(?P<s3>high school|middle school|college|university|law school|med school|"
    r"nursing school)\b|"
    r"\bi (?:still |currently |also |now |)attend (?:an? |the |)(?P<s4>elementary school|"
    r"primary school|high school|middle school|college|university|community college)\b|"
    r"\bi(?: am|'m) (?:actually|also|only|just) in (?P<s5>high school|middle school|"
    r"elementary school|college)\b|"
    r"\bi (?:also |)(?:studied|majored in|have a degree in|got my degree in|earned a degree "
    r"in) (?P<subj>[a-z]+(?: [a-z]+){0,2})|"
    r"\b(?:my|a) (?:degree in (?P<subj2>[a-z]+(?: [a-z]+){0,2})|(?P<subj3>[a-z]+(?: [a-z]+)?) "
    r"degree\b)")


def _school_stage(note: Note, sent: Sentence) -> None:
    """Emit the school stage or subject a customer says they are in or studied."""
    low = sent.low
    for m in _STAGE.finditer(low):
        group = next(g for g in ("g", "s", "s2", "s3", "s4", "s5", "subj", "subj2", "subj3")
                     if m.group(g))
        raw = m.group(group)
        at = m.start(group)
        if group == "g":
            n = _ORDINAL[raw]
            stage = "elementary school" if n <= 5 else "middle school" if n <= 8 else \
                "high school"
            value = f"{stage}, {raw} grade"
        elif group.startswith("subj"):
            words = raw.split()
            phrases = [" ".join(words[-k:]) for k in (2, 1)] if group == "subj3" else \
                [" ".join(words[:k]) for k in (3, 2, 1)]  # "my nursing degree", "majored in"
            found = next((p for p in phrases if p in lexicon.subjects()), "")
            if not found:
                continue
            at += len(raw) - len(found) if group == "subj3" else 0
            raw = value = sent.text[at:at + len(found)]
        else:
            value = raw
        if any(f["kind"] == "school" for f in note.facts):
            return
        if not _said_of_self(note, sent, m.start()):
            continue
        note.emit("school", sent.start + at, sent.start + at + len(raw), None, 0.6,
                  value=value)
