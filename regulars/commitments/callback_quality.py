"""Does a returned call carry value? A small, explainable rule-based classifier.

"Return calls within 24 hours — with value." When staff close a callback they record
the message they left or gave. This module judges that message: it carries value when
it holds at least one of

* an **answer** — information responding to the customer ("your car is ready",
  "the blue size 8 is in stock", "the repair will cost £240", "we don't stock that");
* a **specific time** — a promise that becomes a commitment due then ("I'll ring you
  at 4pm Thursday", "we can see you tomorrow at 10:30", "by noon on Friday");
* a **resource** — a link, email address, phone number, a named person to contact,
  or something sent or attached ("I've emailed you the price list").

Phone tag ("returning your call", "tag, you're it", "call me back") and vague times
("soon", "later", "sometime next week") carry nothing, so they leave the callback open.
A no-value phrase does not spoil real content: "Returning your call — your car is
ready, £240" carries value.

The module is plain Python (no Django) and deterministic: a fixed set of regular
expressions compiled once at import, and word lists. It never calls dateparser —
every form it understands is handled here, so results do not drift with a library's
locale data.

Time rules (``now`` is converted to ``tz``; results are aware datetimes in ``tz``):

* Clock times: ``4pm``, ``4 pm``, ``4:30 pm``, ``4.30pm``, ``16:00``, ``noon``,
  ``midday``, ``half past 4``, ``quarter to 5``, ``half 4`` (UK: 4:30), ``4 o'clock``.
  A bare number counts only after ``at``/``by``/``around``/``about``/``after``/
  ``before``/``from``/``say``/``how about``: ``at 3``. Without am/pm, hours 1-7 are
  read as afternoon (business hours: "at 3" is 15:00), 8-11 as morning, and a part of
  day overrides ("7 in the morning", "8 tonight"). ``4:30`` is 16:30; ``09:00`` and
  ``16:00`` are 24-hour.
* Days: ``today``, ``tonight``, ``tomorrow`` (and tmrw/tmr/tomoz/2moro), ``the day
  after tomorrow``, weekday names (and thurs/tues/weds/fri; mon/wed/sat/sun only when
  capitalised or after on/this/next, since they are also English words).
  A bare weekday is the first such day whose time is still ahead of ``now`` (on a
  Wednesday morning "Wednesday 4pm" is today; "Wednesday 9am" is next week).
  ``next Thursday`` is the Thursday of next calendar week (weeks start Monday);
  ``Thursday week`` is a week after the coming Thursday.
* Dates: ``12 March``, ``12th of March``, ``March 12``, ``the 21st`` (next such day
  of the month), ``3/12``. Without a year a date is the next one on or after today.
  Numeric dates are ambiguous: they are read day-first (3/12 = 3 December) unless the
  time zone is in the Americas (``America/...``: month-first, 3/12 = 12 March), or
  only one reading is valid (25/12, 12/25). The reason text says which reading was
  used.
* Parts of day: morning 09:00 (window to 12:00), first thing 09:00, lunchtime 12:00,
  afternoon 14:00 (to 17:00), evening 18:00 (to 21:00), tonight 19:00 (to 22:00).
  ``end of day``/``close of business``/``EOD`` is 17:00 today. ``end of the week`` is
  Friday 17:00. A part of day alone counts only as ``this afternoon``, ``in the
  morning``, ``by/before ...`` — "Morning Sue!" is a greeting, not a time.
* A day with no hour ("I'll call you Thursday") is due by 17:00 that day.
* With no day, a time is today if still ahead, else tomorrow ("at 9" at 10:15 is
  09:00 tomorrow; "in the morning" at 10:15 is tomorrow morning).
* A time fixed to today that has already passed ("today at 9am" at 10:15, "this
  morning" at 15:00) is not a promise. If only the start of a window has passed it
  is due at the window's end ("this afternoon" at 15:00 → 17:00; "end of day" or
  "today" after 17:00 → 23:59).
* Durations: ``in 20 minutes``, ``in half an hour``, ``in an hour``, ``within the
  hour``, ``in 2 hours`` → ``now`` plus that, to the minute.
* Not promises: times in a negated clause ("I can't do Thursday"), past events ("you
  called at 3pm", "last Tuesday", "yesterday"), requests for the customer to call
  ("call me back at 4"), and limits ("we're open until 6pm"). Clauses are split at
  punctuation, "but" and "however".
* Several promises: ``promised_at`` is the earliest, when the first commitment falls due.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

__all__ = ["ANSWER", "TIME", "RESOURCE", "Assessment", "assess", "describe"]

ANSWER = "answer"
TIME = "time"
RESOURCE = "resource"
_KIND_ORDER = (ANSWER, TIME, RESOURCE)

NO_VALUE_SUMMARY = (
    "Flagged: this message carries no answer, time or resource — the callback stays open."
)


@dataclass(frozen=True)
class Assessment:
    """The verdict on one callback message, with the evidence for it."""

    has_value: bool
    kinds: tuple[str, ...] = ()
    reasons: tuple[str, ...] = ()
    promised_at: dt.datetime | None = None
    promised_text: str = ""


def _rx(pattern: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    return re.compile(pattern, flags)


# ---------------------------------------------------------------------------------------
# Word lists and patterns (compiled once)

_APOSTROPHES = {ord("\u2019"): "'", ord("\u2018"): "'", ord("`"): "'", ord("\u02bc"): "'"}

_NO_VALUE = [
    _rx(
        r"\b(?:just\s+)?(?:return(?:ing|ed)?|ret'?d|retd|rtn'?d|retn'?d|returnin)\s+"
        r"(?:your|ur|yr|the|ya)\s+(?:call|calls|msg|message|voicemail|vm|text)\b"
    ),
    _rx(r"\btag,?\s+(?:you're|your|youre|ur|you\s+are|u\s+r)\s+it\b"),
    _rx(r"\b(?:just\s+)?tagging\s+(?:you\s+|u\s+)?back\b"),
    _rx(r"\bsorry\s+(?:i\s+|we\s+)?missed\s+(?:you|ya|u|your\s+call|ur\s+call)\b"),
    _rx(r"\bmissed\s+(?:your|ur)\s+call\b"),
    _rx(r"\b(?:call|ring|phone|bell|text)\s+(?:me|us)\s+(?:back|bk)\b"),
    _rx(r"\b(?:please\s+|pls\s+|plz\s+)?call\s+(?:back|bk)\b"),
    _rx(r"\bgive\s+(?:me|us)\s+a\s+(?:ring|call|bell|buzz|shout)\b"),
    _rx(r"\bgot\s+(?:your|ur|yr)\s+(?:voicemail|voice\s+mail|message|msg|vm|missed\s+call|text)\b"),
    _rx(r"\b(?:trying|tried)\s+to\s+(?:reach|get\s+hold\s+of|call|catch|get)\s+(?:you|ya|u)\b"),
    _rx(r"\b(?:just\s+)?(?:calling|ringing|phoning)\s+(?:you\s+|u\s+)?(?:back|bk)\b"),
    _rx(r"\bcall\s+(?:me|us)\s+when(?:ever)?\s+(?:you|u)\s+(?:can|get\s+a\s+(?:chance|sec))\b"),
    _rx(r"\blet\s+(?:me|us)\s+know\s+when\s+(?:you're|you\s+are|ur)\s+free\b"),
    _rx(
        r"\b(?:i'll|i\s+will|we'll|we\s+will)\s+(?:get\s+back\s+to\s+you|look\s+into\s+it|"
        r"find\s+out|check|let\s+you\s+know|be\s+in\s+touch)\b"
    ),
]

_VAGUE_TIME = _rx(
    r"\b(?:soon|shortly|later(?:\s+on)?|at\s+some\s+point|some\s*time(?:\s+next\s+week)?|"
    r"in\s+a\s+(?:bit|while|min|minute|sec|second|few\s+(?:minutes|mins|days))|"
    r"in\s+due\s+course|when\s+(?:i|we)\s+(?:can|get\s+a\s+chance)|asap|"
    r"as\s+soon\s+as\s+(?:i|we)\s+(?:can|know|hear)|as\s+soon\s+as\s+possible|"
    r"(?:early\s+|later\s+)?next\s+week|this\s+week|(?:at|over)\s+the\s+weekend|"
    r"this\s+weekend|in\s+the\s+next\s+few\s+days|in\s+a\s+day\s+or\s+two|"
    r"when\s+it\s+comes\s+in|before\s+long|one\s+of\s+these\s+days)\b"
)

_ANSWER_PATTERNS = [
    # done / ready / arrived
    _rx(
        r"(?:\bis|\bare|'s|'re)\s+(?:now\s+|all\s+)?(?:ready|done|finished|fixed|sorted|"
        r"repaired|back)\b"
    ),
    _rx(r"\bready\s+(?:to|for)\s+(?:pick|collect|collection|pickup|pick-up)"),
    _rx(
        r"\b(?:has|have)\s+(?:now\s+|just\s+)?(?:arrived|come\s+in|come\s+back|been\s+"
        r"(?:fixed|repaired|sorted|done|delivered|dispatched|shipped|approved|ordered))\b"
    ),
    _rx(r"\b(?:arrived|delivered|dispatched|shipped)\b"),
    # stock
    _rx(
        r"\b(?:back\s+)?in\s+stock\b|\bout\s+of\s+stock\b|\bsold\s+out\b|\bdiscontinued\b|"
        r"\bno\s+longer\s+(?:make|made|stock|sell|do|available)\b"
    ),
    _rx(r"(?:\bis|\bare|'s)\s+(?:now\s+)?in\b(?!\s+(?:touch|contact|a\s+meeting|with|surgery))"),
    # prices
    _rx(
        r"[£$€]\s?\d[\d,]*(?:\.\d{1,2})?|\b\d[\d,]*(?:\.\d{2})?\s?(?:quid|pounds|dollars|"
        r"euros|gbp|usd|eur)\b"
    ),
    _rx(
        r"\b(?:costs?|will\s+cost|comes?\s+to|came\s+to|priced\s+at|the\s+price\s+is|"
        r"(?:charge|total|fee)\s+is)\b"
    ),
    # we can / can't
    _rx(
        r"\b(?:we|i)\s+(?:can|could|can't|cant|cannot|can\s+not|couldn't)\s+(?:fit|see|do|get|"
        r"order|book|take|squeeze|offer|match|repair|fix|make|manage|source|supply|deliver|"
        r"collect|honou?r|refund|replace|exchange|help)\b"
        r"(?!\s+(?:you\s+)?(?:called|rang|phoned|tried|left))"
    ),
    _rx(
        r"\bwe\s+(?:don't|dont|do\s+not|no\s+longer)\s+(?:stock|sell|carry|do|offer|accept|"
        r"take|have|open|deal)\b"
    ),
    _rx(r"\bwe\s+(?:stock|sell|carry|offer|accept)\b"),
    _rx(r"\bwe(?:'ve|\s+have)\s+got\b(?!\s+(?:your|ur)\s+(?:message|msg|voicemail|vm|call))"),
    _rx(
        r"\b(?:we're|we\s+are|we'll\s+be|we\s+will\s+be)\s+(?:not\s+)?(?:open|closed|shut|"
        r"fully\s+booked|booked\s+up)\b"
    ),
    _rx(
        r"\b(?:fully\s+booked|booked\s+up|no\s+availability|a\s+(?:free\s+)?(?:slot|gap|"
        r"cancellation))\b"
    ),
    # bookings
    _rx(
        r"\b(?:booked|pencilled|penciled|put|got|fitted|squeezed|slotted)\s+(?:you|u|him|her|"
        r"them|it)\s+in\b"
    ),
    _rx(r"\b(?:you're|youre|you\s+are)\s+(?:all\s+)?(?:booked|confirmed|set)\b"),
    _rx(r"\b(?:confirmed|cancelled|canceled|rescheduled)\b"),
    # diagnosis / results
    _rx(r"\bthe\s+(?:problem|issue|fault|cause|leak|noise)\s+(?:was|is)\b"),
    _rx(r"\b(?:fixed|repaired|replaced|resolved|sorted\s+(?:it|out))\b"),
    _rx(
        r"\b(?:results?|tests?|bloods|scans?|x-?rays?|swabs?|biopsy)\s+(?:are|is|came|"
        r"have\s+come|has\s+come)\s+(?:back|in|clear|normal|fine|negative|positive)\b"
    ),
    _rx(r"\ball\s+clear\b|\bnothing\s+(?:wrong|serious|to\s+worry\s+about)\b"),
    _rx(
        r"\b(?:passed|failed)\s+(?:its|the|her|his|their)\s+(?:mot|inspection|service|test|"
        r"check)\b"
    ),
    # how long / what it needs
    _rx(
        r"\b(?:it'll|it\s+will|that'll|that\s+will|it\s+should|should|it\s+would)\s+"
        r"(?:take|be\s+ready|be\s+done|cost|need)\b"
    ),
    _rx(r"\btakes?\s+(?:about\s+|around\s+)?\d+\s*(?:min|minute|hour|hr|day|week)s?\b"),
    _rx(
        r"\b(?:that's|thats|that\s+is|that'll\s+be|it's|its)\s+(?:fine|no\s+problem|ok|okay|"
        r"not\s+a\s+problem|covered|included|under\s+warranty|free)\b|\bthat\s+works\b"
    ),
    _rx(r"\b(?:is|are)\s+(?:fine|ok|okay|no\s+problem|perfect|free|booked)\b"),
    _rx(
        r"\byou\s+(?:can|could)\s+(?:pick|collect|come|bring|drop|pop|book|use|park|get|have|"
        r"claim|return|exchange)\b"
    ),
    _rx(
        r"\byou\s+(?:don't\s+|do\s+not\s+|won't\s+|will\s+)?need\b"
        r"(?!\s+to\s+(?:call|ring|phone|text|get\s+back))"
    ),
    _rx(r"\b(?:we|i)\s+(?:would\s+|'d\s+)?(?:recommend|suggest|advise)\b"),
    _rx(r"\b(?:is|are|isn't|aren't|not)\s+(?:currently\s+)?(?:available|unavailable)\b"),
]

# "Yes, ..." / "No, ..." at the start of a sentence, followed by some content.
_YES_NO = _rx(
    r"(?:^|[.!?\n]\s*|^\s*(?:hi|hello|hiya|hey)\b[^.!?\n]{0,25}?[,!.]\s*)"
    r"(?P<word>yes|yep|yeah|yup|no|nope)\b(?![\s,]+(?:problem|worries|bother|rush|hurry|later|sooner|need))"
    r"[\s,!:;\-—–]*(?P<rest>[^.!?\n]*)"
)

_URL = _rx(
    r"\bhttps?://\S+|\bwww\.\S+|"
    r"\b[a-z0-9][a-z0-9-]*\.(?:com|co\.uk|org\.uk|org|net|io|uk|ie|shop|au|ca|info|biz)"
    r"(?:/\S*)?(?![\w.])"
)
_EMAIL = _rx(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_PHONE = _rx(r"(?<![\w£$€.:/@])\+?\(?\d[\d\s().-]{5,}\d(?![\w/:])")
_ISO_DATE = _rx(r"^\d{4}-\d{2}-\d{2}$")
_GIVEN = _rx(
    r"(?<!you\s)(?<!\bu\s)\b(?:sent|emailed|e-mailed|texted|messaged|forwarded|whatsapped|"
    r"posted)\s+(?:you|u|it|them|over|through|across|the|a|an|our|your)\b"
    r"|\b(?:attached|attachment|enclosed|please\s+find|pls\s+find)\b"
    r"|\bhere(?:'s|s|\s+is|\s+are)\s+(?:the|a|an|our|your|my)\s+(?:link|number|quote|quotation|"
    r"estimate|price\s*list|prices|brochure|menu|form|details|invoice|receipt|leaflet|map|"
    r"directions|address|website|booking)"
    r"|\b(?:on|at)\s+our\s+(?:website|site|booking\s+page|facebook|instagram)\b"
)
_CONTACT = _rx(
    r"\b(?i:call|ring|phone|contact|ask\s+for|speak\s+(?:to|with)|talk\s+to|email|text)\s+"
    r"(?P<name>(?:(?:Dr|Mr|Mrs|Ms|Miss)\.?\s+)?[A-Z][a-z]+)",
    0,
)
_CONTACT_ROLE = _rx(
    r"\b(?:ask\s+for|speak\s+(?:to|with)|talk\s+to|contact)\s+(?:our|the)\s+"
    r"(?:service\s+|practice\s+|store\s+|shop\s+|salon\s+)?"
    r"(?:manager|receptionist|head\s+stylist|senior\s+stylist|nurse|vet|pharmacist|"
    r"mechanic|technician|owner|accounts\s+team)\b"
)
_NOT_NAMES = frozenset(
    "Me Us You Back The Our Him Her Them It This That Monday Tuesday Wednesday Thursday "
    "Friday Saturday Sunday Today Tomorrow Tonight Reception Soon Later Please Again Anytime "
    "Any When Thanks Later".split()
)
_FUTURE_SEND = _rx(
    r"\b(?:i'll|i\s+will|we'll|we\s+will|i'm\s+going\s+to|we're\s+going\s+to|gonna|will)\s+"
    r"(?:send|email|e-mail|text|forward|post|whatsapp|drop)\b[^.!?,;]*"
)

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

_RE_DAY_WORD = _rx(
    r"\b(?:(?P<dat>(?:the\s+)?day\s+after\s+(?:tomorrow|tmrw))|(?P<w>today|tonight|tonite|"
    r"tmrw|tmw|tmr|tomoz|tomorrow|tomorow|tommorow|tommorrow|2moro|2morrow|2mrw)|"
    r"(?P<y>yesterday))\b"
)
_RE_WEEKDAY = _rx(
    r"\b(?:(?P<pre>this\s+coming|this|next|last|on|coming)\s+)?"
    r"(?P<wd>monday|tuesday|tues|tue|wednesday|weds|thursday|thurs|thur|thu|friday|fri|"
    r"saturday|sunday)\b\.?(?P<post>\s+(?:next\s+week|this\s+week|week)\b)?"
)
_RE_WEEKDAY_SHORT = [
    _rx(
        r"\b(?P<pre>this|next|last|on)\s+(?P<wd>mon|wed|sat|sun)\b\.?"
        r"(?P<post>\s+(?:next\s+week|this\s+week|week)\b)?"
    ),
    _rx(
        r"\b(?P<pre>)(?P<wd>Mon|Wed|Sat|Sun)\b\.?(?P<post>\s+(?:next\s+week|this\s+week|week)\b)?",
        0,
    ),
]
_RE_DATE_DM = _rx(
    rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MONTH_NAMES})\b\.?"
    r"(?:,?\s+(?P<y>\d{4}))?"
)
_RE_DATE_MD = _rx(
    rf"\b(?P<mon>{_MONTH_NAMES})\.?\s+(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b"
    r"(?!\s*(?:am|pm|a\.m|p\.m|:|\.\d))(?:,?\s+(?P<y>\d{4}))?"
)
_RE_DATE_DOM = _rx(r"\bthe\s+(?P<d>\d{1,2})(?:st|nd|rd|th)\b")
_RE_DATE_NUM = _rx(r"(?<![\d£$€./:])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?:/(?P<y>\d{4}|\d{2}))?(?![\d/])")
_RE_CLOCK = _rx(
    r"(?<![\w£$€.:/,])(?P<h>\d{1,2})(?:(?P<sep>[:.])(?P<m>[0-5]\d))?"
    r"(?:\s*(?P<ampm>a\.?m\b\.?|p\.?m\b\.?|o'?clock\b))?(?P<ish>\s*ish\b)?"
)
_RE_CLOCK_WORDS = _rx(
    r"\b(?:(?P<noon>(?:12\s*)?(?:noon|midday|mid-day))|"
    r"(?P<frac>half|quarter)\s+(?P<rel>past|to|after)\s+(?P<fh>\d{1,2})|"
    r"half\s+(?P<uk>\d{1,2}))\b(?!\s*(?:[:.]\d|kg|g\b|mile|litre|liter|dozen|price))"
)
_CLOCK_PREP = _rx(
    r"(?:\bat|\bby|\baround|\babout|\bafter|\bbefore|\bfrom|\bsay|\bbetween|\bhow\s+about|"
    r"\bwhat\s+about|@)\s*(?:approx\.?\s*|roughly\s+|about\s+)?$"
)
_CLOCK_DAY_AFTER = _rx(  # "7 tonight", "10 tomorrow", "9 in the morning"
    r"\s+(?:tonight|tonite|tomorrow|tmrw|2moro|in\s+the\s+(?:morning|afternoon|evening)|"
    r"this\s+(?:morning|afternoon|evening))\b"
)
_CLOCK_UNIT_AFTER = _rx(
    r"\s*(?:%|x\b|/|weeks?\b|days?\b|hours?\b|hrs?\b|mins?\b|minutes?\b|months?\b|years?\b|"
    r"yrs?\b|people\b|persons?\b|guests?\b|items?\b|pairs?\b|quid\b|pounds?\b|dollars?\b|"
    r"euros?\b|miles?\b|times?\b|of\b|kg\b|ml\b|st\b|nd\b|rd\b|th\b|more\b|left\b|"
    r"in\s+stock\b|\d)"
)
_RE_PART = _rx(
    r"\b(?P<this>this\s+)?(?P<p>morning|mornin|afternoon|arvo|evening|tonight|tonite|night|"
    r"lunchtime|lunch\s+time|first\s+thing|end\s+of\s+(?:the\s+)?day|eod|e\.o\.d|"
    r"close\s+of\s+(?:business|play|day)|cob|end\s+of\s+(?:the\s+)?week|eow)\b"
)
_RE_AT_LUNCH = _rx(r"(?<=\bat\s)lunch\b|(?<=\bover\s)lunch\b")
_RE_AFTER_LUNCH = _rx(r"\bafter\s+lunch\b")
_RE_DAY_AMPM = _rx(r"\s+(am|pm|a\.m\.|p\.m\.)(?![\w.])")
_RE_DURATION = _rx(
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
_GAP = _rx(
    r"^(?:\s|,|\(|\)|\bat\b|\bon\b|\bby\b|\bin\b|\bthe\b|\bthis\b|\bof\b|\baround\b|"
    r"\babout\b|\bfrom\b|-|–|@|\bish\b|\bsay\b)*$"
)
_LEADING_BY = _rx(r"\b(?:by|before|no\s+later\s+than|in\s+the)\s+$")
_LEADING_PREP = _rx(
    r"\b(?:by|before|no\s+later\s+than|in\s+the|at|around|about|after|from|say)\s+$"
)

# --- context around a time -------------------------------------------------------------

_CONTEXT_CHARS = 160  # how far back a time's clause is read; keeps long notes linear
_CLAUSE_BREAK = _rx(r"[!?;\n,:]|\.(?=\s|$)|\bbut\b|\bhowever\b|\bthough\b|—|–|\s-\s")
_SENTENCE_BREAK = _rx(r"[!?\n]|\.(?=\s|$)")
_PAST_CONTEXT = _rx(
    r"\b(?:you|u|he|she|they|i|we)\s+(?:(?:had|have|'ve|just|already)\s+)?(?:called|rang|"
    r"rung|phoned|tried|left|came|dropped|visited|popped|emailed|texted|messaged|spoke|missed|"
    r"were\s+in|was\s+in)\b"
    r"|\b(?:your|ur)\s+(?:call|message|msg|voicemail|vm|text|email)\b"
    r"|\b(?:earlier|was|were)\s+(?:at|on)?\s*$"
    r"|^\s*(?:(?:just|already)\s+)?(?:called|rang|phoned|tried|left|spoke|missed)\b"
)
_PAST_AFTER = _rx(r"^\s*(?:ago|earlier|yesterday|last\s+(?:week|night))\b")
_NEGATION = _rx(
    r"\b(?:can't|cant|cannot|can\s+not|couldn't|won't|wont|not|unable|isn't|aren't|no|"
    r"don't|dont|never|nothing|fully\s+booked|booked\s+up|closed|shut)\b(?!\s+later\s+than)"
)
_REQUEST = _rx(
    r"\b(?:call|ring|phone|text|bell|buzz|contact)\s+(?:me|us)\b"
    r"|\bgive\s+(?:me|us)\s+a\s+(?:ring|call|bell|buzz|shout)\b"
    r"|\b(?:please|pls|plz|can\s+you|could\s+you)\s+(?:call|ring|phone)\b"
    r"|^\s*(?:call|ring|phone)\s+(?:back|bk)\b"
)
_LIMIT = _rx(r"\b(?:until|till|til|'til|open|closes?|closing|shut|shuts)\s*(?:at\s+)?$")


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


def _components(text: str, tz: ZoneInfo) -> list[_Comp]:
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


def _groups(text: str, comps: list[_Comp]) -> list[_Group]:
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


def _resolve(g: _Group, now: dt.datetime) -> tuple[dt.datetime | None, str]:
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


def _clause_before(text: str, pos: int) -> str:
    cut = max(0, pos - _CONTEXT_CHARS)
    for m in _CLAUSE_BREAK.finditer(text, cut, pos):
        cut = m.end()
    return text[cut:pos]


def _sentence_before(text: str, pos: int) -> str:
    cut = max(0, pos - _CONTEXT_CHARS)
    for m in _SENTENCE_BREAK.finditer(text, cut, pos):
        cut = m.end()
    return text[cut:pos]


def _quote(s: str) -> str:
    return '"' + re.sub(r"\s+", " ", s.strip()) + '"'


# ---------------------------------------------------------------------------------------
# Public API


def assess(text: str, *, now: dt.datetime, tz: ZoneInfo) -> Assessment:
    """Judge whether a callback outcome message carries an answer, a time or a resource.

    ``now`` is when the message was recorded (a naive ``now`` is taken to be in ``tz``);
    ``promised_at`` is an aware datetime in ``tz``. See the module docstring for the rules.

    >>> from zoneinfo import ZoneInfo
    >>> import datetime as dt
    >>> london = ZoneInfo("Europe/London")
    >>> now = dt.datetime(2026, 11, 18, 10, 15, tzinfo=london)  # a Wednesday
    >>> a = assess("Returning your call, tag you're it!", now=now, tz=london)
    >>> a.has_value, a.kinds
    (False, ())
    >>> a.reasons[0]
    'no value: "Returning your call" says nothing new'
    >>> a = assess("I'll ring you at 4pm Thursday with the quote", now=now, tz=london)
    >>> a.kinds, a.promised_text, a.promised_at.isoformat()
    (('time',), '4pm Thursday', '2026-11-19T16:00:00+00:00')
    >>> assess("Returning your call - your car is ready, £240", now=now, tz=london).kinds
    ('answer',)
    >>> assess("Here's the link to book: https://book.example.com", now=now, tz=london).kinds
    ('resource',)
    >>> assess("I'll call you back soon", now=now, tz=london).reasons
    ('vague time: "soon" is not a specific time',)
    >>> assess("   ", now=now, tz=london).reasons
    ('no message',)
    """
    if now.tzinfo is None:
        now = now.replace(tzinfo=tz)
    now = now.astimezone(tz)
    if not text or not text.strip():
        return Assessment(False, (), ("no message",), None, "")
    t = text.translate(_APOSTROPHES)  # same length as text, so spans map back

    value_reasons: list[str] = []
    notes: list[str] = []
    kinds: set[str] = set()

    no_value_spans: list[tuple[int, int]] = []
    no_value_reasons: list[str] = []
    for rx in _NO_VALUE:
        for m in rx.finditer(t):
            no_value_spans.append(m.span())
            no_value_reasons.append(
                f"no value: {_quote(text[m.start() : m.end()])} says nothing new"
            )

    def in_no_value(start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in no_value_spans)

    # --- answers
    seen: set[tuple[int, int]] = set()
    for rx in _ANSWER_PATTERNS:
        for m in rx.finditer(t):
            if in_no_value(*m.span()) or any(s < m.end() and m.start() < e for s, e in seen):
                continue
            seen.add(m.span())
            kinds.add(ANSWER)
            value_reasons.append(f"answer: {_quote(text[m.start() : m.end()])}")
    for m in _YES_NO.finditer(t):
        rest = m.group("rest")
        for rx in _NO_VALUE:
            rest = rx.sub(" ", rest)
        if len(re.findall(r"[a-z0-9£$€]+", rest, re.IGNORECASE)) >= 2:
            kinds.add(ANSWER)
            value_reasons.append(f"answer: {_quote(text[m.start('word') : m.end('rest')])}")

    # --- resources
    resource_spans: list[tuple[int, int]] = []

    def add_resource(label: str, start: int, end: int) -> None:
        if any(s < end and start < e for s, e in resource_spans):
            return
        resource_spans.append((start, end))
        kinds.add(RESOURCE)
        value_reasons.append(f"resource: {label} {_quote(text[start:end].rstrip('.,;:!?)'))}")

    for m in _EMAIL.finditer(t):
        add_resource("email", *m.span())
    for m in _URL.finditer(t):
        add_resource("link", *m.span())
    for m in _PHONE.finditer(t):
        digits = re.sub(r"\D", "", m.group())
        span = m.group().strip()
        if len(digits) < 7 or _ISO_DATE.match(span):
            continue
        if _REQUEST.search(_clause_before(t, m.start())):
            notes.append(
                f"not a resource: {_quote(span)} is only a number to call back — phone tag"
            )
            continue
        add_resource("phone number", m.start(), m.end())
    for m in _CONTACT.finditer(t):
        if m.group("name").split()[-1] in _NOT_NAMES:
            continue
        add_resource("someone to contact", *m.span())
    for m in _CONTACT_ROLE.finditer(t):
        add_resource("someone to contact", *m.span())
    for m in _GIVEN.finditer(t):
        add_resource("sent/attached", *m.span())
    if RESOURCE not in kinds:
        for m in _FUTURE_SEND.finditer(t):
            notes.append(
                f"promised, not given: {_quote(text[m.start() : m.end()])}"
                " — a resource counts once it is sent"
            )
            break

    # --- times
    promises: list[tuple[dt.datetime, str]] = []
    for g in _groups(t, _components(t, tz)):
        start, end = g.start, g.end
        first = g.comps[0]
        bare = (
            first.kind == "clock"
            and not first.data.get("ampm")
            and ":" not in t[first.start : first.end]
        )
        lead = (_LEADING_PREP if bare else _LEADING_BY).search(t, max(0, start - 20), start)
        if lead:
            start = lead.start()
        words = text[start:end].strip().rstrip(",;:!?")
        if words.endswith(".") and not words.lower().endswith(("a.m.", "p.m.")):
            words = words[:-1]
        label = _quote(words)
        kinds_in = {c.kind for c in g.comps}
        if kinds_in == {"part"}:
            part = g.comps[0]
            before = t[max(0, part.start - 12) : part.start]
            explicit = (
                part.data["this"]
                or part.data["p"]
                in (
                    "tonight",
                    "end of day",
                    "end of week",
                    "first thing",
                    "after lunch",
                )
                or re.search(r"\b(?:in\s+the|by|before|until|till|at)\s+$", before, re.I)
            )
            if not explicit:
                continue  # "Morning Sue!", "have a good evening"
            if _sentence_before(t, part.start).strip().lower() in ("", "good", "hi", "hello"):
                if not part.data["this"]:
                    continue
        clause = _clause_before(t, g.start)
        if _PAST_CONTEXT.search(clause) or _PAST_AFTER.match(t, g.end):
            notes.append(f"not a promise: {label} is in the past")
            continue
        neg = _NEGATION.search(clause)
        if neg:
            notes.append(f"not a promise: {label} is negated ({_quote(neg.group())})")
            continue
        if _REQUEST.search(clause):
            notes.append(f"not a promise: {label} asks the customer to call — phone tag")
            continue
        if _LIMIT.search(clause):
            notes.append(f"not a promise: {label} is a limit (opening hours), not a promise")
            continue
        when, status = _resolve(g, now)
        if status == "past" or when is None:
            notes.append(f"not a promise: {label} is in the past")
            continue
        if status == "passed":
            notes.append(f"not a promise: {label} has already passed")
            continue
        date = g.get("date")
        reading = ""
        if date and date.data.get("reading"):
            reading = f" (read {date.data['reading']}: {when.day} {when:%B})"
        value_reasons.append(f"specific time: {label}{reading}")
        promises.append((when, words))
        kinds.add(TIME)

    if TIME not in kinds:
        for m in _VAGUE_TIME.finditer(t):
            if in_no_value(*m.span()):
                continue
            notes.append(f"vague time: {_quote(text[m.start() : m.end()])} is not a specific time")

    promised_at, promised_text = min(promises, key=lambda p: p[0]) if promises else (None, "")
    has_value = bool(kinds)
    reasons = value_reasons + notes + no_value_reasons
    if (
        not has_value
        and not no_value_reasons
        and not any(r.startswith(("vague", "not a", "promised")) for r in notes)
    ):
        reasons.append("no value: no answer, specific time or resource found")
    return Assessment(
        has_value=has_value,
        kinds=tuple(k for k in _KIND_ORDER if k in kinds),
        reasons=tuple(dict.fromkeys(reasons)),
        promised_at=promised_at,
        promised_text=promised_text,
    )


def describe(assessment: Assessment) -> str:
    """Summarise an assessment in one line for staff.

    >>> describe(Assessment(False, (), ("no message",)))
    'Flagged: no message was recorded — the callback stays open.'
    >>> describe(Assessment(False, (), ('no value: "tag" says nothing new',)))
    'Flagged: this message carries no answer, time or resource — the callback stays open.'
    >>> import datetime as dt
    >>> from zoneinfo import ZoneInfo
    >>> when = dt.datetime(2026, 11, 19, 16, 0, tzinfo=ZoneInfo("Europe/London"))
    >>> describe(Assessment(True, ("answer", "time"), (), when, "4pm Thursday"))
    'Carries value: answer; specific time Thursday 19 Nov 16:00'
    """
    if not assessment.has_value:
        if assessment.reasons == ("no message",):
            return "Flagged: no message was recorded — the callback stays open."
        return NO_VALUE_SUMMARY
    parts = []
    for kind in assessment.kinds:
        if kind == TIME and assessment.promised_at is not None:
            w = assessment.promised_at
            parts.append(f"specific time {w:%A} {w.day} {w:%b} {w:%H:%M}")
        elif kind == TIME:
            parts.append("specific time")
        else:
            parts.append(kind)
    return "Carries value: " + "; ".join(parts)
