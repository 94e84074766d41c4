"""Life events: birthdays, weddings, babies, moves, jobs, operations, illness, bereavement."""

from __future__ import annotations

import re

from . import lexicon
from .context import SKIP, Mention, Note, about_at, hypothetical_before, is_pet, resolve_pronoun
from .cues import cues
from .dates import DateMention, find_dates, month_value, yearly
from .places import _MOVED_THING
from .text import NAME, Sentence, find_terms, is_name

_PAST = re.compile(r"\b(?:had|has had|was|were|did|died|passed|lost|just|got|finished|"
                   r"retired|done|diagnosed|moved|last|ago|yesterday|since|been|went|"
                   r"gave|took|recovering|after|post|d\.|loved|enjoyed|cried|started|graduated|"
                   r"began|joined|promoted|proposed|popped|went|gone|arrived|born)\b", re.I)
_FUTURE = re.compile(r"\b(?:will|'ll|going to|getting|due|next|upcoming|starts|starting|having|"
                     r"expecting|booked|coming|moving|is on|soon|planned|this|tomorrow|"
                     r"wants to operate|to operate|turns|turning)\b", re.I)
_NEG = re.compile(r"\b(?:no|not|never|without|free of|clear of|ruled out)\s+(?:\w+\s+)?$", re.I)
_ORDINAL_BDAY = re.compile(r"\b(?:my|her|his|their|" + NAME + r"['’]s)\s+(?:\d{1,3}(?:st|nd|"
                           r"rd|th)|(?:twenty|thirty|forty|fifty|sixtie|seventie|eightie|"
                           r"ninetie)th|hundredth)\b(?!\s+(?:anniversary|wedding))", re.I)
_HAD_BEFORE = re.compile(r"\b(?:had|having|expecting)\s+$", re.I)  # "had their 2nd": a baby
_KIN_ORDINAL = re.compile(r"\b(?P<kin>[a-z][\w-]*)['’]s\s+(?:\d{1,3}(?:st|nd|rd|th)|(?:twenty|"
                          r"thirty|"
                          r"forty|fifty|sixtie|seventie|eightie|ninetie)th)\b"
                          r"(?!\s+(?:anniversary|wedding))", re.I)
_PERSON_DEATH = re.compile(r"\b(?:died|passed away|passed on|lost (?:his|her|my|their|our)|"
                           r"losing (?:his|her|my|their|our)|widowed|d\.\s|death of)", re.I)
_LOST = re.compile(r"\b(?:lost|losing)\s+(?=(?:his|her|my|their|our)\b)|\(d\.", re.I)
_COUPLE = {"spouse", "partner"}
_POSS_PRONOUN = re.compile(r"\b(her|his)\s+(?:([\w-]+)\s+)?$", re.I)
_HIT_PRONOUN = re.compile(r"(her|his)()\s", re.I)
# "moved up to Dolphins squad": a group, not a home.
_A_GROUP = re.compile(r"[^,.;]{0,25}\b(?:squad|group|class|team|set|level|grade|"
                      r"(?<!for a )year|league|stage|belt|band|division|lane)\b", re.I)
_A_DIET_AFTER = re.compile(r"\s+(?:coeliac|celiac|an? (?:\w+ )?(?:allergy|intolerance)|"
                           r"(?:\w+ )?(?:allergy|intolerance)|lactose|gluten)", re.I)
# Words that name the event only in its sense: "due date" of a baby, not of an invoice;
# "big day" of a wedding; a surgery that is an operation, not the GP's premises.
_PREMISES_AFTER = re.compile(r"\s+(?:closed|open|opens|hours|rang|phoned|called|reception|number|"
                             r"is closed|was closed|car park)\b", re.I)
_PRODUCT_AFTER = re.compile(r"['’]?s?\s+(?:cakes?|cards?|gifts?|presents?|balloons|hampers?|range|"
                            r"section|bundles?|box(?:es)?|bouquets?|outfits?)\b", re.I)
_WEDDING_WORDS = re.compile(r"\b(?:wedding|bride|bridal|groom|married|marry|dress|venue|hen|stag|"
                            r"veil|vows|honeymoon|bridesmaids?)\b", re.I)
