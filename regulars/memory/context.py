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
from functools import lru_cache
from typing import Any

from .schema import _WHEN as _WHEN_FORM
from .schema import DEFAULTS, FIELDS, MAX_VALUE_CHARS, validate_fact
from .text import Sentence, ascii_twin, lower, word_start

SKIP = "\x00skip"  # about value meaning "not the customer's circle: emit nothing"
_UNKNOWN: Any = object()  # an about_at answer not yet worked out


@dataclass
class Mention:
    """A relative or pet named in the note, used to resolve `about`."""

    about: str
    kind: str  # "person" or "pet"
    gender: str  # "m", "f" or "-"
    start: int
    end: int
    names: tuple[str, ...] = ()


# Words before a role that say how it is held, not what it is: "professional opera
# singer", "long-haul pilot", "part-time nurse" are an opera singer, a pilot, a nurse.
_ROLE_QUALIFIER = re.compile(r"^(?:(?:professional|full[- ]time|part[- ]time|long[- ]haul|"
                             r"long[- ]distance|freelance|self[- ]employed|sole prop|"
                             r"sole proprietor|sole trader)\s+)+", re.I)


# Trade slang said as the trade: "Sparky, own business" is an electrician.
_ROLE_SLANG = {"sparky": "electrician", "sparkie": "electrician", "chippy": "carpenter",
               "chippie": "carpenter", "brickie": "bricklayer", "copper": "police officer",
               "postie": "postman", "tradie": "tradesman"}


@dataclass
class Note:
    """One note being processed: its text, voice, date, mentions and emitted facts."""

    text: str
    author: str
    date: dt.date
    mentions: list[Mention] = field(default_factory=list)
    facts: list[dict[str, Any]] = field(default_factory=list)
    customer_gender: str = "-"
    _keys: set[tuple[Any, ...]] = field(default_factory=set)
    _low: str | None = None  # text.lower(), made on the first emit that needs it
    # about_at answers, by (sentence start, position, mentions known): extractors ask the
    # same question for the same place, and only a new mention can change the answer
    _about: dict[tuple[int, int, int], str | None] = field(default_factory=dict)

    @property
    def customer_voice(self) -> bool:
        return self.author == "customer"

    def emit(self, kind: str, start: int, end: int, about: str | None, confidence: float,
             **fields: Any) -> dict[str, Any] | None:
        """Validate and record a fact unless it duplicates one already emitted."""
        if about == SKIP:
            return None
        value = fields.get("value")
        if kind == "occupation" and isinstance(value, str):
            value = _ROLE_QUALIFIER.sub("", value) or value
            value = fields["value"] = _ROLE_SLANG.get(value.lower(), value)
        if isinstance(value, str) and value:
            start, end = self._evidence(start, end, value)
        fact = {"kind": kind, "span": [start, end], "confidence": round(confidence, 2),
                "about": about, **fields}
        fact.update(_checked(kind, fact, fields))
        key = _key(fact)
        if key in self._keys:  # seen once; the fact may since have been dropped
            for old in self.facts:
                if old["kind"] == kind and _key(old) == key:
                    return None
        self._keys.add(key)
        self.facts.append(fact)
        return fact

    def _evidence(self, start: int, end: int, value: str) -> tuple[int, int]:
        """Point the span at the value's own words when they stand near where it was found.

        Extractors find a value inside a wider phrase ("an oat latte", "the hairdryer")
        and clean it; the span must still cover exactly the words the value came from.
        """
        low = self._low
        if low is None:
            low = self._low = self.text.lower()
        at = low.find(value.lower(), max(0, start - 2), end + len(value) + 2)
        return (at, at + len(value)) if at >= 0 else (start, end)

    def mention_named(self, name: str) -> Mention | None:
        """Find a mention by one of its names (case-insensitive)."""
        low = name.lower()
        for m in self.mentions:
            if low in (n.lower() for n in m.names) or m.about.lower() == low:
                return m
        return None


# kind -> ((field, allowed values or None, required, default), ...): schema.FIELDS, ready
# for the check every emitted fact goes through.
_SPECS = {kind: tuple((name, frozenset(allowed) if allowed is not None else None, required,
                       DEFAULTS.get(kind, {}).get(name))
                      for name, (allowed, required) in spec.items())
          for kind, spec in FIELDS.items()}
_NAMES = {kind: frozenset(spec) for kind, spec in FIELDS.items()}


