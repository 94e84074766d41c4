"""Where people live or come from (place) and where they travel (trip)."""

from __future__ import annotations

import re

from .context import SKIP, Note, about_at, hedged_after, hypothetical_before
from .cues import cues
from .dates import find_dates, month_value
from .gazetteer import is_place
from .text import NOT_NAMES, Sentence

_PLACE = r"(?P<p>(?:the\s+)?[A-ZÀ-Þ][\w'’À-ÿĀ-ž.-]*(?:\s+(?:[A-ZÀ-Þ][\w'’À-ÿĀ-ž.-]*|of|de|del|" \
         r"upon|on|la|le|en))*?(?:\s+(?:d['’])?[A-ZÀ-Þ][\w'’À-ÿĀ-ž.-]*)?)"
_LOWER_PLACE = r"(?P<lp>[a-z][a-z.'-]+(?:\s+[a-z][a-z.'-]+){0,2})"
_LIVES = re.compile(r"\b(?i:lives|living|live|lived|based|settled|resides|residing|moved|"
                    r"relocated|now)\s+(?i:(?:in|to|out to|over to|at [^,.;]{1,40}? in)\s+)"
                    r"(?:" + _PLACE + "|"
                    + _LOWER_PLACE + ")")
_FROM = re.compile(r"\b(?P<cue>(?i:originally from|is from|'s from|’s from|am from|"
                   r"'m from|are from|"
                   r"comes from|come from|hails from|grew up in|born in|raised in|^from|"
                   r"(?<=, )from|(?<=— )from))\s+(?:"
                   + _PLACE + "|" + _LOWER_PLACE + ")")
_TRIP_STRONG = (r"off to|flying to|flies to|fly to|trip to|holiday (?:in|to)|holidaying in|"
                r"vacation (?:in|to)|back from|just back from|returned from|honeymoon (?:in|to)|"
                r"cycle round|cycling round|cycle around|tour of|travelling (?:in|around|round|"
                r"to)|traveling (?:in|around|to)|going home to|home to|cruise to|"
                r"cycling holiday (?:along|in|around)|skiing in|break in|weekend in|"
                r"(?:weeks?|wks?|fortnight|days|nights|months?) in|"
                r"(?:weeks?|months?) travelling in|"
                r"(?:hen|stag) (?:do|party|weekend|night) in|(?:hen|stag) in|flights? to|"
                r"(?:going|heading|off|driving) (?:up|down|over) to|"
                r"visiting (?:my|her|his|our|their) [a-z-]+(?: [a-z-]+)? in")
_TRIP_WEAK = r"going to|go to|heading to|headed to|visiting|away in|driving to|drive to|been to|" \
             r"went to|in"
# A trip is a cue (found in the lower-cased sentence) then a place (in the original text).
_TRIP_CUE = re.compile(r"\b(?P<cue>" + _TRIP_STRONG + "|" + _TRIP_WEAK + r")\s+")
_TRIP_PLACE = re.compile(r"(?:the\s+)?(?:" + _PLACE + "|" + _LOWER_PLACE + ")")
_MOVE_TO = re.compile(r"\b(?:moving|move|relocating|moved)\s+to\b")


class _TripMatch:
    """A cue and the place after it, shaped like the match of one regex."""

    def __init__(self, cue: re.Match[str], place: re.Match[str], text: str) -> None:
        self.cue, self.place, self.text = cue, place, text

    def start(self) -> int:
        return self.cue.start()

    def end(self) -> int:
        return self.place.end()

    def group(self, name: str | int = 0) -> str:
        if name == "cue":
            return self.cue.group("cue")
        if name == 0:
            return self.text[self.cue.start():self.place.end()]
        return self.place.group(name)

    def groupdict(self) -> dict[str, str | None]:
        return self.place.groupdict()


def _trip_matches(sent: Sentence) -> list[_TripMatch]:
    """Find every cue followed by a place, leftmost first, like one regex's finditer."""
    out, pos = [], 0
    while True:
        cue = _TRIP_CUE.search(sent.low, pos)
        if cue is None:
            return out
        place = _TRIP_PLACE.match(sent.text, cue.end())
        if place is None:
            pos = cue.start() + 1
            continue
        out.append(_TripMatch(cue, place, sent.text))
        pos = cue.end()  # a later cue inside this place may name the real one


_PLANNED_CUE = re.compile(r"(?i:going|heading|off|flying|flights?|visiting|driving)\b")
_PAST = re.compile(r"\b(?:back from|returned|been to|went|was|were|had|last|ago|cracked|got|"
                   r"came back|did|loved|spent|broke|fell|injured|hurt|stayed|visited|"
                   r"enjoyed)\b", re.I)