_NOT_ITS = {
    "new_baby": re.compile(r"\b(?:invoice|payment|bill|rent|tax|vat|mot|service|return|"
                           r"delivery)\s+$", re.I),
    "surgery": re.compile(r"\b(?:photo|the|at|our|gp|vets?|dental|doctor'?s)\s+$", re.I),
    "wedding": re.compile(r"\b(?:to|at|for) a\s+$", re.I),  # someone else's
    "other": re.compile(r"\b(?:to|at|for) a\s+$", re.I),
}
_GIFT_AFTER = re.compile(r"\s+(?:presents?|gifts?|cards?|parties|vouchers?|balloons|hampers?|"
                         r"wishes|ideas?)\b", re.I)
_ORDINAL_END = re.compile(r"(?:\d(?:st|nd|rd|th)|tieth|hundredth)$", re.I)
_NOT_A_MOVE = re.compile(r"\s*(?:the\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|next\b|"
                         r"tomorrow|today|\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|"
                         r"dec)[a-z]*\b|am\b|pm\b|morning|afternoon|evening|week|later|earlier)",
                         re.I)
# An ordinal followed by a word other than a party or time cue counts things, not years.
_ORDINAL_NOUN = re.compile(r"\s+(?!(?i:birthday|bday|b'day|party|bash|celebration|on\b|in\b|at\b|"
                           r"is\b|was\b|next\b|this\b|coming\b|tomorrow|today|soon|and\b|"
                           r"here\b|do\b|drinks\b|dinner\b|lunch\b|meal\b|so\b|but\b|tonight|"
                           r"weekend|celebrations?\b|bday|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|"
                           r"apr|may|jun|jul|aug|sep|oct|nov|dec)))[A-Za-z]")
# The tail of a hyphenated word other than post-/pre-/re- ("Co-op", "photo-shoot").
_WORD_PART = re.compile(r"(?<![A-Za-z])(?!(?:post|pre|re)-)[A-Za-z]{1,5}-$", re.I)
_NO_EVENT_AFTER = re.compile(r"\s+(?:season|fairs?|shows?|industry|business|photographer|"
                             r"planner|band|singer|venues? (?:list|search)|trade|dress(?:es)?|"
                             r"gowns?|rings?|photos?|photography|planning|album|video|suits?|"
                             r"shoes|veil|favours|party block|block|guests|coach|rooms?)\b",
                             re.I)
_NEEDS_CUE = {"engagement": re.compile(r"\b(?:just|got|getting|get|party|do|drinks|dinner|lunch|"
                                       r"meal|celebration|bash)\b", re.I),
              "retirement": re.compile(r"\b(?:just|retiring|retires|on \d|in \w+|do|party|"
                                       r"next|this)\b", re.I)}


# "due 30 Oct" is a baby's due date only in a note about a pregnancy.
# Starting school, university or a course on a given date is a milestone ("other").
_STARTS = re.compile(r"\b(?:starts|starting|start|begins|beginning)\b(?=[^.;!?]{0,40}?\b(?:school|"
                     r"uni|university|college|nursery|reception|sixth form|master'?s|teacher "
                     r"training|degree|year \d{1,2})\b)", re.I)
_PREGNANCY = re.compile(r"\b(?:pregnan\w*|expecting|baby|bump|maternity|mat leave|antenatal|"
                        r"prenatal|postnatal|trimester|grandchild|grandbaby|on the way)\b", re.I)
_DUE = re.compile(r"\b[Dd]ue(?=\s+(?:on\s+|in\s+|at the end of\s+|)(?:the\s+)?"
                  r"(?:\d{1,2}(?:st|nd|rd|th)?|jan|feb|"
                  r"mar|apr|may|jun|jul|aug|sep|oct|nov|dec|early|mid|late|end|next|this)[a-z]*\b)",
                  re.I)
