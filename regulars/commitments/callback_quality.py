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
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from regulars.commitments import spoken_times as times

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


# ---------------------------------------------------------------------------------------
# Word lists and patterns (compiled once)

_APOSTROPHES = {ord("\u2019"): "'", ord("\u2018"): "'", ord("`"): "'", ord("\u02bc"): "'"}

_NO_VALUE = [
    times.rx(
        r"\b(?:just\s+)?(?:return(?:ing|ed)?|ret'?d|retd|rtn'?d|retn'?d|returnin)\s+"
        r"(?:your|ur|yr|the|ya)\s+(?:call|calls|msg|message|voicemail|vm|text)\b"
    ),
    times.rx(r"\btag,?\s+(?:you're|your|youre|ur|you\s+are|u\s+r)\s+it\b"),
    times.rx(r"\b(?:just\s+)?tagging\s+(?:you\s+|u\s+)?back\b"),
    times.rx(r"\bsorry\s+(?:i\s+|we\s+)?missed\s+(?:you|ya|u|your\s+call|ur\s+call)\b"),
    times.rx(r"\bmissed\s+(?:your|ur)\s+call\b"),
    times.rx(r"\b(?:call|ring|phone|bell|text)\s+(?:me|us)\s+(?:back|bk)\b"),
    times.rx(r"\b(?:please\s+|pls\s+|plz\s+)?call\s+(?:back|bk)\b"),
    times.rx(r"\bgive\s+(?:me|us)\s+a\s+(?:ring|call|bell|buzz|shout)\b"),
    times.rx(r"\bgot\s+(?:your|ur|yr)\s+(?:voicemail|voice\s+mail|message|msg|vm|missed\s+call|text)\b"),
    times.rx(r"\b(?:trying|tried)\s+to\s+(?:reach|get\s+hold\s+of|call|catch|get)\s+(?:you|ya|u)\b"),
    times.rx(r"\b(?:just\s+)?(?:calling|ringing|phoning)\s+(?:you\s+|u\s+)?(?:back|bk)\b"),
    times.rx(r"\bcall\s+(?:me|us)\s+when(?:ever)?\s+(?:you|u)\s+(?:can|get\s+a\s+(?:chance|sec))\b"),
    times.rx(r"\blet\s+(?:me|us)\s+know\s+when\s+(?:you're|you\s+are|ur)\s+free\b"),
    times.rx(
        r"\b(?:i'll|i\s+will|we'll|we\s+will)\s+(?:get\s+back\s+to\s+you|look\s+into\s+it|"
        r"find\s+out|check|let\s+you\s+know|be\s+in\s+touch)\b"
    ),
]