def _checked(kind: str, fact: dict[str, Any], fields: dict[str, Any]) -> dict[str, Any]:
    """Return the kind's fields normalised as `validate_fact` does, checking the common
    case here; anything unusual (and so every error) goes to `validate_fact` itself."""
    names = _NAMES.get(kind)
    if names is None or not names.issuperset(fields):
        return validate_fact(fact)
    out: dict[str, Any] = {}
    for name, allowed, required, default in _SPECS[kind]:
        value = fields.get(name, default)
        if value is not None:
            if type(value) is not str:
                return validate_fact(fact)
            value = value.strip() or None
        if value is None:
            if required:
                return validate_fact(fact)
            out[name] = None
            continue
        if allowed is not None and value not in allowed or len(value) > MAX_VALUE_CHARS or \
                name == "when" and not _WHEN_FORM.match(value):
            return validate_fact(fact)
        out[name] = value
    return out


_KEY_FIELDS = {kind: tuple(spec) for kind, spec in FIELDS.items()}


def _key(fact: dict[str, Any]) -> tuple[Any, ...]:
    """What a fact states, ignoring span and confidence: equal keys state the same thing.

    An emitted fact holds kind, span, confidence, about, its kind's fields and maybe
    "ends"; the key is kind, about and those fields, text lower-cased.
    """
    about = fact["about"]
    return (fact["kind"], about.lower() if isinstance(about, str) else about,
            *[v.lower() if isinstance(v, str) else v
              for v in map(fact.__getitem__, _KEY_FIELDS[fact["kind"]])])


# Who is outside the customer's circle, and words naming the customer: \b(?:...)\b patterns
# written with word_start, so the regex engine skips to candidate letters.
_OUTSIDER = re.compile(word_start([
    "neighbou?rs?", "passer-?by", "the last (?:client|customer|one)",
    "another (?:client|customer|salon|clinic|vet)", "next door",
    *[w + " (?:lady|man|woman|guy|bloke|gentleman|customer|client|person|friend)"
      for w in ("a", "one", "some")],
    "someone", "somebody", "apprentice", "builders?", "the salon", "staff", "locum",
    "our (?:team|groomer|stylist|vet|landlord)", "not one of ours", "not a (?:customer|client)",
    "driver from", "rep from", "courier from", "postman from",
    "who (?:does|works|covers) (?:mon|tues?|wednes|thurs|fri|satur|sun)days",
    *[w + " ex" for w in ("her", "his", "my", "their", "an?")],
    "ex-(?:husband|wife|partner|boyfriend|girlfriend|bf|gf|hubby|fianc[eé]e?|spouse|"
    "other half)",
    *[w + " (?:pupils|students|patients|clients|customers|guests|colleagues|team)"
      for w in ("her", "his", "their")],
    *[w + " (?:of the )?guests?" for w in ("a", "the", "one", "some", "two")],
    "one of (?:the|her|his|their|our|my|your) \\w+"]) + r"\b")
_HEDGES = [
    "if", "unless", "whether", "might", "maybe", "perhaps", "possibly", "probably", "may be",
    "thinking (?:of|about)", "considering",
    "wants? to (?:be|become|get|try|start|take up|learn|join|do)",
    "would (?:also |really |so |)(?:like|love) to",
    "keen to (?:try|start|take up|learn|get into|join)", "fancies", "interested in trying",
    "plans? to", "planning to", "going to try", "hope to", "hoping to", "dreams? (?:of|about)",
    "wish(?:es)?", "someday", "one day", "could be", "not sure", "not confirmed", "unconfirmed",
    "thinks?", "planning to ask"]
_HYPOTHETICAL = re.compile(word_start(_HEDGES) + r"\b")  # on lower-cased text
_FIRST = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|me|my|myself|we|we're|our|us)\b")
_CUSTOMER_WORD = re.compile(word_start([
    "client", "customer", "owner", "pt", "patient", "member", "mr\\.? [a-z]\\w*",
    "mrs\\.? [a-z]\\w*", "ms\\.? [a-z]\\w*",
    *[w + " (?:herself|himself)" for w in ("she", "he", "client", "owner", "pt")]]) + r"\b")
