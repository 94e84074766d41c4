"""Whether a first-person statement is the customer's own, and whether it is asked.

The readers of the customer's own statements share these tests: the clause before a
cue has the customer as its subject and is neither hedged, negated nor wishful
("my wife loves jazz", "i wish i could ski"); a sentence may be a question to the
reader from some point on ("i love jazz, do you?"), and what is read inside that
question is no fact about the customer.
"""

from __future__ import annotations

import re

from .context import Note, about_at, hypothetical_before
from .text import Sentence

_RX_OK_1 = re.compile(r"\b(?:not|never|n't|no longer|used to|wish|if)\b[^,.;]{0,15}$")
# Words a liked thing, a subject or a business never starts with.
_NOT_SUBJECT = frozenset({"the", "a", "an", "to", "for", "my", "it", "this", "that", "hard",
                          "now", "all", "so", "very"})


def _ok(note: Note, sent: Sentence, local: int) -> bool:
    """Say whether the statement at `local` is the customer's own and not hedged."""
    if sent.low.startswith(("i ", "i'", "we ", "we'"), local):
        local += 2  # the subject itself says whose statement it is
    return not hypothetical_before(sent, local) and not _RX_OK_1.search(sent.low[:local]) \
        and about_at(note, sent, local) is None


def _drop_asked(note: Note, sent: Sentence) -> None:
    """Drop likings and hobbies read inside a question to the reader ("do you like jazz?")
    or about the business ("is there a beginners' pilates class?")."""
    asked = _asked_from(note, sent)
    if asked == len(sent.low) or not _YOU.search(sent.low, asked) and \
            _ME.search(sent.low, asked):
        return  # no question, or one about the customer ("can i bring my racket?")
    cut = sent.start + asked
    end = sent.start + len(sent.text)
    if _SO_DO_I.match(note.text.lower(), end):
        return  # "do you like jazz? i do." answers its own question
    note.facts[:] = [f for f in note.facts if not (
        f["kind"] in ("preference", "interest") and cut <= f["span"][0] < end
        and not _MINE_BEFORE.search(note.text, max(0, f["span"][0] - 16), f["span"][0]))]


# "could you save me my usual cardamom bun?": the customer's own, asked about
_MINE_BEFORE = re.compile(r"\bmy (?:usual|regular|favou?rite|normal)\s*[:,-]?\s+$", re.I)
_YOU = re.compile(r"\b(?:you|your|u|ya)\b")
_ME = re.compile(r"\b(?:i|me|my|we|us|our|i'm|i've|i'd)\b")
_SO_DO_I = re.compile(r"\s*\?[?!. ]*(?:yes |oh |well |)(?:i do|me too|i really do|i sure do|"
                      r"i (?:love|like|enjoy|adore) (?:it|them|that|this)|so do i)\b")


def _said_of_self(note: Note, sent: Sentence, local: int) -> bool:
    """Say whether the statement at `local` is the customer's own plain statement: in a
    clause about their own habits, not hedged, not inside a question to the reader."""
    return _own_clause(sent.low, local) is not None and _ok(note, sent, local) and \
        local < _asked_from(note, sent)


def _asked_from(note: Note, sent: Sentence) -> int:
    """Return where the question in a sentence starts ("i love jazz, do you?"), or its end.

    A sentence closed by "?" asks from its last clause; one opening on "do you",
    "what is your" asks throughout.
    """
    low = sent.low
    if _ASKS.match(low):
        return 0
    end = sent.start + len(sent.text)
    if note.text[end:end + 2].lstrip()[:1] != "?":
        return len(low)
    tag = _YOU_TAG.search(low)
    if tag:
        return tag.start()  # "i enjoy hiking in my spare time, you?" asks only "you"
    m = _Q_CLAUSE.match(low)
    return m.end() if m else 0


_Q_CLAUSE = re.compile(r".*(?:[,;:]|\bbut\b|\band (?:wondered|was wondering|wanted to|would "
                       r"like to|need to)\b)", re.S)
_YOU_TAG = re.compile(r"(?:^|,? (?:and |how about |what about |hbu|wbu|)(?:you|u|yourself|"
                      r"your(?:s|self)?)(?: too)?)\W*$")
_ASKS = re.compile(r"(?:(?:so|and|but|well|hey|hi|oh) )?(?:do|does|did|are|is|have|has|would|"
                   r"will|can|could|what|which|who|how|where|why|when)(?: (?:is|are|do|"
                   r"does|kind of|sort of|type of|\w+))? (?:you|your|u|ya)\b")
_WORD_RX = re.compile(r"[a-z0-9*][a-z0-9&'./*-]*")


def _find(low: str, terms: dict[str, object], longest: int = 5) -> list[tuple[int, int, str]]:
    """Find terms in lower-cased text, leftmost-longest on word boundaries."""
    words = [(m.start(), m.end(), m.group().rstrip(".'")) for m in _WORD_RX.finditer(low)]
    out = []
    i = 0
    while i < len(words):
        for k in range(min(longest, len(words) - i), 0, -1):
            key = " ".join(w for _s, _e, w in words[i:i + k])
            if key in terms:
                out.append((words[i][0], words[i][0] + len(key), key))
                i += k
                break
        else:
            i += 1
    return out


# Someone other than the customer as the clause's subject or owner.
_OTHER_SUBJECT = re.compile(r"\b(?:you|your|u|ya|he|she|they|his|her|their|him|them|friends?|"
                            r"wife|husband|mom|mum|dad|mother|father|brother|sister|son|"
                            r"daughter|kids|children|parents|family|boyfriend|girlfriend|"
                            r"people|everyone|everybody|nobody|someone|no one|store|radio)\b")
_CLAUSE_START = re.compile(r".*(?:[,;:]|\b(?:but|because|so|when|while|although|though|"
                           r"and then|if|until|since|cause)\b)", re.S)
_UNSURE = re.compile(r"\b(?:not|never|n't|no longer|used to|wish|if|hate[sd]?|dislike[sd]?|"
                     r"can't stand|cannot stand|would|'d|want to|wanna|hope|hoping|when i was|"
                     r"as a kid|growing up|tired of|sick of|loathe|without|instead of|"
                     r"allowed|ever|try|trying|should|may|might|maybe|could|going to|gonna|"
                     r"about to|plan to|planning|someday|one day|once|grow up)\b")


def _own_clause(low: str, local: int) -> str | None:
    """Return the clause before `local` when it speaks of the customer's own habits.

    None when someone else is the subject ("my wife loves jazz") or the clause is hedged,
    negated or wishful ("i never listen to", "i wish i could").
    """
    m = _CLAUSE_START.match(low, 0, local)
    clause = low[m.end() if m else 0:local]
    if _OTHER_SUBJECT.search(clause) or _UNSURE.search(clause):
        return None
    return clause
