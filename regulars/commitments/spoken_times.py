"""Times people say in a callback ("4pm Thursday", "tomorrow at 10:30", "by noon on
Friday"), found in text and resolved against the moment they were said.

The callback-quality classifier asks this module where the specific times in a message
are, what each resolves to, and the words around each (negation, past tense, a
request to be called, opening hours), which decide whether the time is a promise.
See `regulars.commitments.callback_quality` for the rules of resolution.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo


def rx(pattern: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    return re.compile(pattern, flags)


# --- time components -------------------------------------------------------------------

_WEEKDAYS = {
    "monday": 0,
    "mon": 0,
    "tuesday": 1,
    "tues": 1,
    "tue": 1,
    "wednesday": 2,
    "weds": 2,
    "wed": 2,
    "thursday": 3,
    "thurs": 3,
    "thur": 3,
    "thu": 3,
    "friday": 4,
    "fri": 4,
    "saturday": 5,
    "sat": 5,
    "sunday": 6,
    "sun": 6,
}
_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH_NAMES = (
    r"(?:january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug|"
    r"september|sept|sep|october|oct|november|nov|december|dec)"
)
_WINDOWS = {  # part of day -> (start, end)
    "morning": (dt.time(9), dt.time(12)),
    "first thing": (dt.time(9), dt.time(10)),
    "lunchtime": (dt.time(12), dt.time(14)),
    "after lunch": (dt.time(13), dt.time(14)),
    "afternoon": (dt.time(14), dt.time(17)),
    "evening": (dt.time(18), dt.time(21)),
    "tonight": (dt.time(19), dt.time(22)),
    "end of day": (dt.time(17), dt.time(23, 59)),
    "end of week": (dt.time(17), dt.time(23, 59)),
}
_DAY_ONLY = (dt.time(17), dt.time(23, 59))  # "I'll call you Thursday": due by 17:00

_RE_DAY_WORD = rx(
    r"\b(?:(?P<dat>(?:the\s+)?day\s+after\s+(?:tomorrow|tmrw))|(?P<w>today|tonight|tonite|"
    r"tmrw|tmw|tmr|tomoz|tomorrow|tomorow|tommorow|tommorrow|2moro|2morrow|2mrw)|"
    r"(?P<y>yesterday))\b"
)
_RE_WEEKDAY = rx(
    r"\b(?:(?P<pre>this\s+coming|this|next|last|on|coming)\s+)?"
    r"(?P<wd>monday|tuesday|tues|tue|wednesday|weds|thursday|thurs|thur|thu|friday|fri|"
    r"saturday|sunday)\b\.?(?P<post>\s+(?:next\s+week|this\s+week|week)\b)?"
)
_RE_WEEKDAY_SHORT = [
    rx(
        r"\b(?P<pre>this|next|last|on)\s+(?P<wd>mon|wed|sat|sun)\b\.?"
        r"(?P<post>\s+(?:next\s+week|this\s+week|week)\b)?"
    ),
    rx(
        r"\b(?P<pre>)(?P<wd>Mon|Wed|Sat|Sun)\b\.?(?P<post>\s+(?:next\s+week|this\s+week|week)\b)?",
        0,
    ),
]
_RE_DATE_DM = rx(
    rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MONTH_NAMES})\b\.?"
    r"(?:,?\s+(?P<y>\d{4}))?"
)
_RE_DATE_MD = rx(
    rf"\b(?P<mon>{_MONTH_NAMES})\.?\s+(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b"
    r"(?!\s*(?:am|pm|a\.m|p\.m|:|\.\d))(?:,?\s+(?P<y>\d{4}))?"
)
_RE_DATE_DOM = rx(r"\bthe\s+(?P<d>\d{1,2})(?:st|nd|rd|th)\b")
_RE_DATE_NUM = rx(r"(?<![\d£$€./:])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?:/(?P<y>\d{4}|\d{2}))?(?![\d/])")
_RE_CLOCK = rx(
    r"(?<![\w£$€.:/,])(?P<h>\d{1,2})(?:(?P<sep>[:.])(?P<m>[0-5]\d))?"
    r"(?:\s*(?P<ampm>a\.?m\b\.?|p\.?m\b\.?|o'?clock\b))?(?P<ish>\s*ish\b)?"
)
_RE_CLOCK_WORDS = rx(
    r"\b(?:(?P<noon>(?:12\s*)?(?:noon|midday|mid-day))|"
    r"(?P<frac>half|quarter)\s+(?P<rel>past|to|after)\s+(?P<fh>\d{1,2})|"
    r"half\s+(?P<uk>\d{1,2}))\b(?!\s*(?:[:.]\d|kg|g\b|mile|litre|liter|dozen|price))"
)
_CLOCK_PREP = rx(
    r"(?:\bat|\bby|\baround|\babout|\bafter|\bbefore|\bfrom|\bsay|\bbetween|\bhow\s+about|"
    r"\bwhat\s+about|@)\s*(?:approx\.?\s*|roughly\s+|about\s+)?$"
)
_CLOCK_DAY_AFTER = rx(  # "7 tonight", "10 tomorrow", "9 in the morning"
    r"\s+(?:tonight|tonite|tomorrow|tmrw|2moro|in\s+the\s+(?:morning|afternoon|evening)|"
    r"this\s+(?:morning|afternoon|evening))\b"
)
_CLOCK_UNIT_AFTER = rx(
    r"\s*(?:%|x\b|/|weeks?\b|days?\b|hours?\b|hrs?\b|mins?\b|minutes?\b|months?\b|years?\b|"
    r"yrs?\b|people\b|persons?\b|guests?\b|items?\b|pairs?\b|quid\b|pounds?\b|dollars?\b|"
    r"euros?\b|miles?\b|times?\b|of\b|kg\b|ml\b|st\b|nd\b|rd\b|th\b|more\b|left\b|"
    r"in\s+stock\b|\d)"
)
_RE_PART = rx(
    r"\b(?P<this>this\s+)?(?P<p>morning|mornin|afternoon|arvo|evening|tonight|tonite|night|"
    r"lunchtime|lunch\s+time|first\s+thing|end\s+of\s+(?:the\s+)?day|eod|e\.o\.d|"
    r"close\s+of\s+(?:business|play|day)|cob|end\s+of\s+(?:the\s+)?week|eow)\b"
)
_RE_AT_LUNCH = rx(r"(?<=\bat\s)lunch\b|(?<=\bover\s)lunch\b")
_RE_AFTER_LUNCH = rx(r"\bafter\s+lunch\b")
_RE_DAY_AMPM = rx(r"\s+(am|pm|a\.m\.|p\.m\.)(?![\w.])")
_RE_DURATION = rx(
    r"\b(?:in|within)\s+(?P<n>\d{1,3}|an|one|two|three|four|five|ten|fifteen|twenty|thirty|"
    r"forty|forty-five|half\s+an|a\s+couple\s+of)\s*(?P<u>minutes|minute|mins|min|hours|hour|"
    r"hrs|hr)\b|\bwithin\s+(?:the|an)\s+(?P<hr>hour)\b"
)
_NUMBER_WORDS = {
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "ten": 10,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "forty-five": 45,
    "a couple of": 2,
}
_GAP = rx(
    r"^(?:\s|,|\(|\)|\bat\b|\bon\b|\bby\b|\bin\b|\bthe\b|\bthis\b|\bof\b|\baround\b|"
    r"\babout\b|\bfrom\b|-|–|@|\bish\b|\bsay\b)*$"
)
LEADING_BY = rx(r"\b(?:by|before|no\s+later\s+than|in\s+the)\s+$")
LEADING_PREP = rx(
    r"\b(?:by|before|no\s+later\s+than|in\s+the|at|around|about|after|from|say)\s+$"
)

# --- context around a time -------------------------------------------------------------

_CONTEXT_CHARS = 160  # how far back a time's clause is read; keeps long notes linear
_CLAUSE_BREAK = rx(r"[!?;\n,:]|\.(?=\s|$)|\bbut\b|\bhowever\b|\bthough\b|—|–|\s-\s")
_SENTENCE_BREAK = rx(r"[!?\n]|\.(?=\s|$)")
PAST_CONTEXT = rx(
    r"\b(?:you|u|he|she|they|i|we)\s+(?:(?:had|have|'ve|just|already)\s+)?(?:called|rang|"
    r"rung|phoned|tried|left|came|dropped|visited|popped|emailed|texted|messaged|spoke|missed|"
    r"were\s+in|was\s+in)\b"
    r"|\b(?:your|ur)\s+(?:call|message|msg|voicemail|vm|text|email)\b"
    r"|\b(?:earlier|was|were)\s+(?:at|on)?\s*$"
    r"|^\s*(?:(?:just|already)\s+)?(?:called|rang|phoned|tried|left|spoke|missed)\b"
)
PAST_AFTER = rx(r"^\s*(?:ago|earlier|yesterday|last\s+(?:week|night))\b")
NEGATION = rx(
    r"\b(?:can't|cant|cannot|can\s+not|couldn't|won't|wont|not|unable|isn't|aren't|no|"
    r"don't|dont|never|nothing|fully\s+booked|booked\s+up|closed|shut)\b(?!\s+later\s+than)"
)
REQUEST = rx(
    r"\b(?:call|ring|phone|text|bell|buzz|contact)\s+(?:me|us)\b"
    r"|\bgive\s+(?:me|us)\s+a\s+(?:ring|call|bell|buzz|shout)\b"
    r"|\b(?:please|pls|plz|can\s+you|could\s+you)\s+(?:call|ring|phone)\b"
    r"|^\s*(?:call|ring|phone)\s+(?:back|bk)\b"
)
LIMIT = rx(r"\b(?:until|till|til|'til|open|closes?|closing|shut|shuts)\s*(?:at\s+)?$")


# ---------------------------------------------------------------------------------------
# Time components and groups


@dataclass
class _Comp:
    kind: str  # "day", "date", "clock", "part", "dur"
    start: int
    end: int
    data: dict = field(default_factory=dict)


@dataclass
class _Group:
    comps: list[_Comp]

    @property
    def start(self) -> int:
        return self.comps[0].start

    @property
    def end(self) -> int:
        return self.comps[-1].end

    def get(self, kind: str) -> _Comp | None:
        return next((c for c in self.comps if c.kind == kind), None)


def _month_first(tz: ZoneInfo) -> bool:
    return str(getattr(tz, "key", "")).startswith("America/")


def components(text: str, tz: ZoneInfo) -> list[_Comp]:
    found: list[_Comp] = []
    for m in _RE_DURATION.finditer(text):
        if m.group("hr"):
            delta = dt.timedelta(hours=1)
        else:
            raw = re.sub(r"\s+", " ", m.group("n").lower())
            if raw == "half an":
                delta = dt.timedelta(minutes=30)
            else:
                n = int(raw) if raw.isdigit() else _NUMBER_WORDS[raw]
                unit = m.group("u").lower()
                if unit.startswith("h"):
                    delta = dt.timedelta(hours=n)
                elif n >= 5:
                    delta = dt.timedelta(minutes=n)
                else:  # "in 2 minutes" is no more specific than "in a minute"
                    continue
        found.append(_Comp("dur", m.start(), m.end(), {"delta": delta}))

    for m in _RE_DAY_WORD.finditer(text):
        if m.group("dat"):
            found.append(_Comp("day", m.start(), m.end(), {"type": "offset", "days": 2}))
        elif m.group("y"):
            found.append(_Comp("day", m.start(), m.end(), {"type": "past"}))
        else:
            w = m.group("w").lower()
            if w in ("today",):
                found.append(_Comp("day", m.start(), m.end(), {"type": "offset", "days": 0}))
            elif w in ("tonight", "tonite"):
                found.append(_Comp("day", m.start(), m.end(), {"type": "offset", "days": 0}))
                found.append(_Comp("part", m.end(), m.end(), {"p": "tonight", "this": True}))
            else:
                found.append(_Comp("day", m.start(), m.end(), {"type": "offset", "days": 1}))

    for rx in (_RE_WEEKDAY, *_RE_WEEKDAY_SHORT):
        for m in rx.finditer(text):
            pre = re.sub(r"\s+", " ", (m.group("pre") or "").lower())
            post = re.sub(r"\s+", " ", (m.group("post") or "").strip().lower())
            mode = "bare"
            if pre == "last":
                mode = "past"
            elif pre == "next" or post == "next week":
                mode = "next"
            elif post == "week":
                mode = "week"
            data = {"type": "weekday", "wd": _WEEKDAYS[m.group("wd").lower()], "mode": mode}
            found.append(_Comp("day", m.start(), m.end(), data))

    for c in list(found):
        ap = _RE_DAY_AMPM.match(text, c.end) if c.kind == "day" else None
        if ap:
            p = "morning" if ap.group(1).lower().startswith("a") else "afternoon"
            found.append(_Comp("part", ap.start(1), ap.end(), {"p": p, "this": False}))

    for rx in (_RE_DATE_DM, _RE_DATE_MD):
        for m in rx.finditer(text):
            mon = m.group("mon")
            if rx is _RE_DATE_MD and mon.lower() == "may" and mon != "May":
                continue  # "you may 2..." — the verb, not the month
            data = {
                "type": "date",
                "day": int(m.group("d")),
                "month": _MONTHS[mon.lower()[:3]],
                "year": int(m.group("y")) if m.group("y") else None,
            }
            found.append(_Comp("date", m.start(), m.end(), data))
    for m in _RE_DATE_DOM.finditer(text):
        found.append(_Comp("date", m.start(), m.end(), {"type": "dom", "day": int(m.group("d"))}))
    for m in _RE_DATE_NUM.finditer(text):
        a, b = int(m.group("a")), int(m.group("b"))
        if (a, b) == (24, 7):
            continue
        if a > 12 and b <= 12:
            day, month, how = a, b, "day-first"
        elif b > 12 and a <= 12:
            day, month, how = b, a, "month-first"
        elif _month_first(tz):
            day, month, how = b, a, "month-first"
        else:
            day, month, how = a, b, "day-first"
        if not (1 <= month <= 12 and 1 <= day <= 31):
            continue
        year = m.group("y")
        if year is not None:
            year = int(year) + (2000 if len(year) == 2 else 0)
        data = {"type": "date", "day": day, "month": month, "year": year, "reading": how}
        found.append(_Comp("date", m.start(), m.end(), data))

    for m in _RE_CLOCK.finditer(text):
        h = int(m.group("h"))
        minute = int(m.group("m")) if m.group("m") else 0
        sep, ampm = m.group("sep"), (m.group("ampm") or "").lower().replace(".", "")
        prep = _CLOCK_PREP.search(text[max(0, m.start() - 20) : m.start()])
        if ampm in ("am", "pm"):
            if not 1 <= h <= 12:
                continue
        elif ampm.startswith("o"):
            if not 1 <= h <= 12:
                continue
            ampm = ""
        elif sep == ":":
            if h > 23:
                continue
        elif (
            (prep or m.group("ish") or _CLOCK_DAY_AFTER.match(text, m.end()))
            and 0 < h <= 23
            and not _CLOCK_UNIT_AFTER.match(text, m.end())
        ):
            pass
        else:
            continue
        h24 = ampm == "" and (h >= 13 or (sep == ":" and m.group("h").startswith("0")))
        found.append(
            _Comp("clock", m.start(), m.end(), {"h": h, "m": minute, "ampm": ampm, "h24": h24})
        )
    for m in _RE_CLOCK_WORDS.finditer(text):
        if m.group("noon"):
            data = {"h": 12, "m": 0, "ampm": "pm", "h24": False}
        elif m.group("uk"):
            data = {"h": int(m.group("uk")), "m": 30, "ampm": "", "h24": False}
        else:
            h = int(m.group("fh"))
            mins = 30 if m.group("frac").lower() == "half" else 15
            if m.group("rel").lower() == "to":
                h, mins = (h - 1) % 12 or 12, 60 - mins
            data = {"h": h, "m": mins, "ampm": "", "h24": False}
        if not 1 <= data["h"] <= 12:
            continue
        found.append(_Comp("clock", m.start(), m.end(), data))

    for m in _RE_PART.finditer(text):
        p = re.sub(r"\s+", " ", m.group("p").lower()).replace(".", "")
        p = {
            "mornin": "morning",
            "arvo": "afternoon",
            "tonite": "tonight",
            "night": "tonight",
            "lunch time": "lunchtime",
            "eod": "end of day",
            "end of the day": "end of day",
            "close of business": "end of day",
            "close of play": "end of day",
            "close of day": "end of day",
            "cob": "end of day",
            "eow": "end of week",
            "end of the week": "end of week",
        }.get(p, p)
        if p == "tonight" and m.group("this"):
            p = "evening"  # "this evening"/"this night" → the evening window
        found.append(_Comp("part", m.start(), m.end(), {"p": p, "this": bool(m.group("this"))}))
    for m in _RE_AT_LUNCH.finditer(text):
        found.append(_Comp("part", m.start(), m.end(), {"p": "lunchtime", "this": False}))
    for m in _RE_AFTER_LUNCH.finditer(text):
        found.append(_Comp("part", m.start(), m.end(), {"p": "after lunch", "this": False}))

    # Longest match wins where two readings overlap; zero-width helpers ride along.
    found.sort(key=lambda c: (c.start, -(c.end - c.start)))
    kept: list[_Comp] = []
    for c in found:
        if c.start == c.end:
            kept.append(c)
            continue
        if any(k.start < c.end and c.start < k.end for k in kept if k.start != k.end):
            continue
        kept.append(c)
    kept.sort(key=lambda c: (c.start, c.end))
    return kept


def groups(text: str, comps: list[_Comp]) -> list[_Group]:
    groups: list[_Group] = []
    for c in comps:
        if groups:
            g = groups[-1]
            kinds = {x.kind for x in g.comps}
            if (
                c.kind not in kinds
                and "dur" not in kinds
                and c.kind != "dur"
                and _GAP.match(text[g.end : c.start] if c.start >= g.end else "")
            ):
                g.comps.append(c)
                continue
        groups.append(_Group([c]))
    return groups


def _hour(clock: dict, part: str | None) -> int:
    h, ampm = clock["h"], clock["ampm"]
    if ampm == "pm":
        return h if h == 12 else h + 12
    if ampm == "am":
        return 0 if h == 12 else h
    if clock["h24"]:
        return h
    if part in ("afternoon", "evening", "tonight") and h < 12:
        return h + 12
    if part in ("morning", "first thing"):
        return h
    return h + 12 if 1 <= h <= 7 else h


def _date_for(data: dict, today: dt.date) -> dt.date | None:
    if data["type"] == "dom":
        year, month = today.year, today.month
        for _ in range(3):
            try:
                candidate = dt.date(year, month, data["day"])
            except ValueError:
                candidate = None
            if candidate and candidate >= today:
                return candidate
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return None
    try:
        if data["year"] is not None:
            return dt.date(data["year"], data["month"], data["day"])
        candidate = dt.date(today.year, data["month"], data["day"])
        if candidate < today:
            candidate = dt.date(today.year + 1, data["month"], data["day"])
        return candidate
    except ValueError:
        return None


def resolve(g: _Group, now: dt.datetime) -> tuple[dt.datetime | None, str]:
    """Return (when, status) where status is "ok", "past" or "passed"."""
    tz = now.tzinfo
    today = now.date()
    dur = g.get("dur")
    if dur:
        when = now + dur.data["delta"]
        return when.replace(second=0, microsecond=0), "ok"

    clock, part, day, date = g.get("clock"), g.get("part"), g.get("day"), g.get("date")
    p = part.data["p"] if part else None
    if clock:
        start = end = dt.time(_hour(clock.data, p), clock.data["m"])
    elif p:
        start, end = _WINDOWS[p]
    else:
        start, end = _DAY_ONLY

    fixed_today = False
    if date:
        d = _date_for(date.data, today)
        if d is None:
            return None, "past"
        if d < today:
            return None, "past"
        candidates = [d]
        fixed_today = d == today
    elif day:
        data = day.data
        if data["type"] == "past" or data.get("mode") == "past":
            return None, "past"
        if data["type"] == "offset":
            candidates = [today + dt.timedelta(days=data["days"])]
            fixed_today = data["days"] == 0
        else:
            ahead = (data["wd"] - today.weekday()) % 7
            coming = today + dt.timedelta(days=ahead)
            if data["mode"] == "next":
                monday = today - dt.timedelta(days=today.weekday()) + dt.timedelta(days=7)
                candidates = [monday + dt.timedelta(days=data["wd"])]
            elif data["mode"] == "week":
                candidates = [coming + dt.timedelta(days=7)]
            else:
                candidates = [coming, coming + dt.timedelta(days=7)]
    elif p == "end of week":
        ahead = (4 - today.weekday()) % 7
        friday = today + dt.timedelta(days=ahead)
        candidates = [friday, friday + dt.timedelta(days=7)]
    elif p == "end of day" or (part and part.data["this"]):
        candidates = [today]
        fixed_today = True
    else:
        candidates = [today, today + dt.timedelta(days=1)]

    for d in candidates:
        when = dt.datetime.combine(d, start, tzinfo=tz)
        if when > now:
            return when, "ok"
    last = candidates[-1]
    if fixed_today and not clock:
        when = dt.datetime.combine(last, end, tzinfo=tz)
        if when > now:
            return when, "ok"
    return dt.datetime.combine(last, start, tzinfo=tz), "passed"


def clause_before(text: str, pos: int) -> str:
    cut = max(0, pos - _CONTEXT_CHARS)
    for m in _CLAUSE_BREAK.finditer(text, cut, pos):
        cut = m.end()
    return text[cut:pos]


def sentence_before(text: str, pos: int) -> str:
    cut = max(0, pos - _CONTEXT_CHARS)
    for m in _SENTENCE_BREAK.finditer(text, cut, pos):
        cut = m.end()
    return text[cut:pos]


def quote(s: str) -> str:
    return '"' + re.sub(r"\s+", " ", s.strip()) + '"'