# "(also a client)", "(also our pt)": the one just named, not the customer or an outsider
_ALSO_BEFORE = re.compile(r"(?:\balso|\()\s*(?:our\s+|your\s+)?$")
_A_CLIENT = re.compile(r"\b(?:an?|also an?|also our|another|fellow)\s+$")
_STAFF_FIRST = re.compile(r"\b(?:I|I'm|I’m|I'll|my|me)\b")
# \b(?:he|she|he's|she's|him|they|they're)\b, as it matches ("he's" gives "he"), written to
# open with a letter so the regex engine skips to candidate characters; (?<!\wh) after
# the "h" is the \b before it.
_PRONOUN = re.compile(r"h(?<!\wh)(?:e|im)\b|s(?<!\ws)he\b|t(?<!\wt)hey\b")
# _OUTSIDER, _FIRST, _CUSTOMER_WORD and _PRONOUN are matched in lower-cased text.
# Substrings one of which every match contains: a sentence with none has no match, and
# substring tests are much cheaper than running the pattern.
_NEEDS = {
    _OUTSIDER: ("neighbo", "passer", "the last ", "another ", "next door", "lady", "man",
                "guy", "bloke", "customer", "client", "person", "friend", "some",
                "apprentice", "builder", "the salon", "staff", "locum", "our ",
                " from", "who does", "who works", "who covers",
                "not one of ours", "ex-", " ex", "pupils", "students", "patients", "guest",
                "colleagues", "team", "one of "),
    _CUSTOMER_WORD: ("client", "customer", "owner", "pt", "patient", "member", "mr", "ms",
                     "self"),
    _STAFF_FIRST: ("I", "my", "me"),
    _PRONOUN: ("he", "him"),
}
_HYPOTHETICAL_ASCII = ascii_twin(_HYPOTHETICAL)
# Substrings one of which every hedge holds.
_HEDGE_NEEDS = ("if", "unless", "whether", "might", "may", "perhaps", "possibly", "probably",
                "think", "considering", "want", "would", "keen to", "fancies", "interested",
                "plan", "going to try", "hop", "dream", "wish", "someday", "one day",
                "could be", "not sure", "confirmed")


class _Matches(dict[str, tuple[tuple[int, int, str], ...]]):
    """Sentence -> all matches of one pattern in it, (start, end, matched text), found on
    first asking and kept for the note (cleared per note)."""

    def __init__(self, rx: re.Pattern[str]) -> None:
        super().__init__()
        self.rx, self.ascii_rx, self.need = rx, ascii_twin(rx), _NEEDS.get(rx)

    def __missing__(self, text: str) -> tuple[tuple[int, int, str], ...]:
        found: tuple[tuple[int, int, str], ...] = ()
        for w in self.need or ("",):
            if w in text:
                rx = self.ascii_rx if text.isascii() else self.rx
                found = tuple([(m.start(), m.end(), m.group()) for m in rx.finditer(text)])
                break
        self[text] = found
        return found


_OUTSIDERS, _FIRSTS, _CUSTOMER_WORDS, _STAFF_FIRSTS, _PRONOUNS = (
    _Matches(_OUTSIDER), _Matches(_FIRST), _Matches(_CUSTOMER_WORD), _Matches(_STAFF_FIRST),
    _Matches(_PRONOUN))


_NEW_CLAUSE = re.compile(r" (?:now that|because|since) ")


class _HedgeEnds(dict[str, int]):
    """Lower-cased sentence -> where its first hedge or condition ends; -1 if none
    (cleared per note)."""

    def __missing__(self, low: str) -> int:
        end = -1
        for w in _HEDGE_NEEDS:
            if w in low:
                m = (_HYPOTHETICAL_ASCII if low.isascii() else _HYPOTHETICAL).search(low)
                if m:
                    end = m.end()
                break
        self[low] = end
        return end


_HEDGE_ENDS = _HedgeEnds()


_TRAILING_HEDGE = re.compile(r"\b(?:i think|i believe|i guess|not sure|if i remember|iirc)"
                             r"\W*$")


_ASKED_AFTER = re.compile(r"\s*(?:\?|\((?:not sure|tbc|i think|unsure|maybe)\))", re.I)


def hedged_after(note: Note, sent: Sentence) -> bool:
    """Say whether a staff note's sentence ends on a hedge ("from Cork I think")."""
    if note.customer_voice:
        return False
    end = sent.start + len(sent.text)
    low = sent.low
    if ("i " in low or "iirc" in low or "not sure" in low) and _TRAILING_HEDGE.search(low):
        return True
    return _ASKED_AFTER.match(note.text, end) is not None


def hypothetical_before(sent: Sentence, local: int) -> bool:
    """Say whether a hedge or condition precedes position `local` in the sentence.

    A wish or a maybe reaches to the end of its clause: "I'd like to make wills now that
    our son Oscar has arrived" hedges the wills, not Oscar. A condition ("if", "unless")
    reaches on through its comma to the clause it governs.
    """
    low = sent.low
    end = _HEDGE_ENDS[low]
    if not 0 <= end <= local:
        return False
    if " now that " not in low and " because " not in low and " since " not in low or \
            low.endswith(("if", "unless", "whether"), 0, end):
        return True
    return _NEW_CLAUSE.search(low, end, local) is None


