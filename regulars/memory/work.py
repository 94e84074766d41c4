"""Jobs (occupation, with employer) and schools or courses (school)."""

from __future__ import annotations

import re

from . import lexicon
from .context import SKIP, Note, about_at, hedged_after, hypothetical_before, is_pet
from .cues import cues
from .dates import find_dates, month_value
from .text import Sentence, find_terms, surname_at

_CAP = r"(?:[A-Z][\w'’&.-]*|of|and|&)(?:\s+(?:[A-Z][\w'’&.-]*|of|&|de|du|la)\b)*"
_EMPLOYER = re.compile(r"\s*(?:(?:at|for|with)\s+(?:the\s+)?(?P<emp>[A-Z][\w'’&.-]*(?:\s+(?:"
                       r"[A-Z][\w'’&.-]*|of|&|(?:de|du|la|le|van|von|der|den|da|di|del)(?=\s+"
                       r"[A-Z])))*)|\((?P<pemp>[A-Z][^)]{1,40})\))")
_FORMER = re.compile(r"(?:\b(?:ex|former|formerly|retired|used to be|was once|no longer|"
                     r"wants to be|want to be|would love to be|hopes? to be|hoping to be|"
                     r"dreams? of being|training to be|studying to be|to become|not)\s*-?\s*"
                     r"(?:an?\s+)?$)|\bex-(?:[A-Z][\w&]*\s+)?$", re.I)
_COPULA = re.compile(r"(?:\b(?:is|'s|’s|am|'m|’m|are|now|also|herself|himself|works as|"
                     r"work as|working as|job as|employed as|promoted to|qualified as|"
                     r"trained as|became|become|i'm|i am|(?:works?|working) (?:at|for|in) "
                     r"[\w'’&. -]{1,30}? as|freelance as|self-employed as|retrained as|"
                     r"back to work [\w ]{0,20}?as|role as|position as|post as|shifts? as|"
                     r"day job:?|(?:starts|starting|started|start|joins|joining|joined) (?:at|"
                     r"with) [\w'’&. -]{1,30}? as|^\s*as)\s+(?:(?:currently|now|also|"
                     r"actually|still|just)\s+)?(?:(?:a|an|the)\s+)?$)", re.I)
# "Wife Ania a dentist", "mum a GP": a relative's job with the verb left out.
_KIN_A = re.compile(r"(?P<w>[A-Za-z][\w'’-]*)\s+an?\s+$")


def _kin_before(note: Note, sent: Sentence, before: str) -> bool:
    """Say whether the word before "a <job>" names a relative the note has met."""
    m = _KIN_A.search(before)
    at = sent.start + m.start("w")
    return any(mn.kind == "person" and mn.start <= at < mn.end for mn in note.mentions)


# ", a surgeon at St Thomas'": a job set beside the person.
_APPOSED = re.compile(r"(?:^|[,—–])\s*(?:now\s+)?(?:a|an)\s+$")
_MOD = r"(?:[\w'’-]+\s+){0,3}?"
_SUBJECTS = re.compile(r"\bteach(?:es|ing)?\s+(?P<subj>\d{1,2}(?:st|nd|rd|th) grade|"
                       r"[A-Za-z]+(?: [a-z]+)?)(?=\s+at\b|\s*$|"
                       r"(?<=teaches at)\s|(?<=teach at)\s|(?<=teaching at)\s|"
                       r"[,.;]|\s+(?:\d|on|every|twice|three|most|part|full|in|to)\b)", re.I)
_DRIVES = re.compile(r"\bdrives? (?:a |an )?(?P<v>bus|taxi|cab|lorry|truck|van|train|tram)"
                     r"(?:es|s)?\b|\bdrives? (?P<f>for) (?=[A-Z])", re.I)
_RUNS = re.compile(r"\b(?:runs|owns|has)\s+(?:a|an|the|her own|his own|their own)\s+"
                   r"(?P<v>(?:[A-Za-z-]+\s+)?(?:restaurant|café|cafe|shop|bakery|pub|grocery|"
                   r"salon|taverna|bar|garage|deli|bistro|gym|studio|nursery|hotel|b&b|farm|"
                   r"florist|barbers?|business|company|firm|agency|practice))\b", re.I)
_SCHOOLISH = re.compile(r"\b(?:Uni|University|College|School|High|Academy|Poly|Polytechnic|"
                        r"Institute|Sixth Form|Grammar|Primary|Conservatoire|Prep)\b")