_DIED_OF = re.compile(r"\b(?:died|passed away|passed|lost)\s+(?:(?:of|from|to|with|after)\s+|"
                      r"(?:her|his|their)\s+(?:battle|fight)\s+(?:with|against)\s+)(?:a\s+|an\s+)?"
                      r"(?:\w+\s+)?$", re.I)
# "moved to 27 Hartley Road": a house number, not a time.
_ADDRESS = re.compile(r"\s*(?:flat\s+\d+\w?,?\s*)?\d{1,4}\w?,?\s+(?:[A-Z][\w'’-]*\s+){1,3}"
                      r"(?:Road|Rd|"
                      r"Street|St|Avenue|Ave|Lane|Ln|Close|Drive|Dr|Way|Crescent|Place|Gardens|"
                      r"Terrace|Grove|Court|Mews|Row|Hill|Square|Walk|Park)\b")
_PUT_DOWN = re.compile(r"\b(?:PTS|P\.T\.S|put to sleep|put down|euthanised|euthanized)\b", re.I)
_A_SCHOOL_AFTER = re.compile(r"[^,.;!?]{0,30}?\b(?:uni|university|college|school|academy|"
                             r"sixth form|nursery|primary|secondary|high)\b", re.I)
_HEDGED_AFTER = re.compile(r"\s+(?:(?:is|was|'s)\s+)?(?:probably|possibly|maybe|perhaps|"
                           r"might|(?-i:may)(?!\s+\d)|tbc|tbd|hopefully)\b", re.I)
_RX_EXTRACT_EVENTS_1 = re.compile(r"\s+from\b")
_RX_EXTRACT_EVENTS_2 = re.compile(r"\b(?:might|may|thinking)\b")
_JUST_BEFORE = re.compile(r"\b(?:just|recently|finally)\s+$", re.I)


def extract_events(note: Note, sent: Sentence) -> None:
    """Emit event facts (dated where the sentence gives a date) for one sentence."""
    text = sent.text
    hits = [(s, e, lexicon.events()[term]) for s, e, term in find_terms(text, lexicon.events())]
    if "ordinal" in cues(text):
        hits += [(m.start(), m.end(), "new_baby" if _HAD_BEFORE.search(text, 0, m.start())
                  else "birthday") for m in _ORDINAL_BDAY.finditer(text)]
        hits += [(m.start(), m.end(), "birthday") for m in _KIN_ORDINAL.finditer(text)
                 if m.group("kin").lower() in lexicon.relations()]
        hits += [(m.start(), m.end(), "bereavement") for m in _LOST.finditer(text)]
    if ("start" in sent.low or "begin" in sent.low) and _STARTS.search(text) and \
            find_dates(text, note.date):
        hits += [(m.start(), m.end(), "other") for m in _STARTS.finditer(text)]
    if "due" in sent.low and _PREGNANCY.search(note.text):
        hits += [(m.start(), m.end(), "new_baby") for m in _DUE.finditer(text)]
    if not hits:
        return
    for start, end, etype in sorted(hits):
        if etype == "bereavement":
            _bereavement(note, sent, start, end, find_dates(text, note.date))
            continue
        if hypothetical_before(sent, start) or _NEG.search(text[:start]):
            continue
        cue = _NEEDS_CUE.get(etype)
        just = _JUST_BEFORE.search(text, max(0, start - 12), start) is not None
        if cue and not (cue.search(text) and (etype != "retirement" or just or
                                              find_dates(text, note.date))) and \
                not text[start:end].lower().startswith(("proposed", "popped")):
            continue
        if etype == "retirement" and _RX_EXTRACT_EVENTS_1.match(text[end:]) and not just:
            continue  # "retired from the police" says a former job; "just retired from" news
        if etype == "moving" and (_RX_EXTRACT_EVENTS_2.search(text[:start]) or
                                  _MOVED_THING.search(text, max(0, start - 30), start) or
                                  _NOT_A_MOVE.match(text, end) and
                                  text[start:end].lower().endswith((" to", "moved", "moving")) and
                                  not _ADDRESS.match(text, end) or
                                  _A_GROUP.match(text, end)):
            continue  # "deliveries moved to Weds" moves a booking, not a home
        if etype == "birthday" and (_ORDINAL_END.search(text, start, end) and
                                    _ORDINAL_NOUN.match(text, end) or _GIFT_AFTER.match(text, end)):
            continue  # "her 2nd ferret" counts; "a birthday present" is shopping
        if _WORD_PART.search(text, max(0, start - 6), start):
            continue  # "Co-op" is a shop, not an op
        if _NO_EVENT_AFTER.match(text, end):
            continue  # "wedding season", "a wedding fair" are no one's wedding
        if etype == "new_job" and text[start:end].lower().startswith("just started") and \
                _A_SCHOOL_AFTER.match(text, end):
            continue  # "just started at Nottingham Uni" is a course, not a job
        if _HEDGED_AFTER.match(text, end) or not text[:start].strip(" -—–") and \
                note.text[sent.start + end:sent.start + end + 2].strip().startswith("?"):
            continue  # "Wedding probably next summer", "Pregnant?": not settled
        if etype == "illness" and (_A_DIET_AFTER.match(text, end) or
                                   _DIED_OF.search(text, max(0, start - 25), start) or
                                   _PUT_DOWN.search(text)):
            continue  # "diagnosed with coeliac" is a diet; "died of cancer" is the loss
        not_its = _NOT_ITS.get(etype)
        if not_its is not None and not_its.search(text, max(0, start - 12), start) or \
                etype == "surgery" and _PREMISES_AFTER.match(text, end) or \
                etype in ("new_baby", "other", "engagement") and _PRODUCT_AFTER.match(text, end):
            continue  # "invoice due date", "the surgery rang", "new baby cards"
        if text[start:end].lower() == "big day" and not _WEDDING_WORDS.search(note.text):
            continue  # "big day tomorrow — exam"
        about = _event_about(note, sent, start, etype)
        if about == SKIP:
            continue
        dates = find_dates(text, note.date)  # dates only once needed
        if etype == "illness":  # an illness is had, never booked: "in hospital, cancel Fri"
            dates = tuple(d for d in dates if d.future is not True)
        dm = _nearest(dates, start, end)
        when, status = _when_status(note, sent, dm, etype, start)
        note.emit("event", sent.start + start, sent.start + end, about, 0.75, type=etype,
                  when=when, status=status)


