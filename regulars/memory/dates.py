"""Find date expressions in a sentence and resolve them against the note's date.

A fast path of regular expressions covers the forms notes use ("12 March", "Sept",
"next Tuesday", "last week", "on the 5th", "1–8 Oct"); dateparser (slow) is only
asked about the rare explicit form the fast path cannot read.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import NamedTuple

from .text import lower, word_start

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}
WEEKDAYS = {
    "mon": 0, "monday": 0, "tue": 1, "tues": 1, "tuesday": 1, "wed": 2, "weds": 2,
    "wednesday": 2, "thu": 3, "thur": 3, "thurs": 3, "thursday": 3, "fri": 4, "friday": 4,
    "sat": 5, "saturday": 5, "sun": 6, "sunday": 6,
}
_MON = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|" \
       r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_WD = r"(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?"
_YEAR = r"(?:,?\s+(?P<y>20\d\d))?"
_NUM = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "a": 1, "a couple of": 2}

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [(k, re.compile(p)) for k, p in [
    ("month_ny", r"\b(?:in\s+)?(?P<m>" + _MON + r")(?![a-z])\s+next\s+(?:yr|year)\b"),
    ("iso", r"\b(?P<y>20\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"),
    ("dmy_num", r"\b(?P<d>[0-3]?\d)/(?P<m>[01]?\d)/(?P<y>20\d\d|\d\d)\b"),
    ("d_m", r"\b(?:the\s+)?(?P<d>" + _DAY + r")(?:\s*[–-]\s*" + _DAY + r")?(?:\s+of)?\s+(?P<m>"
     + _MON + r")(?![a-z])" + _YEAR),
    ("m_d", r"\b(?P<m>" + _MON + r")\s+(?P<d>" + _DAY + r")(?![\d:])" + _YEAR),
    ("rel_wd", r"\b(?:(?P<r>next|this|last|on|coming|by|from|starting|until|till|before|"
     r"after)\s+)?(?P<w>" + _WD + r")\b"),
    ("xmas", r"\b(?:(?P<r>next|last|this|at|over|for|by|before|after|until|till)\s+)?"
     r"(?:christmas|xmas)\b"),
    ("month_end", r"\b(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(?P<r>next\s+)?month\b"),
    ("rel_unit", r"\b(?P<r>next|last|this)\s+(?P<u>week|month|year|yr|weekend)\b"),
    ("in_n", r"\bin\s+(?P<n>\d+|one|two|three|four|five|six|a|a couple of)\s+"
     r"(?P<u>days?|weeks?|wks?|months?|fortnights?)\b"),
    ("ago", r"\b(?P<n>\d+|one|two|three|four|five|six|a|a couple of)\s+(?P<u>days?|weeks?|"
     r"months?)\s+ago\b"),
    ("day_word", r"\b(?P<w>yesterday|today|tonight|tomorrow|last night|this morning|"
     r"this afternoon|at the weekend|this weekend|over the weekend)\b"),
    ("the_nth", r"\b(?:on|before|by|for|from)\s+the\s+(?P<d>" + _DAY + r")\b(?!\s+of)"),
    ("month", r"\b(?:(?P<r>next|last|this|in|since|from|by|until|end\s+of|early|mid|late)\s+)?"
     r"(?:-)?(?P<m>" + _MON + r")(?![a-z])" + _YEAR),
    ("season", r"\b(?P<r>next|last|this|in\s+the)\s+(?P<s>summer|winter|spring|autumn|fall)\b"),
]]
# Words one of which each pattern needs, checked with `in` before the pattern runs.
_NEEDS: dict[str, tuple[str, ...]] = {
    "month_ny": ("next",), "iso": ("-",), "dmy_num": ("/",), "rel_unit": ("next", "last", "this"),
    "in_n": ("in",), "ago": ("ago",), "the_nth": ("the",),
    "day_word": ("yesterday", "today", "tonight", "tomorrow", "night", "morning", "afternoon",
                 "weekend"),
    "season": ("summer", "winter", "spring", "autumn", "fall"),
    "xmas": ("christmas", "xmas"), "month_end": ("end",),
}
# The unit words one of which a count of time ("days?|weeks?|wks?|months?") or a relative
# unit ("next week", "June next year") needs.
_UNITS: dict[str, tuple[str, ...]] = {"in_n": ("day", "week", "wk", "month", "fortnight"),
                                      "ago": ("day", "week", "month"),
                                      "rel_unit": ("week", "month", "year", "yr"),
                                      "month_ny": ("year", "yr")}
# Whether a month or weekday word stands in text, as \b<_MON>(?![a-z]) and \b<_WD>\b would
# say, written to open with a letter so the regex engine skips to candidate characters.
_MONTH_WORD = re.compile(word_start(
    ["jan(?:uary)?", "feb(?:ruary)?", "mar(?:ch)?", "apr(?:il)?", "may", "june?", "july?",
     "aug(?:ust)?", "sept?(?:ember)?", "oct(?:ober)?", "nov(?:ember)?", "dec(?:ember)?"])
    + r"\.?(?![a-z])")
_WEEKDAY_WORD = re.compile(word_start(
    ["mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun"])
    + r"(?:day|nesday|sday|rsday|urday)?\b")
_BY_MONTH = ("month_ny", "d_m", "m_d", "month")
_BY_DIGIT = ("iso", "dmy_num", "d_m", "m_d", "the_nth")  # patterns that need a digit
# Each pattern with what it takes: (kind, pattern, needs a month word, needs a digit, words
# one of which it needs or None, unit words one of which it needs or None).
_PLAN = tuple((kind, pat, kind in _BY_MONTH, kind in _BY_DIGIT, _NEEDS.get(kind),
               _UNITS.get(kind)) for kind, pat in _PATTERNS)


class DateMention(NamedTuple):
    """A date found in text: its span, the resolved value and whether it lies ahead."""

    start: int
    end: int
    value: str | None  # ISO date, YYYY-MM, or None when only the direction is known
    future: bool | None  # True after the note's date, False before, None unknown
    day: int | None = None  # day and month, kept for yearly dates (--MM-DD)
    month: int | None = None


_HINT = re.compile(r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|"
                   r"fri|sat|sun|yesterday|today|tonight|tomorrow|week|month|year|yr|night|"
                   r"morning|afternoon|summer|winter|spring|autumn|fall|at the weekend)")
# Whether a sentence may hold a date, as _HINT.search would say: a digit, or one of its
# words at a word start (written to open with a letter, so the regex engine skips to
# candidate characters; (?<!\wj) after the "j" is the \b before it).
_DIGIT = re.compile(r"\d")
_HINT_WORD = re.compile(r"j(?<!\wj)(?:an|un|ul)|f(?<!\wf)(?:eb|ri|all)|"
                        r"m(?<!\wm)(?:ar|ay|on|orning)|"
                        r"a(?<!\wa)(?:pr|ug|fternoon|utumn|t the weekend)|"
                        r"s(?<!\ws)(?:ep|at|un|ummer|pring)|o(?<!\wo)ct|n(?<!\wn)(?:ov|ight)|"
                        r"d(?<!\wd)ec|t(?<!\wt)(?:ue|hu|oday|onight|omorrow)|"
                        r"w(?<!\ww)(?:ed|eek|inter)|y(?<!\wy)(?:esterday|ear|r)|"
                        r"c(?<!\wc)hristmas|x(?<!\wx)mas|f(?<!\wf)ortnight|e(?<!\we)nd of")


# A sentence telling what happened ("had surgery on Monday") or what is to come.
_TOLD_AFTER = re.compile(r"\b(?:had|was|were|did|went|died|passed|got|came|broke|fell|left|"
                         r"started|finished|arrived|happened|lost|saw|took|gave|said)\b", re.I)
_AHEAD = re.compile(r"\b(?:will|'ll|going to|booked|booking|next|coming|due|can we|could we|"
                    r"can i|could i|please)\b", re.I)


@lru_cache(maxsize=256)
def find_dates(text: str, ref: dt.date) -> tuple[DateMention, ...]:
    """Return date mentions in text, resolved against ref, leftmost and non-overlapping."""
    low = lower(text)  # the patterns are matched in lower case (re.I is much slower)
    digit = _DIGIT.search(low) is not None
    if not digit and _HINT_WORD.search(low) is None:  # _HINT.search(low)
        return ()
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    month = _MONTH_WORD.search(low) is not None
    for kind, pat, by_month, by_digit, need, units in _PLAN:
        if by_month and not month or by_digit and not digit or \
                kind == "rel_wd" and not _WEEKDAY_WORD.search(low):
            continue
        if need:
            for w in need:
                if w in low:
                    break
            else:
                continue
        if units and not any(u in low for u in units):
            continue
        for m in pat.finditer(low):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            dm = _resolve(kind, m, ref, text)
            if dm is not None:
                found.append(dm)
                taken.append((m.start(), m.end()))
    return tuple(sorted(found, key=lambda d: d.start))


def _month_of(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")[:4] if word.lower().startswith("sept") else
                  word.lower().rstrip(".")[:3]]


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _add_months(d: dt.date, n: int) -> tuple[int, int]:
    k = d.year * 12 + d.month - 1 + n
    return k // 12, k % 12 + 1


_RX_RESOLVE_1 = re.compile(r"\d+")
_RX_RESOLVE_2 = re.compile(r"\d+")


def _resolve(kind: str, m: re.Match[str], ref: dt.date, text: str) -> DateMention | None:
    """Turn one regex match (in lower-cased text) into a DateMention, or None when it is not
    a usable date."""
    g = m.groupdict()
    s, e = m.start(), m.end()
    if kind in ("iso", "dmy_num", "d_m", "m_d"):
        month = int(g["m"]) if g["m"].isdigit() else _month_of(g["m"])
        day = int(_RX_RESOLVE_1.match(g["d"]).group())
        year = g.get("y")
        if year:
            y = int(year) + (2000 if len(year) == 2 else 0)
            d = _safe_date(y, month, day)
        else:
            # A bare day and month is the nearest such date: within ~4 months back counts as
            # past (notes look back at recent events), otherwise it is the coming one.
            d = _safe_date(ref.year, month, day)
            if d and (ref - d).days > 183:
                d = _safe_date(ref.year + 1, month, day)
            elif d and (d - ref).days > 300:
                d = _safe_date(ref.year - 1, month, day)
        if d is None:
            return None
        return DateMention(s, e, d.isoformat(), _dir(d, ref), day, month)
    if kind == "rel_wd":
        r = (g["r"] or "").lower()
        w = g["w"].lower()
        if not r and (text[m.start("w")].islower() or text[m.start("w") - 1:m.start("w")]
                      in ("'", "’")):
            return None  # a bare weekday counts written as a name: "christening Sunday"
        wd = WEEKDAYS[w[:4] if w[:4] in WEEKDAYS else w[:3]]
        if r == "last" or r in ("on", "") and _TOLD_AFTER.search(text) and \
                not _AHEAD.search(text):  # "had surgery on Monday": the Monday gone
            delta = (ref.weekday() - wd) % 7 or 7
            d = ref - dt.timedelta(days=delta)
        else:
            delta = (wd - ref.weekday()) % 7 or 7
            d = ref + dt.timedelta(days=delta)
        return DateMention(s, e, d.isoformat(), d > ref, d.day, d.month)
    if kind == "rel_unit":
        r, u = g["r"].lower(), g["u"].lower()
        step = {"next": 1, "last": -1, "this": 0}[r]
        if u in ("week", "weekend"):
            d = ref + dt.timedelta(days=7 * step)
            return DateMention(s, e, f"{d.year:04d}-{d.month:02d}" if step else None,
                               None if step == 0 else step > 0)
        if u == "month":
            y, mo = _add_months(ref, step)
            return DateMention(s, e, f"{y:04d}-{mo:02d}", None if step == 0 else step > 0)
        return DateMention(s, e, None, None if step == 0 else step > 0)
    if kind in ("in_n", "ago"):
        n = _NUM.get(g["n"].lower()) or int(g["n"]) if not g["n"].isdigit() else int(g["n"])
        sign = 1 if kind == "in_n" else -1
        unit = g["u"].lower()
        if unit.startswith("month"):
            y, mo = _add_months(ref, sign * n)
            return DateMention(s, e, f"{y:04d}-{mo:02d}", sign > 0)
        days = n * (14 if unit.startswith("f") else 7 if unit.startswith("w") else 1) * sign
        d = ref + dt.timedelta(days=days)
        val = d.isoformat() if unit.startswith("d") else f"{d.year:04d}-{d.month:02d}"
        return DateMention(s, e, val, sign > 0)
    if kind == "xmas":
        r = (g.get("r") or "").lower()
        past_it = ref.month == 12 and ref.day > 26  # this year's is over
        y = ref.year - 1 if r == "last" and not past_it else ref.year + 1 if past_it and \
            r != "last" else ref.year
        return DateMention(s, e, f"{y:04d}-12", r != "last" and (y, 12) > (ref.year, ref.month)
                           or None if r != "last" else False, None, 12)
    if kind == "month_end":
        y, mo = _add_months(ref, 1 if g.get("r") else 0)
        return DateMention(s, e, f"{y:04d}-{mo:02d}", True)
    if kind == "day_word":
        w = g["w"].lower()
        off = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(w, 0)
        if "weekend" in w:
            return DateMention(s, e, f"{ref.year:04d}-{ref.month:02d}",
                               False if w != "this weekend" else True)
        d = ref + dt.timedelta(days=off)
        return DateMention(s, e, d.isoformat(), off > 0 if off else None, d.day, d.month)
    if kind == "the_nth":
        day = int(_RX_RESOLVE_2.match(g["d"]).group())
        y, mo = (ref.year, ref.month) if day > ref.day else _add_months(ref, 1)
        d = _safe_date(y, mo, day)
        return DateMention(s, e, d.isoformat(), True, day, mo) if d else None
    if kind == "month_ny":
        mo = _month_of(g["m"])
        return DateMention(s, e, f"{ref.year + 1:04d}-{mo:02d}", True, None, mo)
    if kind == "month":
        word = g["m"]
        if text[m.start("m")].islower() and word.rstrip(".") in ("may", "mar", "march", "jan",
                                                               "sat", "sun"):
            return None  # "may" the verb, "march" the verb
        r = (g.get("r") or "").lower()
        if word.lower().rstrip(".") == "may" and not r and not g.get("y"):
            return None
        mo = _month_of(word)
        if g.get("y"):
            y = int(g["y"])
        elif r == "next":
            y = ref.year if mo > ref.month else ref.year + 1
        elif r == "last":
            y = ref.year if mo < ref.month else ref.year - 1
        else:
            y = None
        if y is None:
            return DateMention(s, e, None, None, None, mo)
        return DateMention(s, e, f"{y:04d}-{mo:02d}", _dir_month(y, mo, ref), None, mo)
    if kind == "season":
        r = g["r"].lower()
        return DateMention(s, e, None, {"next": True, "last": False}.get(r))
    return None


def _dir(d: dt.date, ref: dt.date) -> bool | None:
    return None if d == ref else d > ref


def _dir_month(y: int, mo: int, ref: dt.date) -> bool | None:
    if (y, mo) == (ref.year, ref.month):
        return None
    return (y, mo) > (ref.year, ref.month)


def month_value(dm: DateMention, ref: dt.date, future: bool | None) -> str | None:
    """Give a bare month ("in June") a year: the coming one for plans, the last for news."""
    if dm.value is not None or dm.month is None:
        return dm.value
    mo = dm.month
    if future is False:
        y = ref.year if mo <= ref.month else ref.year - 1
    else:
        y = ref.year if mo >= ref.month else ref.year + 1
    return f"{y:04d}-{mo:02d}"


def yearly(dm: DateMention) -> str | None:
    """Return the --MM-DD form of a date with a day, for birthdays and anniversaries."""
    if dm.day and dm.month:
        return f"--{dm.month:02d}-{dm.day:02d}"
    return None


def parse_note_date(value: object) -> dt.date:
    """Read the note's ISO date; raise ValueError with a clear message otherwise."""
    if not isinstance(value, str):
        raise ValueError("date must be an ISO date string (YYYY-MM-DD)")
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        pass
    import dateparser  # slow import, only for unusual spellings of the note date

    parsed = dateparser.parse(value, settings={"DATE_ORDER": "DMY", "STRICT_PARSING": True})
    if parsed is None:
        raise ValueError(f"unparseable date: {value[:40]!r}")
    return parsed.date()