_SCHOOL_CUE = re.compile(
    r"\b(?i:start(?:s|ing|ed)?(?: at)?|goes|going|got into|accepted (?:in)?to|off to|heading to|"
    r"graduat(?:ed|ing|es) from|graduate of|attends|attending|head (?:boy|girl) at|student at|"
    r"studies at|studying at|enrolled at|went to|in (?:year \d+|sixth form) at|place at|"
    r"offer from|started at|just started at|is at|'s at|now at|(?:[Yy]ear|[Yy]r) \d+ at)\s+"
    r"(?:the\s+)?(?!(?:Year|Yr|Reception)\b)(?P<s>" + _CAP + r")|"
    r"\bat\s+(?:the\s+)?(?P<s6>" + _CAP + r"(?:\s+(?:primary|school|college|academy|uni|"
    r"nursery|high))?)")
_STUDY = re.compile(r"\b(?:[Ss]tudying|[Ss]tudies|[Ss]tudy|[Rr]eading|[Dd]oing a degree in)\s+"
                    r"(?!(?:a|an|the|her|his|my|their|some|this|that)\b)(?P<subj>[\w-]+"
                    r"(?: [\w-]+)?)\s+at\s+(?:the\s+)?(?P<s>" + _CAP + r")|\bat\s+(?P<s2>"
                    + _CAP + r")\s*,?\s*(?:studying|reading|doing(?! (?:well|fine|ok|okay|great|"
                    r"better|good|brilliantly|nicely)\b))\b|\bdoing (?:her|his|my|"
                    r"their) (?P<s3>GCSEs|A-?levels|A levels|IB|degree|masters|PhD|MBA)\b|"
                    r"\b(?:[Dd]oing|[Dd]id|[Dd]oes|[Cc]ompleted|[Ff]inishing|[Ss]tarted|of) "
                    r"(?:a|an|her|his|my|their) (?:[\w'-]+ ){0,3}?(?:PhD|masters|master's|degree|"
                    r"MBA|BSc|BA|MA|MSc|course|apprenticeship|diploma)(?: in [\w -]{2,30}?)? at "
                    r"(?:the\s+)?"
                    r"(?P<s4>" + _CAP + r")|"
                    r"\b(?:[Ss]tudied|[Dd]id|[Dd]oes|[Rr]ead) (?P<subj2>[A-Za-z]+(?: [a-z]+)?) at "
                    r"(?:the\s+)?(?P<s5>" + _CAP + r")")
# Substrings one of which every match of the pattern contains: a sentence with none of
# them is not searched (substring tests are much cheaper than the patterns).
_STUDY_NEEDS = ("stud", "read", "doing", "did", "does", "degree", "phd", "master", "course",
                "diploma", "apprentice", "msc", "bsc", "mba")
_SCHOOL_CUE_NEEDS = ("start", "goes", "going", "got into", "accepted", "off to", "heading to",
                     "graduat", "attend", " at", "offer from", "went to")


_NOT_MOD = frozenset("""a an the is as now also she's he's i'm am works herself himself pt owner
her his my client and was to of be been are i'm i’m she’s he’s just newly qualified
currently working work job became become promoted trained i he she we they you tired so
really very our your their""".split())


_FRAG_END = re.compile(r"\s*(?:$|[,.;:)(—–/&+-]|(?:at|for|with|and|in|by|since|of|on|now|too|"
                       r"also)\b)")
_MODS = re.compile(r"(?:[\w'’-]+\s+){1,3}$")


_AMATEUR = frozenset("""keen avid amateur hobby enthusiastic passionate budding aspiring
wannabe""".split())
_FORMER_MODS = frozenset(("retired", "former", "ex", "ex-", "formerly", "semi-retired"))
_TITLE_GAP = re.compile(r"[ -]")
_HOURS = frozenset("""full-time part-time fulltime parttime freelance self-employed
full time part time""".split())


class _Span:
    """The [start, end) of a job title inside a sentence."""

    def __init__(self, start: int, end: int) -> None:
        self._s, self._e = start, end

    def start(self) -> int:
        return self._s

    def end(self) -> int:
        return self._e