_RX_EVENT_ABOUT_1 = re.compile(r"(?:\b(my|our|her|his|their)\s+|(?<![\w'’])(?=\w))(?:(?:best|late|"
                               r"eldest|oldest|youngest|little|big|older|younger)\s+)?([\w-]+?)"
                               r"(?:\s+(?-i:[A-Z][a-z]+))?(?:['’]s|(?<=s)['’])\s+(?:[\w-]+\s+){0,2}$",
                               re.I)


_OWNED_BEFORE = re.compile(r"['’]s\s+$")
_NAME_OWNS_BEFORE = re.compile(r"(" + NAME + r")['’]s\s+(?:[\w-]+\s+){0,2}$")
_OWNER_IN_HIT = re.compile(r"([\w-]+)['’]s\s+")


def _event_about(note: Note, sent: Sentence, start: int, etype: str) -> str | None:
    """Find whose event it is: a possessive name ("Sophie's birthday") or the clause subject."""
    if etype == "new_baby" and sent.low.startswith(("new baby ", "baby "), start) and \
            not _OWNED_BEFORE.search(sent.text, 0, start):
        return None  # "Leanne + twins + new baby Rafe": the baby is hers, not a twin's
    m = _NAME_OWNS_BEFORE.search(sent.text, 0, start)
    if m and not is_name(m.group(1)):
        m = None  # "It's my wife's 40th": "It's" owns nothing
    own = _OWNER_IN_HIT.match(sent.text, start)  # "mum's 80th": the hit opens on its owner
    if own and not m:
        m = own
        start = own.end()
    about: str | None
    if m and note.mention_named(m.group(1)):
        about = note.mention_named(m.group(1)).about
    else:
        rel = _RX_EVENT_ABOUT_1.search(sent.text[:start])
        if rel and rel.group(2).lower() in lexicon.relations():
            if (rel.group(1) or "").lower() in ("my", "our") and not note.customer_voice:
                return SKIP  # "Staff: off for my sister's wedding" is the writer's family
            r = lexicon.relations()[rel.group(2).lower()]
            named = [mn for mn in note.mentions if mn.kind == "person" and mn.names
                     and sent.start <= mn.start < sent.start + start]
            about = named[-1].about if named else r.label
        else:
            about = about_at(note, sent, start)
            pron = _POSS_PRONOUN.search(sent.text, 0, start) or \
                _HIT_PRONOUN.match(sent.text, start)  # "her 16th": the hit opens on "her"
            if pron is not None and pron.group(2) and \
                    pron.group(2).lower() in lexicon.relations():
                pron = None  # "her son moved": the son's move
            if pron is not None:  # "booked her in for her birthday": her, not the husband
                about = resolve_pronoun(note, pron.group(1), sent.start + pron.start(1))
    if about is None:
        about = _for_whom(note, sent, start)
    if about is None and etype in ("illness", "surgery") and not note.customer_voice:
        pet = _fragment_pet(note, sent, start)
        if pet is not None:
            about = pet
    if etype in ("wedding", "engagement", "anniversary") and about is not None:
        mn = note.mention_named(about) if about != SKIP else None
        if mn is not None and _relation_of(note, mn) in _COUPLE:
            return None
    return about