def about_at(note: Note, sent: Sentence, local: int) -> str | None:
    """Return who the text at `local` in `sent` is about: None (customer), a name, or SKIP."""
    key = (sent.start, local, len(note.mentions))
    found = note._about.get(key, _UNKNOWN)
    if found is _UNKNOWN:
        found = note._about[key] = _about_at(note, sent, local)
    return found


def _about_at(note: Note, sent: Sentence, local: int) -> str | None:
    text, low = sent.text, sent.low
    best: tuple[int, str | None] = (-1, None)
    for s, e, g in _OUTSIDERS[low]:
        if e <= local and (g.startswith("not ") or
                           not _ALSO_BEFORE.search(low, max(0, s - 8), s)):
            best = (s, SKIP)  # "(also a client)" is one of ours; "(not a customer)" is not
    # staff writing about themselves ("my own dog", "I'll be covering") is not customer data
    if note.customer_voice:
        for s, e, _g in _FIRSTS[low]:
            if e <= local and s > best[0] and not _within(s, _OUTSIDERS[low]) and \
                    not any(mn.start <= sent.start + s < mn.end for mn in note.mentions):
                # "Winston (our basset) had surgery": "our" sits inside Winston's mention
                best = (s, None)
    else:
        for s, e, _g in _STAFF_FIRSTS[text]:
            if e <= local and s > best[0]:
                best = (s, SKIP)
    for s, e, _g in _CUSTOMER_WORDS[low]:
        if e <= local and s > best[0] and not text[e:min(e + 2, local)].startswith("'") \
                and not _A_CLIENT.search(low, 0, s):
            best = (s, None)
    start, end = sent.start, sent.start + len(text)
    for mn in note.mentions:  # where each mention is introduced or named in the sentence
        if start <= mn.start < end:
            pos = mn.start - start
            if pos < local and pos > best[0]:
                best = (pos, mn.about)
        for name in mn.names:
            if name in text:
                for pos in _word_at(name, text):
                    if pos < local and pos > best[0]:
                        best = (pos, mn.about)
    for s, e, g in _PRONOUNS[low]:
        if e <= local and s > best[0]:
            best = (s, resolve_pronoun(note, g, sent.start + s))
    if best[0] < 0:
        return dashed_from(note, sent.start)
    return best[1]


def _within(pos: int, spans: tuple[tuple[int, int, str], ...]) -> bool:
    """Say whether pos lies inside one of the spans ("our" in "one of our party")."""
    return any(s <= pos < e for s, e, _g in spans)


def is_pet(note: Note, about: str | None) -> bool:
    """Say whether `about` names a pet of the note (pets have no jobs or hobbies)."""
    return about is not None and any(mn.kind == "pet" and mn.about == about
                                     for mn in note.mentions)


_DASH_BEFORE = re.compile(r"\s*[—–-]{1,2}\s*$")


_WITH_BEFORE = re.compile(r"\b(?:w/|with)\s+(?:the|her|his|their)?\s*$", re.I)


def dashed_from(note: Note, start: int) -> str | None:
    """Who a fragment after a dash is about: the relative named right before the dash.

    "her fiancé Tom — junior doctor" gives Tom's job, not the customer's.
    """
    text = note.text
    if not text[max(0, start - 12):start].rstrip().endswith(("-", "—", "–")):
        return None  # what _DASH_BEFORE needs: a dash, then only spaces
    dash = _DASH_BEFORE.search(text, max(0, start - 12), start)
    if dash is None:
        return None
    for mn in note.mentions:
        if mn.about != SKIP and mn.end <= dash.start() and \
                note.text[mn.end:dash.start()].strip(" ,") == "" and \
                not _WITH_BEFORE.search(note.text, max(0, mn.start - 12), mn.start):
            return mn.about
    return None


@lru_cache(maxsize=1024)
def _word_at(word: str, text: str) -> tuple[int, ...]:
    """Positions where word occurs in text as a whole word."""
    return tuple(m.start() for m in re.finditer(r"\b" + re.escape(word) + r"\b", text))