_VAGUE_TIME = times.rx(
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
    times.rx(
        r"(?:\bis|\bare|'s|'re)\s+(?:now\s+|all\s+)?(?:ready|done|finished|fixed|sorted|"
        r"repaired|back)\b"
    ),
    times.rx(r"\bready\s+(?:to|for)\s+(?:pick|collect|collection|pickup|pick-up)"),
    times.rx(
        r"\b(?:has|have)\s+(?:now\s+|just\s+)?(?:arrived|come\s+in|come\s+back|been\s+"
        r"(?:fixed|repaired|sorted|done|delivered|dispatched|shipped|approved|ordered))\b"
    ),
    times.rx(r"\b(?:arrived|delivered|dispatched|shipped)\b"),
    # stock
    times.rx(
        r"\b(?:back\s+)?in\s+stock\b|\bout\s+of\s+stock\b|\bsold\s+out\b|\bdiscontinued\b|"
        r"\bno\s+longer\s+(?:make|made|stock|sell|do|available)\b"
    ),
    times.rx(r"(?:\bis|\bare|'s)\s+(?:now\s+)?in\b(?!\s+(?:touch|contact|a\s+meeting|with|surgery))"),
    # prices
    times.rx(
        r"[£$€]\s?\d[\d,]*(?:\.\d{1,2})?|\b\d[\d,]*(?:\.\d{2})?\s?(?:quid|pounds|dollars|"
        r"euros|gbp|usd|eur)\b"
    ),
    times.rx(
        r"\b(?:costs?|will\s+cost|comes?\s+to|came\s+to|priced\s+at|the\s+price\s+is|"
        r"(?:charge|total|fee)\s+is)\b"
    ),
    # we can / can't
    times.rx(
        r"\b(?:we|i)\s+(?:can|could|can't|cant|cannot|can\s+not|couldn't)\s+(?:fit|see|do|get|"
        r"order|book|take|squeeze|offer|match|repair|fix|make|manage|source|supply|deliver|"
        r"collect|honou?r|refund|replace|exchange|help)\b"
        r"(?!\s+(?:you\s+)?(?:called|rang|phoned|tried|left))"
    ),
    times.rx(
        r"\bwe\s+(?:don't|dont|do\s+not|no\s+longer)\s+(?:stock|sell|carry|do|offer|accept|"
        r"take|have|open|deal)\b"
    ),
    times.rx(r"\bwe\s+(?:stock|sell|carry|offer|accept)\b"),
    times.rx(r"\bwe(?:'ve|\s+have)\s+got\b(?!\s+(?:your|ur)\s+(?:message|msg|voicemail|vm|call))"),
    times.rx(
        r"\b(?:we're|we\s+are|we'll\s+be|we\s+will\s+be)\s+(?:not\s+)?(?:open|closed|shut|"
        r"fully\s+booked|booked\s+up)\b"
    ),
    times.rx(
        r"\b(?:fully\s+booked|booked\s+up|no\s+availability|a\s+(?:free\s+)?(?:slot|gap|"
        r"cancellation))\b"
    ),
    # bookings
    times.rx(
        r"\b(?:booked|pencilled|penciled|put|got|fitted|squeezed|slotted)\s+(?:you|u|him|her|"
        r"them|it)\s+in\b"
    ),
    times.rx(r"\b(?:you're|youre|you\s+are)\s+(?:all\s+)?(?:booked|confirmed|set)\b"),
    times.rx(r"\b(?:confirmed|cancelled|canceled|rescheduled)\b"),
    # diagnosis / results
    times.rx(r"\bthe\s+(?:problem|issue|fault|cause|leak|noise)\s+(?:was|is)\b"),
    times.rx(r"\b(?:fixed|repaired|replaced|resolved|sorted\s+(?:it|out))\b"),
    times.rx(
        r"\b(?:results?|tests?|bloods|scans?|x-?rays?|swabs?|biopsy)\s+(?:are|is|came|"
        r"have\s+come|has\s+come)\s+(?:back|in|clear|normal|fine|negative|positive)\b"
    ),
    times.rx(r"\ball\s+clear\b|\bnothing\s+(?:wrong|serious|to\s+worry\s+about)\b"),
    times.rx(
        r"\b(?:passed|failed)\s+(?:its|the|her|his|their)\s+(?:mot|inspection|service|test|"
        r"check)\b"
    ),
    # how long / what it needs
    times.rx(
        r"\b(?:it'll|it\s+will|that'll|that\s+will|it\s+should|should|it\s+would)\s+"
        r"(?:take|be\s+ready|be\s+done|cost|need)\b"
    ),
    times.rx(r"\btakes?\s+(?:about\s+|around\s+)?\d+\s*(?:min|minute|hour|hr|day|week)s?\b"),
    times.rx(
        r"\b(?:that's|thats|that\s+is|that'll\s+be|it's|its)\s+(?:fine|no\s+problem|ok|okay|"
        r"not\s+a\s+problem|covered|included|under\s+warranty|free)\b|\bthat\s+works\b"
    ),
    times.rx(r"\b(?:is|are)\s+(?:fine|ok|okay|no\s+problem|perfect|free|booked)\b"),
    times.rx(
        r"\byou\s+(?:can|could)\s+(?:pick|collect|come|bring|drop|pop|book|use|park|get|have|"
        r"claim|return|exchange)\b"
    ),
    times.rx(
        r"\byou\s+(?:don't\s+|do\s+not\s+|won't\s+|will\s+)?need\b"
        r"(?!\s+to\s+(?:call|ring|phone|text|get\s+back))"
    ),
    times.rx(r"\b(?:we|i)\s+(?:would\s+|'d\s+)?(?:recommend|suggest|advise)\b"),
    times.rx(r"\b(?:is|are|isn't|aren't|not)\s+(?:currently\s+)?(?:available|unavailable)\b"),
]

# "Yes, ..." / "No, ..." at the start of a sentence, followed by some content.
_YES_NO = times.rx(
    r"(?:^|[.!?\n]\s*|^\s*(?:hi|hello|hiya|hey)\b[^.!?\n]{0,25}?[,!.]\s*)"
    r"(?P<word>yes|yep|yeah|yup|no|nope)\b(?![\s,]+(?:problem|worries|bother|rush|hurry|later|sooner|need))"
    r"[\s,!:;\-—–]*(?P<rest>[^.!?\n]*)"
)