_RX_EXTRACT_OCCUPATIONS_1 = re.compile(r"\b(?!(?:s?he|who|it|that)['’]s)\w+['’]s\s+$", re.I)
_RX_EXTRACT_OCCUPATIONS_2 = re.compile(r"\((?P<e>[A-Z][^)]{1,40})\)|\bcalled (?P<c>" + _CAP + r")")
_RX_EXTRACT_OCCUPATIONS_3 = re.compile(r"\b(?:keen|avid|studying|studies|study)\s+$", re.I)
_RX_EXTRACT_OCCUPATIONS_4 = re.compile(r"\s+note\b")
_RX_EXTRACT_OCCUPATIONS_5 = re.compile(r"(?:^|[,(:]|(?<=\w\w)\.|\b(?:Owner|Pt|Client|Customer)"
                                       r"\s*[-—:=]?)\s*$")
_RX_EXTRACT_OCCUPATIONS_6 = re.compile(r"\(\s*$")
_RX_EXTRACT_OCCUPATIONS_7 = re.compile(r"[\w-]+$")
_RX_EXTRACT_OCCUPATIONS_8 = re.compile(r"[a-z]")


_AT_EMPLOYER = re.compile(r"\s+(?:at|for|with)\s+(?:the\s+)?[A-Z]")
_CARES_FOR_KIN = re.compile(r"\s+(?:for|to)\s+(?:her|his|their|my|our)\b", re.I)
_REQUESTED = re.compile(r"\b(?:please|pls|prefers?|wants?|asked for|requests?)\s*\(?\s*$", re.I)
_EXACT_JOB = re.compile(r"\s*\(([a-z]+)\)")
_OF_HONOUR = re.compile(r"\s+of\s+hono(?:u)?r\b", re.I)