_RX_VALUE_1 = re.compile(r"^the\s+")
_RX_VALUE_2 = re.compile(r"['’]s$")


def _value(m: re.Match[str]) -> tuple[str | None, bool]:
    """Return the place name in a match and whether it was written in lower case."""
    if m.groupdict().get("p"):
        v = m.group("p")
        v = _RX_VALUE_1.sub("", v)
        v = _RX_VALUE_2.sub("", v)
        return v, False
    if m.groupdict().get("lp"):
        return m.group("lp"), True
    return None, False


_WHEN_WORD = re.compile(r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?s?|"
                        r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
                        r"aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|"
                        r"mornings?|afternoons?|evenings?|weekends?|the \d+\w*)\b", re.I)


def _good_place(v: str, lower: bool, need_gazetteer: bool) -> str | None:
    """Trim a candidate to the longest known place prefix; None when it is no place."""
    if _WHEN_WORD.match(v):
        return None  # "moved to Thursdays": a booking, not a home
    words = v.split()
    for n in range(len(words), 0, -1):
        cand = " ".join(words[:n])
        if is_place(cand, lower_text=lower):
            return cand
    if lower or need_gazetteer:
        return None
    if words[0].lower() in NOT_NAMES or len(words) > 3:
        return None
    return v


_RX_EXTRACT_PLACES_1 = re.compile(r"\b(?:will|going to|moving|might|may|to be)\s+$")
_RX_EXTRACT_PLACES_2 = re.compile(r"\bfrom\b")
_STREET = re.compile(r"\b(?:Street|St|Road|Rd|Station|Barracks|Base|Depot|Office|HQ)$")
_MOVED_THING = re.compile(r"\b(?:regulars|clients|customers|appointments?|appts?|bookings?|"
                          r"sessions?|class(?:es)?|lessons?|deliver(?:y|ies)|shifts?|slots?|"
                          r"orders?|meetings?|it|them|everything|account|files?|office|shop|"
                          r"business|company|practice|surgery|clinic|branch|team|hq)\s+"
                          r"(?:\w+\s+)?$",
                          re.I)


# "my mum in Durban", "my sister in Denver", "her father, visiting from Mysore", "daughter
# Gráinne home from Boston": where a relative lives, said beside their mention.
_KIN_PLACE = re.compile(r"\s*,?\s*(?:who (?:lives|is|'s) |(?:is |'s |was )?)(?:(?:out |over |up |"
                        r"down |back |)in|(?:visiting|over|up|down|home|back) from)\s+(?:the\s+)?"
                        r"(?P<p>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})")


_WHEN_AFTER = re.compile(r"\s*,?\s*(?:last|next|this|during|yesterday|today|tonight|"
                         r"tomorrow|in (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d)",
                         re.I)


def extract_kin_places(note: Note, sent: Sentence) -> None:
    """Emit where a relative just named lives, when the gazetteer knows the place."""
    end = sent.start + len(sent.text)
    for mn in note.mentions:
        if mn.kind != "person" or not sent.start <= mn.start < end or mn.about == SKIP:
            continue
        m = _KIN_PLACE.match(note.text, mn.end)
        if m is None or m.end() > end:
            continue
        words = m.group("p").split()
        place = next((" ".join(words[:k]) for k in range(len(words), 0, -1)
                      if is_place(" ".join(words[:k]), lower_text=False)), None)
        if place is None or hypothetical_before(sent, mn.end - sent.start) or \
                _WHEN_AFTER.match(note.text, m.start("p") + len(place)):
            continue  # "proposed to Elin in Lapland last month": where it happened
        at = m.start("p")
        note.emit("place", at, at + len(place), mn.about, 0.6, relation="lives_in", value=place)


def extract_places(note: Note, sent: Sentence) -> None:
    """Emit lives_in / from places (never for hedged or future moves)."""
    text = sent.text
    if "place" not in cues(text) or hedged_after(note, sent):
        return
    for rx, rel in ((_LIVES, "lives_in"), (_FROM, "from")):
        for m in rx.finditer(text):
            raw, lower = _value(m)
            if not raw or hypothetical_before(sent, m.start()):
                continue
            cue = m.group().split()[0].lower()
            if rel == "lives_in" and cue in ("moved", "relocated") and (
                    _RX_EXTRACT_PLACES_2.search(m.group()) or
                    _MOVED_THING.search(text, max(0, m.start() - 30), m.start())):
                continue  # "moved from Leeds"; "her regulars moved to Tasha": bookings
            strong = rel == "lives_in" and cue != "now" or "originally" in m.group().lower() \
                or cue in ("grew", "born", "raised")  # "now in Year 10" is no place
            value = _good_place(raw, lower, need_gazetteer=not strong)
            if not value or cue == "based" and _STREET.search(value):
                continue  # "a garda based in Store Street": where the job is
            if _RX_EXTRACT_PLACES_1.search(text[:m.start()]):
                continue
            about = about_at(note, sent, m.start())
            if about == SKIP:
                continue
            s = sent.start + m.start()
            note.emit("place", s, sent.start + m.end(), about, 0.75, relation=rel, value=value)
            if rel == "lives_in" and cue in ("moved", "relocated"):
                note.emit("event", s, sent.start + m.end(), about, 0.6, type="moving", when=None,
                          status="past")


