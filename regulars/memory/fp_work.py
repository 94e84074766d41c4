"""The customer's own job: where they work, a job verb, a business they own, a pro.

"i work at a bank" (a workplace from the lexicon names the job, a chain names the
employer), "i waitress at a diner", "i teach third grade", "i run my own bakery",
"i am a professional tennis player". A job only hoped for, lost or left is no job.
"""

from __future__ import annotations

import re

from . import lexicon
from .context import Note
from .fp_voice import _NOT_SUBJECT, _UNSURE, _asked_from, _find, _ok, _own_clause, _said_of_self
from .text import Sentence, find_terms

# "i am a professional tennis player", "i play tennis professionally".
_PRO = re.compile(r"\bi(?: am|'m) (?:a |an )(?:professional|pro) (?P<v>[a-z]+(?: [a-z]+)?)\b")


# "mechanical engineer here", "chef larry here", "doctor is my occupation".
_JOB_SAID = re.compile(r"^(?:(?:hi|hello|hey|well|yes|yeah|ok)[ ,!]+)?(?P<w>[a-z]+(?: [a-z]+){0,2})"
                       r" (?:here\b|is my (?:occupation|job|profession|career|day job|trade)\b)")


def _job_said(note: Note, sent: Sentence) -> None:
    """Emit a job the customer names as who they are: "mechanical engineer here"."""
    m = _JOB_SAID.match(sent.low)
    if m is None or any(f["kind"] == "occupation" for f in note.facts):
        return
    words = m.group("w").split()
    # the title, then at most a first name: "chef larry here"
    k = next((k for k in range(len(words), 0, -1) if words[k - 1] in lexicon.occupations()
              and len(words) - k <= (1 if "here" in sent.low[m.end("w"):m.end()] else 0)), 0)
    if not k or not _ok(note, sent, m.start("w")):
        return
    role = " ".join(words[:k])
    start = sent.start + m.start("w")
    note.emit("occupation", start, start + len(role), None, 0.6,
              value=sent.text[m.start("w"):m.start("w") + len(role)], employer=None)


def _pro(note: Note, sent: Sentence) -> None:
    """Emit a job said as a professional ("i am a professional tennis player")."""
    low = sent.low
    for m in _PRO.finditer(low):
        role = m.group("v")
        head = role.split()[-1]
        if head not in lexicon.occupations() and head not in ("player", "wrestler",
                                                                "athlete", "golfer"):
            continue
        if _ok(note, sent, m.start()):
            start = sent.start + m.start("v")
            note.emit("occupation", start, start + len(role), None, 0.6,
                      value=sent.text[m.start("v"):m.end("v")], employer=None)


# "i work at a bank", "my job at walmart", "work in insurance", "my burger king job".
_WORK_AT = re.compile(r"\b(?:work|works|working|job|jobs|shifts?|career|gig)(?: (?:is|are))?"
                      r"(?: (?:part time|full time|part-time|full-time|nights|days|weekends|"
                      r"there|now|currently|still))? (?P<prep>at|in|for) (?:(?:the|a|an|my|"
                      r"our|local|big|small|little|fancy|busy|nearby|new|huge|large) )*")
_JOB_NOUN = re.compile(r" (?:job|jobs|gig|shift|shifts|career)\b")
_MY_JOB_BEFORE = re.compile(r"\b(?:my|i have a|i've got a|i got a|i found a|i started a|"
                            r"i just started a|i do) (?:(?:new|part time|part-time|full time|"
                            r"full-time|day|night|current|regular|second|summer|weekend|local|"
                            r"boring|good|great) )*$")


def _workplace(note: Note, sent: Sentence) -> None:
    """Emit a job named by where the customer works: "i work at a bank" -> bank worker."""
    low = sent.low
    places = lexicon.workplaces()
    for m in _WORK_AT.finditer(low):
        hit = next((h for h in _find(low[m.end():], places) if h[0] == 0), None)
        if hit is None:
            continue
        entry = places[hit[2]]
        if entry.kind == "field" and m.group("prep") != "in":
            continue  # "work for insurance" is not a line of work
        if entry.kind == "place" and m.group("prep") == "in" and \
                low[m.start("prep") + 3:m.end()].strip() == "":
            continue  # "work in retail" is a field; "work in school" rarely a job
        _emit_job(note, sent, m.end(), m.end() + hit[1], entry, m.start())
    for start, end, term in _find(low, places):
        entry = places[term]
        if entry.kind == "field" or not _JOB_NOUN.match(low, end) or \
                not _MY_JOB_BEFORE.search(low, max(0, start - 40), start):
            continue
        _emit_job(note, sent, start, end, entry, start)


_JOB_HOPE = re.compile(r"\b(?:want|wants|wanted|looking for|look for|apply|applied|applying|"
                       r"find|dream|dreams|need|needs|quit|fired|lost|leave|left|offered|"
                       r"interview|interviewed|miss|former|old|last|previous|retired)\b")