_FOR_WHOM = re.compile(r"[\w-]*(?:\s+[\w-]+){0,2}?\s+for\s+(?:(?:her|his|their|my|our|a)\s+)?"
                       r"(?P<w>[\w-]+)(?P<poss>['’]s?)?(?=[\s,.;!?)]|$)")


def _for_whom(note: Note, sent: Sentence, start: int) -> str | None:
    """Whose occasion a "<event> cake for …" order is: "for her niece" the niece's,
    "for a friend's baby" no one's in the circle. None when it says nothing."""
    m = _FOR_WHOM.match(sent.text, start)
    if m is None:
        return None
    word = m.group("w")
    if m.group("poss"):
        mn = note.mention_named(word)
        return mn.about if mn is not None else SKIP
    rel = lexicon.relations().get(word.lower())
    if rel is None:
        return None
    named = [mn for mn in note.mentions if mn.kind == "person" and
             sent.start + m.start("w") <= mn.start + 12 and mn.start <= sent.start + m.end()]
    return named[0].about if named else rel.label


_PET_INTRO_TAIL = re.compile(r"[^.!?;\n]{0,40}?\s[—–-]{1,2}\s*$")


_RX_FRAGMENT_PET_1 = re.compile(r"\b(?:she|he|her|his|owner|client|pt|mr|mrs|ms)\b")


def _fragment_pet(note: Note, sent: Sentence, start: int) -> str | None:
    """In "Rex (GSD, 11) — hip dysplasia", a subjectless fragment after a pet's intro is
    about that pet: return its name when the note opens a clause with a pet just before."""
    if _RX_FRAGMENT_PET_1.search(sent.low[:start]):
        return None
    for mn in reversed(note.mentions):
        if mn.start >= sent.start:
            continue
        if mn.kind != "pet" or not mn.names:
            return None
        gap = note.text[mn.end:sent.start]
        opens = mn.start == 0 or note.text[:mn.start].rstrip()[-1:] in ".!?;—–-\n"
        return mn.about if opens and _PET_INTRO_TAIL.fullmatch(gap) else None
    return None


def _relation_of(note: Note, mn: Mention) -> str | None:
    for f in note.facts:
        if f["kind"] == "person" and (f["name"] == mn.about or (
                f["name"] is None and mn.about == f["relation"])):
            return f["relation"]
    return None


def _nearest(dates: tuple[DateMention, ...], start: int, end: int) -> DateMention | None:
    """Pick the date closest to the event word, preferring one after it."""
    best, dist = None, 10**9
    for d in dates:
        gap = d.start - end if d.start >= end else (start - d.end) * 2 + 5
        if gap < dist and gap < 80:
            best, dist = d, gap
    return best