def extract_occupations(note: Note, sent: Sentence) -> None:
    """Emit a job when a title follows "is a", "works as", or opens a staff fragment."""
    text = sent.text
    if hedged_after(note, sent):
        return  # "Daughter's a nurse, I think"
    hits = find_terms(text, lexicon.occupations(), 3)
    starts = {hs for hs, _he, _t in hits}
    for hs, he, _head in hits:
        gap = _TITLE_GAP.match(text, he)
        if gap and gap.end() in starts:
            continue  # "GP" of "GP registrar": the title goes on
        if surname_at(text, hs):
            continue  # "Mrs Cook", "Mr Baker"
        mods = _MODS.search(text, max(0, hs - 40), hs)
        m = _Span(mods.start() if mods else hs, he)
        role = text[m.start():he]
        # keep only modifiers that sit inside the title ("dental hygienist", not "is a")
        words = role.split()
        cut = 0
        for i, w in enumerate(words[:-1]):
            if w.lower() in _NOT_MOD or not _RX_EXTRACT_OCCUPATIONS_7.match(w):
                cut = i + 1
        words = words[cut:]
        before = text[:he - len(" ".join(words))]
        if words[0].lower() in _AMATEUR:
            continue  # "keen photographer" is a hobby
        if any(w.lower() in _FORMER_MODS or w.lower().startswith("ex-") for w in words):
            continue  # "a retired teacher" no longer is one
        while len(words) > 1 and words[0].lower() in _HOURS:
            words = words[1:]  # "full-time potter" is a potter
        role = " ".join(words)
        start = he - len(role)
        exact = _EXACT_JOB.match(text, he)
        if exact and exact.group(1).lower() in lexicon.occupations():
            role, he = exact.group(1), exact.end(1)  # "a musician (cellist)": the cellist
            start = exact.start(1)
        frag = _RX_EXTRACT_OCCUPATIONS_5.search(before) \
            is not None and not note.customer_voice
        if not (_COPULA.search(before) or frag or _RX_EXTRACT_OCCUPATIONS_6.search(before) or
                (_APPOSED.search(before) or _KIN_A.search(before) and _kin_before(note, sent,
                                                                                  before))
                and _FRAG_END.match(text, he)):
            continue
        if frag and not _COPULA.search(before) and not _FRAG_END.match(text, he):
            continue  # "Author event Thurs" names an event, not the customer's job
        if before.rstrip().lower().endswith((" our", "(our")):
            continue  # "(our landlord)", "our accountant": the business's, not the customer's
        if _REQUESTED.search(before):
            continue  # "appointment please (female stylist)" asks for one
        if frag and text[he:he + 2].strip().startswith(":"):
            continue  # "Physio: lower back" heads the note with the service
        if _RX_EXTRACT_OCCUPATIONS_1.search(before):
            continue  # "Pt's regular hygienist" is a possessive: the customer's hygienist
        if _FORMER.search(before) or hypothetical_before(sent, start):
            continue
        if _RX_EXTRACT_OCCUPATIONS_3.search(before) or \
                _RX_EXTRACT_OCCUPATIONS_4.match(text[m.end():]):
            continue  # "keen gardener" is a hobby, "studying physio" a course
        if _OF_HONOUR.match(text, m.end()):
            continue  # "maid of honour" is a part at a wedding
        if words[-1].lower() in ("carer", "caregiver") and _CARES_FOR_KIN.match(text, m.end()):
            continue  # "carer for her mum" looks after a relative; it is no job
        head = words[-1].lower()
        if head == "trader" and (words[0].lower() == "sole" or
                                 text[max(0, start - 5):start].lower() == "sole "):
            continue  # "sole trader" says how the business is set up, not the trade
        if len(words) == 1 and head in ("partner", "associate", "agent", "assistant", "model",
                                        "guard", "director", "officer", "handler", "student",
                                        "associate", "cook", "executive", "supervisor",
                                        "buyer", "trader"):
            if not _COPULA.search(before) and not (frag and _AT_EMPLOYER.match(text, he)):
                continue  # "Trader at Citadel" names a job; a bare "trader" may not
        if words[0].lower() in lexicon.relations() and len(words) == 1:
            continue
        if any(w.lower() in lexicon.relations() and not _RX_EXTRACT_OCCUPATIONS_8.match(w) for w in
               words[:1]) and frag:
            continue
        about = about_at(note, sent, start)
        if about == SKIP or is_pet(note, about):
            continue
        emp = _EMPLOYER.match(text, m.end())
        employer = (emp.group("emp") or emp.group("pemp")).strip() if emp else None
        if head in ("student", "pupil") and employer:  # "a student at UCL" studies there
            at = sent.start + emp.end() - len(employer)
            note.emit("school", at, at + len(employer), about, 0.7, value=employer)
            continue
        note.emit("occupation", sent.start + start, sent.start + m.end(), about, 0.75,
                  value=role, employer=employer)
    low = sent.low
    for rx, fmt, cue in ((_SUBJECTS, "{} teacher", "teach"), (_DRIVES, "{} driver", "drive")):
        if cue not in low:
            continue
        for m in rx.finditer(text):
            if _FORMER.search(text[:m.start()]) or hypothetical_before(sent, m.start()):
                continue
            v = m.group(1) or ""
            if rx is _DRIVES and m.group("f"):  # "drives for DHL": a driver there
                v = ""
            elif rx is _SUBJECTS and v.lower().split()[0] in ("me", "her", "him", "them", "us",
                                                            "at", "kids", "children", "the",
                                                            "my", "his", "our", "their", "your",
                                                            "a", "an", "herself", "himself"):
                if v.lower() != "at" and not v.lower().startswith("at "):
                    continue
                v = ""  # "teaches at Goldsmiths": a teacher there
            about = about_at(note, sent, m.start())
            if about == SKIP:
                continue
            emp = _EMPLOYER.match(text, m.end() - len(m.group(1) or "f") if not v else m.end())
            note.emit("occupation", sent.start + m.start(), sent.start + m.end(), about, 0.7,
                      value=fmt.format(v).strip(), employer=(emp.group("emp") or
                                                             emp.group("pemp")) if emp else None)
    if "runs" not in cues(text):
        return
    for m in _RUNS.finditer(text):
        if hypothetical_before(sent, m.start()):
            continue
        about = about_at(note, sent, m.start())
        if about == SKIP:
            continue
        kind = m.group("v").split()[-1].lower()
        tail = text[m.end():m.end() + 60]
        emp = _RX_EXTRACT_OCCUPATIONS_2.search(tail)
        note.emit("occupation", sent.start + m.start(), sent.start + m.end(), about, 0.65,
                  value=f"{kind} owner", employer=(emp.group("e") or emp.group("c"))
                  if emp else None)


_RX_EXTRACT_SCHOOLS_1 = re.compile(r"\s+(?:of|and|&)$")
_RX_EXTRACT_SCHOOLS_2 = re.compile(r"\bstudying\b")
_RX_EXTRACT_SCHOOLS_3 = re.compile(r"(?:just\s+)?start", re.I)


