"""Where the customer lives or comes from, in their own words.

"here in alaska", "i live with my husband in ohio", "my native texas", "i have never
left ohio", "colorado here", "hello from canada", and the kind of place ("i grew up on
a farm", "i am from a small town"). A named place counts only when the gazetteer knows
it; "i am in paris for a week" is a trip.
"""

from __future__ import annotations

import re

from .context import Note
from .fp_voice import _asked_from, _ok
from .text import Sentence

_FARM = re.compile(r"\b(?:i|we) (?:still |now |currently |)(?P<v>live|grew up|was raised|"
                   r"was born and raised|was born|spent my (?:youth|childhood)|am|'m|are|'re) "
                   r"(?:now |currently |still |)(?:on|in) (?:(?:a|an|the) )?(?:(?:big|small|"
                   r"little|huge|large|family|horse|dairy|cattle|tiny|rural|beautiful|very|"
                   r"quiet|sleepy) )*(?P<p>farm|ranch|small town|big city|city|"
                   r"village|countryside|country|suburbs|mountains)\b(?! (?:of|in|near|"
                   r"with|called|named|music|centre|center|for|today|this|tonight)\b)|"
                   r"\bi (?:am|'m|come) from (?:a|the) (?P<t>small town|big city|small village|"
                   r"village|farm|ranch|countryside|country|city|suburbs)\b")
# "here in alaska", "i live with my husband in ohio", "we are in colorado".
_HERE = re.compile(r"\b(?:here in|(?:i|we) live (?:here )?with (?:my|our) [a-z]+(?: and "
                   r"[a-z]+)? in|(?:i|we) (?:am|'m|are|'re) (?:currently |now |still )?"
                   r"(?:in|based in)) (?P<p>[a-z][a-z.'-]+(?: [a-z][a-z.'-]+){0,2})")


def _place_words(group: str) -> str:
    return r"(?P<" + group + r">[a-z][a-z.'-]+(?: [a-z][a-z.'-]+){0,2})"


# "i have never left ohio", "i live in the middle of alabama", "colorado here",
# "hello from canada", "alaska is where i live".
_HOME = re.compile(
    r"\b(?:i|we)(?: have|'ve|) never (?:left|been (?:outside|out) of|been outside|lived "
    r"outside(?: of)?|travell?ed out(?:side)? of|been anywhere but) (?:the (?:state|city|town|"
    r"country) of |my home state of |)" + _place_words("p") + r"(?:\W*$|[ ,.!?])|"
    r"\b(?:i|we) (?:still |now |currently |)live (?:in|on) (?:the )?(?:middle|north|south|"
    r"east|west|northern|southern|eastern|western|central|heart|outskirts|wilderness|"
    r"mountains|woods|suburbs|countryside|coast) of " + _place_words("p2") + r"(?:\W*$|[ ,.!?])|"
    r"(?:^|[,!] )" + _place_words("p3") + r" here(?:\W*$|,| too| as well)|"
    r"\b(?:hello|greetings|hi|hey) from " + _place_words("p4") + r"(?:\W*$|[ ,.!?])|"
    r"(?:^|[,!] )" + _place_words("p5") + r" is (?:the (?:state|city|town|country) |)"
    r"(?:where i live|i live in|where i am from|my home)\b")
_NATIVE = re.compile(r"\b(?:my (?:native place is|native town is|home town is|hometown is|"
                     r"native|home state of|home country of|home town of|hometown "
                     r"of)) (?P<p>[a-z][a-z.'-]+(?: [a-z][a-z.'-]+){0,2})")


def _here_or_native(note: Note, sent: Sentence) -> None:
    """Emit a place the customer is in ("here in alaska") or is native of."""
    low = sent.low
    for rx, rel in ((_HERE, "lives_in"), (_NATIVE, "from")):
        for m in rx.finditer(low):
            _place(note, sent, m, rel)


def _farm_or_town(note: Note, sent: Sentence) -> None:
    """Emit the kind of place the customer lives in or grew up in ("on a farm")."""
    low = sent.low
    for m in _FARM.finditer(low):
        if not _ok(note, sent, m.start()):
            continue
        place = m.group("p") or m.group("t")
        rel = "lives_in" if m.group("v") in ("live", "am", "'m", "are", "'re") else "from"
        if place in ("big city", "country", "countryside"):
            place = "city" if place == "big city" else "countryside"
            value_start = m.start("p")
            start = sent.start + value_start
            note.emit("place", start, start + len(m.group("p")), None, 0.6, relation=rel,
                      value=place)
            continue
        start = sent.start + (m.start("p") if m.group("p") else m.start("t"))
        note.emit("place", start, start + len(place), None, 0.6, relation=rel, value=place)


_RX_PLACE_1 = re.compile(r"\s+(?:for|this|next|on|until|till|visiting|at the moment)\b")


def _homes(note: Note, sent: Sentence) -> None:
    low = sent.low
    if "never" in low or " of " in low or "here" in low or " live" in low or "from" in low or \
            " is " in low:
        for m in _HOME.finditer(low):
            _place(note, sent, m, "lives_in")


def _place(note: Note, sent: Sentence, m: re.Match[str], rel: str) -> None:
    """Emit a place named in lower case when the gazetteer knows it (longest prefix)."""
    from .gazetteer import is_place

    group = next(g for g in ("p", "p2", "p3", "p4", "p5") if m.re.groupindex.get(g) and
                 m.group(g))
    words = m.group(group).split()
    for n in range(len(words), 0, -1):
        cand = " ".join(words[:n])
        if is_place(cand, lower_text=True):
            break
    else:
        return
    at = m.start(group)
    after = sent.low[at + len(cand):]
    if _RX_PLACE_1.match(after):
        return  # "i am in paris for a week" is a trip
    if not _ok(note, sent, m.start()) or at >= _asked_from(note, sent):
        return
    if any(f["kind"] == "place" and f["value"].lower() == cand for f in note.facts):
        return
    start = sent.start + at
    note.emit("place", start, start + len(cand), None, 0.6, relation=rel,
              value=sent.text[at:at + len(cand)])