def _when_status(note: Note, sent: Sentence, dm: DateMention | None, etype: str,
                 start: int) -> tuple[str | None, str]:
    """Resolve the event's date and whether it is upcoming or past."""
    text = sent.text
    near = text[start:start + 40]  # the event word's own clause speaks first
    if dm is not None and dm.future is not None:
        future = dm.future
    elif _PAST.search(near) and not _FUTURE.search(near):
        future = False
    elif _PAST.search(text) and not _FUTURE.search(text):
        future = False
    elif _FUTURE.search(text):
        future = True
    else:
        future = etype not in ("illness", "bereavement", "surgery")
    if etype == "illness":
        future = False
    when = None
    if dm is not None:
        if etype in ("birthday", "anniversary"):
            when = yearly(dm) or month_value(dm, note.date, future)
        else:
            when = month_value(dm, note.date, future)
    return when, "upcoming" if future else "past"


def death_date(note: Note, sent: Sentence) -> str | None:
    """Resolve when a death in this sentence happened (always in the past)."""
    for dm in find_dates(sent.text, note.date):
        if dm.future is not True:
            return month_value(dm, note.date, False)
    return None


_RX_BEREAVEMENT_1 = re.compile(r"lost|losing")


_PASSED_SOMETHING = re.compile(r"\s+(?:her|his|my|their|our|the|a|an|by|through|out|over|"
                               r"round|around|it|them|this|that|with|all|both|first|second|"
                               r"me|us|you|him|on (?:the|a|her|his|my|to))\b", re.I)


_SUBJECT_BEFORE = re.compile(r"\b(he|she)\s+(?:\w+\s+)?$", re.I)


def _bereavement(note: Note, sent: Sentence, start: int, end: int,
                 dates: tuple[DateMention, ...]) -> None:
    """Emit a bereavement for a relative who died (pets are handled with the pet fact)."""
    text = sent.text
    if hypothetical_before(sent, start):
        return
    word = text[start:end].lower()
    if word == "passed" and _PASSED_SOMETHING.match(text, end):
        return  # "passed her test", "passed by": no one died
    for f in note.facts:  # a pet's death already produced its bereavement
        if f["kind"] == "event" and f["type"] == "bereavement" and \
                sent.start <= f["span"][0] < sent.start + len(text):
            return
    if word in ("widowed", "widower", "widow"):
        nxt = text[end:].split()[:1]
        if about_at(note, sent, start) is not None or \
                nxt and nxt[0].lower().strip(".,") in lexicon.relations():
            return  # "her widowed mum": the mother lost her husband
        note.emit("person", sent.start + start, sent.start + end, None, 0.8,
                  relation="spouse", name=None)
        note.mentions.append(Mention("spouse", "person", "-", sent.start + start,
                                     sent.start + end))
        target = "spouse"
    else:
        lo, hi = sent.start, sent.start + len(text)
        near = [mn for mn in note.mentions if mn.kind == "person" and lo <= mn.start < hi]
        if not near:
            pron = _SUBJECT_BEFORE.search(text, 0, start)  # "He passed in the spring"
            if pron is None:
                return
            who = resolve_pronoun(note, pron.group(1), sent.start + pron.start(1))
            if who is None or who == SKIP or is_pet(note, who):
                return
            near = [mn for mn in note.mentions if mn.about == who]
            if not near:
                return
        after = [mn for mn in near if mn.start >= sent.start + start]
        before = [mn for mn in near if mn.start < sent.start + start]
        target = (after[0] if after and _RX_BEREAVEMENT_1.match(word) else
                  before[-1] if before else after[0]).about
    when = None
    for dm in dates:
        if dm.future is not True:
            when = month_value(dm, note.date, False)
            break
    for f in note.facts:  # "his late wife's coat… wife died in Feb": one loss, dated
        if f["kind"] == "event" and f["type"] == "bereavement" and f["about"] == target:
            f["when"] = f["when"] or when
            return
    note.emit("event", sent.start + start, sent.start + end, target, 0.8, type="bereavement",
              when=when, status="past")