_URL = times.rx(
    r"\bhttps?://\S+|\bwww\.\S+|"
    r"\b[a-z0-9][a-z0-9-]*\.(?:com|co\.uk|org\.uk|org|net|io|uk|ie|shop|au|ca|info|biz)"
    r"(?:/\S*)?(?![\w.])"
)
_EMAIL = times.rx(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_PHONE = times.rx(r"(?<![\w£$€.:/@])\+?\(?\d[\d\s().-]{5,}\d(?![\w/:])")
_ISO_DATE = times.rx(r"^\d{4}-\d{2}-\d{2}$")
_GIVEN = times.rx(
    r"(?<!you\s)(?<!\bu\s)\b(?:sent|emailed|e-mailed|texted|messaged|forwarded|whatsapped|"
    r"posted)\s+(?:you|u|it|them|over|through|across|the|a|an|our|your)\b"
    r"|\b(?:attached|attachment|enclosed|please\s+find|pls\s+find)\b"
    r"|\bhere(?:'s|s|\s+is|\s+are)\s+(?:the|a|an|our|your|my)\s+(?:link|number|quote|quotation|"
    r"estimate|price\s*list|prices|brochure|menu|form|details|invoice|receipt|leaflet|map|"
    r"directions|address|website|booking)"
    r"|\b(?:on|at)\s+our\s+(?:website|site|booking\s+page|facebook|instagram)\b"
)
_CONTACT = times.rx(
    r"\b(?i:call|ring|phone|contact|ask\s+for|speak\s+(?:to|with)|talk\s+to|email|text)\s+"
    r"(?P<name>(?:(?:Dr|Mr|Mrs|Ms|Miss)\.?\s+)?[A-Z][a-z]+)",
    0,
)
_CONTACT_ROLE = times.rx(
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
_FUTURE_SEND = times.rx(
    r"\b(?:i'll|i\s+will|we'll|we\s+will|i'm\s+going\s+to|we're\s+going\s+to|gonna|will)\s+"
    r"(?:send|email|e-mail|text|forward|post|whatsapp|drop)\b[^.!?,;]*"
)

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
                f"no value: {times.quote(text[m.start() : m.end()])} says nothing new"
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
            value_reasons.append(f"answer: {times.quote(text[m.start() : m.end()])}")
    for m in _YES_NO.finditer(t):
        rest = m.group("rest")
        for rx in _NO_VALUE:
            rest = rx.sub(" ", rest)
        if len(re.findall(r"[a-z0-9£$€]+", rest, re.IGNORECASE)) >= 2:
            kinds.add(ANSWER)
            value_reasons.append(f"answer: {times.quote(text[m.start('word') : m.end('rest')])}")

    # --- resources
    resource_spans: list[tuple[int, int]] = []

    def add_resource(label: str, start: int, end: int) -> None:
        if any(s < end and start < e for s, e in resource_spans):
            return
        resource_spans.append((start, end))
        kinds.add(RESOURCE)
        value_reasons.append(f"resource: {label} {times.quote(text[start:end].rstrip('.,;:!?)'))}")

    for m in _EMAIL.finditer(t):
        add_resource("email", *m.span())
    for m in _URL.finditer(t):
        add_resource("link", *m.span())
    for m in _PHONE.finditer(t):
        digits = re.sub(r"\D", "", m.group())
        span = m.group().strip()
        if len(digits) < 7 or _ISO_DATE.match(span):
            continue
        if times.REQUEST.search(times.clause_before(t, m.start())):
            notes.append(
                f"not a resource: {times.quote(span)} is only a number to call back — phone tag"
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
                f"promised, not given: {times.quote(text[m.start() : m.end()])}"
                " — a resource counts once it is sent"
            )
            break

    # --- times
    promises: list[tuple[dt.datetime, str]] = []
    for g in times.groups(t, times.components(t, tz)):
        start, end = g.start, g.end
        first = g.comps[0]
        bare = (
            first.kind == "clock"
            and not first.data.get("ampm")
            and ":" not in t[first.start : first.end]
        )
        leading = times.LEADING_PREP if bare else times.LEADING_BY
        lead = leading.search(t, max(0, start - 20), start)
        if lead:
            start = lead.start()
        words = text[start:end].strip().rstrip(",;:!?")
        if words.endswith(".") and not words.lower().endswith(("a.m.", "p.m.")):
            words = words[:-1]
        label = times.quote(words)
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
            if times.sentence_before(t, part.start).strip().lower() in ("", "good", "hi", "hello"):
                if not part.data["this"]:
                    continue
        clause = times.clause_before(t, g.start)
        if times.PAST_CONTEXT.search(clause) or times.PAST_AFTER.match(t, g.end):
            notes.append(f"not a promise: {label} is in the past")
            continue
        neg = times.NEGATION.search(clause)
        if neg:
            notes.append(f"not a promise: {label} is negated ({times.quote(neg.group())})")
            continue
        if times.REQUEST.search(clause):
            notes.append(f"not a promise: {label} asks the customer to call — phone tag")
            continue
        if times.LIMIT.search(clause):
            notes.append(f"not a promise: {label} is a limit (opening hours), not a promise")
            continue
        when, status = times.resolve(g, now)
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
            vague = times.quote(text[m.start() : m.end()])
            notes.append(f"vague time: {vague} is not a specific time")

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