_PROPERTY_BEFORE = re.compile(r"\b(?:home|let|cottage|flat|house|apartment|villa|caravan|"
                              r"chalet|property|place)\s*$", re.I)
_RX_EXTRACT_TRIPS_1 = re.compile(_TRIP_WEAK)
_RX_EXTRACT_TRIPS_2 = re.compile(r"\b(?:holiday|trip|away|travelling|weeks?|"
                                 r"break|honeymoon)\b", re.I)


_IN_PLACE = re.compile(r"\s+(?:in|to|near)\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})")


# "Kenya safari 10-24 Oct", "Maldives 10 days, leaving 18 Oct": the place leads.
_PLACE_TRIP = re.compile(r"(?P<p>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+(?:(?:safari|holiday|"
                         r"hols|trip|break|cruise|getaway|honeymoon)\b|,?\s*\d+\s*(?:days|nights|"
                         r"nts|weeks|wks)\b)")


def _place_then_trip(note: Note, sent: Sentence) -> None:
    text = sent.text
    for m in _PLACE_TRIP.finditer(text):
        place = m.group("p")
        if not is_place(place, lower_text=False) or hypothetical_before(sent, m.start()):
            continue
        about = about_at(note, sent, m.start())
        if about == SKIP:
            continue
        when, status = _trip_when(note, text, m.start())
        note.emit("trip", sent.start + m.start(), sent.start + m.end("p"), about, 0.65,
                  destination=place, when=when, status=status)


def _trip_when(note: Note, text: str, at: int) -> tuple[str | None, str]:
    """When a trip named at `at` is, and whether it is planned or past: the first date
    after it decides, else the cue's tense ("I'm going up to", "flights to"), else the
    sentence's."""
    past = bool(_PAST.search(text)) and not _PLANNED_CUE.match(text, at)
    when = None
    for dm in find_dates(text[at:], note.date):
        if dm.future is not None:
            past = not dm.future
        when = month_value(dm, note.date, not past)
        break
    return when, "past" if past else "planned"


def extract_trips(note: Note, sent: Sentence) -> None:
    """Emit trips to a named place, planned or past, dated when the sentence says when."""
    text = sent.text
    if _MOVE_TO.search(sent.low):
        return
    _place_then_trip(note, sent)
    if "trip" not in cues(text):
        return
    for m in _trip_matches(sent):
        raw, lower = _value(m)
        cue = m.group("cue").lower()
        if not raw or hypothetical_before(sent, m.start()):
            continue
        weak = _RX_EXTRACT_TRIPS_1.fullmatch(cue) is not None
        if cue == "in" and (not _RX_EXTRACT_TRIPS_2.search(text[:m.start()]) or
                            _PROPERTY_BEFORE.search(text, 0, m.start())):
            continue  # "holiday home in Cornwall" is a house there, not a trip
        value = _good_place(raw, lower, need_gazetteer=weak)
        if not value:
            continue
        if not is_place(value, lower_text=lower):  # "back from Umrah in Mecca": Mecca
            there = _IN_PLACE.match(text, m.end())
            if there and is_place(there.group(1), lower_text=False):
                value = there.group(1)
        about = about_at(note, sent, m.start())
        if about == SKIP:
            continue
        if _TO_STUDY.match(text, m.end()):
            # "off to Durham in Oct to read classics": the university, not a trip
            at = text.find(value, m.start())
            note.emit("school", sent.start + at, sent.start + at + len(value), about, 0.6,
                      value=value)
            continue
        when, status = _trip_when(note, text, m.start())
        note.emit("trip", sent.start + m.start(), sent.start + m.end(), about, 0.7,
                  destination=value, when=when, status=status)


_TO_STUDY = re.compile(r"[^.;!?]{0,30}?\b(?:to read|for (?:uni|university|college|"
                       r"her degree|his degree|freshers)|to start (?:uni|university|college|"
                       r"her degree|his degree))\b", re.I)