def _emit_job(note: Note, sent: Sentence, start: int, end: int, entry: lexicon.Workplace,
              cue: int) -> None:
    low = sent.low
    if _own_clause(low, cue) is None or not _ok(note, sent, cue):
        return
    if cue >= _asked_from(note, sent):
        return
    if _UNSURE.search(low, cue, start) or _JOB_HOPE.search(low, 0, start):
        return
    span = (sent.start + start, sent.start + end)
    if any(f["kind"] == "occupation" for f in note.facts):
        return  # a job title said in the same note names the job better
    if entry.kind == "chain":
        value, employer = "employee", entry.value
    else:
        value, employer = entry.value, None
    note.emit("occupation", span[0], span[1], None, 0.6, value=value, employer=employer)


# Jobs said with a verb: "i waitress at a diner", "i teach third grade", "i bartend".
_JOB_VERB = re.compile(r"\bi (?:also |currently |still |now |just |actually |)(?P<v>waitress|"
                       r"bartend|teach|tutor|nanny|babysit|freelance|wait tables|clean houses|"
                       r"deliver pizzas|sell insurance|sell cars|sell real estate|sell houses|"
                       r"do insurance|do accounting|do construction|do landscaping|do taxes|"
                       r"do hair|do nails|nurse|preach|farm|coach)\b(?P<rest>[^,.;!?]{0,30})")
_JOB_OF_VERB = {"waitress": "waitress", "bartend": "bartender", "teach": "teacher",
                "tutor": "tutor", "nanny": "nanny", "babysit": "babysitter",
                "freelance": "freelancer", "wait tables": "waiter", "clean houses": "cleaner",
                "deliver pizzas": "pizza delivery driver", "sell insurance": "insurance agent",
                "sell cars": "car salesman", "sell real estate": "real estate agent",
                "sell houses": "real estate agent", "do insurance": "insurance",
                "do accounting": "accountant", "do construction": "construction worker",
                "do landscaping": "landscaper", "do taxes": "tax preparer",
                "do hair": "hairdresser", "do nails": "nail technician", "nurse": "nurse",
                "preach": "preacher", "farm": "farmer", "coach": "coach"}
_TAUGHT = frozenset("""math maths english science history art music piano guitar spanish
french biology chemistry physics yoga dance""".split())
# After the verb: a place or time of work, a subject taught, or nothing.
_JOB_REST = re.compile(r"(?:\s*$| (?:at|in|for|on|part time|full time|during|all|every|most|"
                       r"nights|days|weekends|to (?:pay|make|support|supplement|earn)|"
                       r"(?:elementary|high|middle|primary|grade|kindergarten|math|maths|"
                       r"english|science|history|art|music|piano|guitar|spanish|french|"
                       r"biology|chemistry|physics|yoga|dance|preschool|pre-k|first|second|"
                       r"third|fourth|fifth|sixth|1st|2nd|3rd|4th|5th|6th)\b))")


def _job_verbs(note: Note, sent: Sentence) -> None:
    low = sent.low
    for m in _JOB_VERB.finditer(low):
        verb, rest = m.group("v"), m.group("rest")
        if not _JOB_REST.match(rest) and verb != "coach":
            continue  # "i teach my kids to swim", "i nurse a grudge"
        if verb in ("nurse", "farm", "preach") and rest.strip():
            continue
        if not _said_of_self(note, sent, m.start()):
            continue
        if any(f["kind"] == "occupation" for f in note.facts):
            return
        value = _JOB_OF_VERB[verb]
        words = rest.split()
        end = m.end("v")
        if verb == "teach" and words and words[0] in _TAUGHT:
            value = f"{words[0]} teacher"
            end = m.start("rest") + rest.find(words[0]) + len(words[0])
        if verb == "coach":
            sport = next(((s, e, t) for s, e, t in find_terms(rest, lexicon.hobbies())
                          if s <= 1), None)
            if sport is None:
                continue  # "i coach my son" is no job said
            value = f"{lexicon.hobbies()[sport[2].lower()]} coach"
            end = m.start("rest") + sport[1]
        start = sent.start + m.start("v")
        note.emit("occupation", start, sent.start + end, None, 0.6, value=value,
                  employer=None)


# "i own a dog walking business", "i run my own bakery".
_OWN_BUSINESS = re.compile(r"\b(?:i|we) (?:also |now |)(?:own|run|have|started|opened|manage)"
                           r" (?:a|an|my own|our own|my|our|the|a small|a little) (?:small |"
                           r"little |)(?P<v>(?:[a-z]+ ){0,2}?(?:business|company|shop|store|"
                           r"restaurant|bakery|cafe|café|bar|salon|farm|ranch|firm|agency|"
                           r"practice|studio|diner|food truck|pub|gym|garage|deli|bistro|"
                           r"hotel|b&b|nursery|florist|barbers|takeaway|guest house|"
                           r"bookshop|surgery|clinic))\b")


def _own_business(note: Note, sent: Sentence) -> None:
    low = sent.low
    for m in _OWN_BUSINESS.finditer(low):
        what = m.group("v")
        if what.split()[0] in _NOT_SUBJECT or what.split()[0] in ("family", "own", "new"):
            continue
        if not _said_of_self(note, sent, m.start()):
            continue
        if any(f["kind"] == "occupation" for f in note.facts):
            return
        start = sent.start + m.start("v")
        note.emit("occupation", start, start + len(what), None, 0.6, value=f"{what} owner",
                  employer=None)