_WORK_WORDS = re.compile(r"\b(?:works?|working|job|teach\w*|staff|employed|nurse|manager|"
                         r"head|governor|volunteer\w*|cleaner|cook|assistant|TA|secretary|"
                         r"caretaker|lecturer|professor|porter|matron|doctor|receptionist|"
                         r"parents'? evening|meeting|event|fair|concert|play)\b", re.I)


# Cues that name a place of study whatever its name ("graduating from Warwick").
_ADMITTED = re.compile(r"(?:graduat|got into|accepted|place at|offer from|student at|"
                       r"studies at|studying at|enrolled at|year \d|yr \d)", re.I)


_NOT_A_SCHOOL = re.compile(r"\b(?:Hospital|Clinic|Surgery|Trust|Centre|Center|Museum|Gallery|"
                           r"Library|Hotel|Council|Church|Theatre|Theater|Stadium|Club)\b")
_WORKS_AT = re.compile(r"\b(?:works?|working|worked|job|employed|staff|teach\w*|lectur\w*|"
                       r"volunteers?|volunteering|governor|head)\b", re.I)


def _works_there(note: Note, sent: Sentence, start: int, name: str, about: str | None) -> bool:
    """Say whether the sentence gave a job for the same person before the school's name:
    "a teacher at Oakwood Primary" works there."""
    for f in note.facts:
        if f["kind"] == "occupation" and f["about"] == about and \
                sent.start <= f["span"][0] < sent.start + start and \
                (f["employer"] in (None, name) or name.startswith(f["employer"])):
            return True
    return False


def _schoolish(name: str) -> bool:
    """Say whether a name is a school's by its words ("Aston Uni", "St Anne's primary")."""
    return bool(_SCHOOLISH.search(name)) or name.lower().endswith(
        (" primary", " school", " college", " academy", " uni", " nursery", " high"))


def _school_at(note: Note, sent: Sentence, m: re.Match[str], name: str) -> bool:
    """Say whether a bare "at <School>" says where someone studies ("twin boys at Highgate
    Wood School", "he's 19 and at Aston Uni"), not where they work or went once."""
    return _schoolish(name) and not _WORK_WORDS.search(sent.text, 0, m.start()) and \
        not _WORK_WORDS.match(sent.text, m.end())


def extract_schools(note: Note, sent: Sentence) -> None:
    """Emit a school or course, and a dated start as an `other` event."""
    text, low = sent.text, sent.low
    found = []
    for rx, needs in ((_STUDY, _STUDY_NEEDS), (_SCHOOL_CUE, _SCHOOL_CUE_NEEDS)):
        for w in needs:
            if w in low:
                found += rx.finditer(text)
                break
    for m in found:
        groups = m.groupdict()
        name = next((groups[g] for g in ("s", "s2", "s3", "s4", "s5", "s6") if groups.get(g)),
                    None)
        if not name:
            continue
        if groups.get("subj2") and groups["subj2"].lower() not in lexicon.subjects():
            continue  # "did her nails at Boots" studies nothing
        if groups.get("s6") and not _school_at(note, sent, m, name):
            continue
        name = _RX_EXTRACT_SCHOOLS_1.sub("", name.strip())
        studying = m.re is _STUDY or _RX_EXTRACT_SCHOOLS_2.search(text[m.end():m.end() + 20]) \
            or _ADMITTED.match(m.group())
        if not (studying or _schoolish(name)):
            continue
        if name.split()[0].lower() in ("in", "on", "the", "i", "she", "he") or \
                name in ("Uni", "University", "College", "School") or _NOT_A_SCHOOL.search(name):
            continue
        if not studying and _WORKS_AT.search(text, 0, m.start()):
            continue  # "works at Leeds Uni", "a job at the College": a workplace
        start = m.start("s" if groups.get("s") else "s6") if m.re is _SCHOOL_CUE else m.start()
        if hypothetical_before(sent, start) or _FORMER.search(text[:m.start()]):
            continue
        about = about_at(note, sent, start)
        if about == SKIP or _works_there(note, sent, start, name, about):
            continue
        note.emit("school", sent.start + start, sent.start + m.end(), about, 0.7, value=name)
        if m.re is _SCHOOL_CUE and _RX_EXTRACT_SCHOOLS_3.match(m.group()):
            for dm in find_dates(text[m.end():], note.date):
                when = month_value(dm, note.date, True)
                future = dm.future if dm.future is not None else True
                note.emit("event", sent.start + start, sent.start + m.end(), about, 0.6,
                          type="other", when=when, status="upcoming" if future else "past")
                break