_OPENS_ON = re.compile(r"[\s(,:—–-]*(?:(?:her|his|their|the)\s+)?", re.I)
_SAYS = re.compile(r"\s+(?:says|said|mentioned|told us|tells us|reckons|thinks|asked)\b", re.I)


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding `pos` starts: after the last ". ", "! ", "? " or "; "."""
    i = pos
    while True:
        i = max(text.rfind(".", 0, i), text.rfind("!", 0, i), text.rfind("?", 0, i),
                text.rfind(";", 0, i))
        if i < 0:
            return 0
        if i + 1 < pos and text[i + 1].isspace():
            j = i + 1
            while j < pos and text[j].isspace():
                j += 1
            return j
_APPOSED = re.compile(r"\s*[,—–-]\s*")


def resolve_pronoun(note: Note, word: str, pos: int) -> str | None:
    """Resolve he/she at absolute position pos: customer, a mentioned relative, or SKIP."""
    w = word.lower()
    gender = "f" if w.startswith(("she", "her")) else "m" if w.startswith(("he", "him", "his")) \
        else "-"
    if gender != "-":
        for mn in reversed(note.mentions):  # "husband Dev, he's a paramedic": Dev
            if mn.gender == gender and mn.about != SKIP and mn.end <= pos and \
                    _APPOSED.fullmatch(note.text, mn.end, pos):
                return mn.about
        if w in ("her", "his", "she", "he", "she's", "he's"):  # "Sister Leanne due w/ her first
            # baby": Leanne's; "Gf Priya climbs too, she's vegan": Priya
            since = _sentence_start(note.text, pos)
            for mn in note.mentions:
                if mn.gender == gender and mn.about != SKIP and mn.kind == "person" and \
                        since <= mn.start and mn.end <= pos and \
                        _OPENS_ON.fullmatch(note.text, since, mn.start) and \
                        not _SAYS.match(note.text, mn.end):
                    return mn.about
    if not note.customer_voice:
        if note.customer_gender in ("-", gender) or gender == "-":
            return None
    before = [m for m in note.mentions if m.start < pos and m.gender in (gender, "-")]
    if gender != "-":
        before = [m for m in before if m.gender == gender] or before
    if not before:
        return SKIP
    return before[-1].about


# \b(Mr|Mrs|Ms|Miss)\b\.?, written to open with the "M" the regex engine can skip to
_RX_GUESS_CUSTOMER_GENDER_1 = re.compile(r"(M(?<!\wM)(?:r|rs|s|iss))\b\.?")
_RX_GUESS_CUSTOMER_GENDER_2 = re.compile(r"\b(he|she|his|her|him|himself|herself)\b", re.I)
# The same, matched in lower-cased text and written to open with a letter ((?<!\wh) after
# the "h" is the \b before it) so the regex engine skips to candidates. Lower-casing
# stands in for re.I except for "ı", "ſ" and "İ", which re.I also reads as i or s.
_SUBJECT_PRONOUN = re.compile(r"h(?<!\wh)(?:e|is|er|im|imself|erself)\b|s(?<!\ws)he\b")


_PARTNER_WORD = re.compile(r"\b(?:husband|hubby|bf|boyfriend|fianc[eé]|wife|gf|girlfriend|"
                           r"fianc[eé]e|missus|missis)\b")  # on lower-cased text
_HIS = frozenset(("husband", "hubby", "bf", "boyfriend", "fiancé", "fiance"))


def guess_customer_gender(note: Note) -> str:
    """Guess the customer's gender in a staff note from titles and the first pronoun."""
    t = note.text
    m = _RX_GUESS_CUSTOMER_GENDER_1.search(t) if "M" in t else None
    if m:
        return "m" if m.group(1) == "Mr" else "f"
    low = lower(t)
    if "ı" in t or "ſ" in t or "İ" in t:
        m = _RX_GUESS_CUSTOMER_GENDER_2.search(t)
    else:
        m = _SUBJECT_PRONOUN.search(low)
    partner = _PARTNER_WORD.search(low, 0, m.start() if m else len(t)) if (
        "wife" in low or "husband" in low or "hubby" in low or "bf" in low or "gf" in low or
        "friend" in low or "fianc" in low or "missus" in low or "missis" in low) else None
    if partner:  # "Wife joining Fri; it's her birthday": "her" is the wife's
        return "f" if partner.group().lower() in _HIS else "m"
    if m:
        return "m" if m.group().lower() in ("he", "his", "him", "himself") else "f"
    return "-"


def clear_caches() -> None:
    """Forget the per-sentence matches (called per note)."""
    for memo in (_OUTSIDERS, _FIRSTS, _CUSTOMER_WORDS, _STAFF_FIRSTS, _PRONOUNS, _HEDGE_ENDS):
        memo.clear()
    _word_at.cache_clear()
