"""Find the customer's relatives and pets: person and pet facts, plus mentions for `about`."""

from __future__ import annotations

import re

from . import lexicon
from .context import SKIP, Mention, Note, about_at, hypothetical_before
from .events import death_date
from .text import NAME, Sentence, ascii_twin, find_terms, is_name, strip_possessive

_NAMES = NAME + r"(?:['’]s?)?(?:\s*(?:,|&|\+|and)\s*" + NAME + r"(?:['’]s?)?){0,3}"
_POSS = (r"(?P<poss>my|our|her|his|their|(?:the\s+)?(?:client|customer|owner|pt|patient|"
         r"member)['’]s|(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?" + NAME + r"['’]s)")
_ADJ = (r"(?:(?:little|late|eldest|oldest|youngest|older|younger|elder|big|baby|new|first|"
        r"second|2nd|only|two|three|four|2|3|4|grown-up|adult|teenage|beloved|dear|old|"
        r"rescue|ginger|black|white|tabby|grey|elderly|young|senior|pet|guide|other|lovely|"
        r"gorgeous|two-year-old|miniature|mini|toy|giant)\s+)")
# Kin words that also name non-relatives need a possessive or a count before them.
_AMBIGUOUS = {"boy", "boys", "girls", "little girl", "baby", "kid", "child", "little one",
              "parent", "parents",
              "little ones", "oh", "bf", "gf", "friend", "best friend", "boss", "colleague",
              "coworker", "co-worker", "bestie", "cousin"}
_DEATH = re.compile(r"\b(?:died|passed away|passed on|passed|put to sleep|pts|put down|"
                    r"lost (?:him|her|them)|no longer with us|d\.)", re.I)


# "i have three sisters", "we've got two rescue greyhounds": the customer's own, counted.
_I_HAVE = re.compile(r"\b(?:i|we)\s+(?:have|had|'ve got|have got|got|adopted|rescued|own)\s+"
                     r"(?:a|an|one|two|three|four|five|six|\d+|several|some|many)\s+"
                     r"(?:(?!to\b|for\b|of\b)[a-z-]+\s+){0,2}$", re.I)
# "i have two cats and a dog": a later item of the same list.
_I_HAVE_AND = re.compile(r"\b(?:i|we)\s+(?:have|'ve got|have got|own)\s+(?:a|an|one|two|three|"
                         r"four|\d+)\s+[a-z-]+(?:\s+[a-z-]+)?\s*(?:,|and|&)\s+(?:a|an|one|two|"
                         r"three|four|\d+)\s+(?:[a-z-]+\s+)?$")
_LEFT = re.compile(r"(?:\b" + _POSS + r"\s+)?(?P<adj>" + _ADJ + r"{0,2})$", re.I)
_LEFT_ASCII = ascii_twin(_LEFT)
_RIGHT = re.compile(r"(?:\s*[,:=]?\s*(?:(?:is|are|called|named|['’]s\s+name\s+is)\s+)?"
                    r"(?P<names>" + _NAMES + r")"
                    r"|\s*\((?P<pnames>" + _NAMES + r")[^)]{0,40}\))?")
_PET_RIGHT = re.compile(r"(?:\s*(?:,|=|:)?\s*(?:(?:called|named)\s+(?:(?P<lname>[a-z]+)\b|"
                        r"(?P<cnames>" + _NAMES + r"))|(?P<names>" + _NAMES + r"))|"
                        r"\s*\((?P<pnames>" + _NAMES + r")\))?")
# "Two cats — Salt & Pepper.": the names stand alone after a dash that ends the sentence.
_DASH_NAMES = re.compile(r"\s*[—–-]\s*(?P<names>" + _NAMES + r")(?=\s*(?:[.;!(]|$))")
_PET_BEFORE = re.compile(r"(?P<name>" + NAME + r")\s*(?:\(\s*(?:(?:our|my|her|his|a|the)\s+)?"
                         + _ADJ + r"{0,2}|=\s*" + _ADJ + r"{0,2}|\s+the\s+)$")


# "Walks the dog before work": a verb opening the note, not a pet called Walks.
_PET_VERBS = frozenset("""walks walked walking feeds fed takes took brings brought loves
loved has had grooms groomed rescued adopted got bought lost visits minds minded fosters
fostered trains trained shows showed owns keeps kept likes hates washes washed misses
missed collects collected drops dropped leaves left boards boarded""".split())
# "Mr Park (collie, Bess)": a name after a title is the owner's, never the pet's.
_TITLE_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+$")


class _Hit:
    """A kinship or species word with its left (possessive) and right (names) context."""

    def __init__(self, text: str, start: int, end: int, right: re.Pattern[str]) -> None:
        window = max(0, start - 45)
        # A possessive and two adjectives span at most four words, each followed by
        # spaces: a match cannot start before the fourth-last word, so skip the rest.
        words = text[window:start].rsplit(None, 4)
        if len(words) == 5:
            window += len(words[0])
        left = (_LEFT_ASCII if text.isascii() else _LEFT).search(text, window, start)
        self.lstart = left.start() if left else start
        self.poss = (left.group("poss") or "") if left else ""
        self.adj = (left.group("adj") or "") if left else ""
        rm = right.match(text, end)
        self.end = rm.end() if rm else end
        self.groups = rm.groupdict() if rm else {}
        self.word_start = start

    def start(self) -> int:
        return self.lstart

    def group(self, name: str) -> str | None:
        return self.poss if name == "poss" else self.groups.get(name)


# "the children's hospital" names a place; "son's a firefighter" is "son is".
_RX_EXTRACT_PEOPLE_1 = re.compile(r"['’]s?\s+(?!(?:a|an|now|just|got|been|off|doing|getting|"
                                  r"having|going|starting|moving|back|away|still|also|not|"
                                  r"never|always|expecting|pregnant|retired|engaged|married|"
                                  r"living|working|training|studying|name\s+is)\b)[a-z]")
_RX_EXTRACT_PEOPLE_2 = re.compile(r"\b[A-Za-z]+\s+$")
_RX_EXTRACT_PEOPLE_3 = re.compile(r"\b(?:with|and|&)\s+$", re.I)


def extract_people(note: Note, sent: Sentence) -> None:
    """Emit person facts and record relative mentions found in one sentence."""
    text = sent.text
    for ws, we, word in find_terms(text, lexicon.relations(), 3):
        m = _Hit(text, ws, we, _RIGHT)
        rel = lexicon.relations()[word]
        poss = m.poss.lower()
        if not poss and _RX_EXTRACT_PEOPLE_1.match(text, we):
            continue  # "the children's hospital" names a place, not a child
        if rel.relation == "child" and not poss and _KIDS_THING.match(text, we):
            continue  # "kids' frames": a product
        if word == "partner" and not poss and _RX_EXTRACT_PEOPLE_2.search(text[:ws]) and \
                not _RX_EXTRACT_PEOPLE_3.search(text[:ws]):
            continue  # "tax partner", "senior partner" are jobs
        if word in ("boy", "girl") and _OLD_BEFORE.search(text, max(0, ws - 12), ws):
            continue  # "her old boy Rufus": a pet
        pet_owner = _NAME_OWNER.search(text, max(0, ws - 30), ws)
        if pet_owner and any(mn.kind == "pet" and pet_owner.group(1) in mn.names
                             for mn in note.mentions):
            continue  # "Coco's sister Lulu": the dog's sister
        owner = _KIN_OWNER.search(text, max(0, ws - 30), ws)
        if owner and owner.group(1).lower() in _CUSTOMER_NOUNS:
            owner = None
        if owner:
            rel = _of_relative(owner.group(1).lower(), rel)
            at = sent.start + owner.start(1)
            if rel is None or not any(mn.kind == "person" and mn.about != SKIP and
                                      mn.start <= at < mn.end for mn in note.mentions):
                # "her neighbour's son": not the customer's circle; "said she'd ask
                # her boss's wife": the owner is no relative the note gave
                note.mentions.append(Mention(SKIP, "person", "-", sent.start + ws,
                                             sent.start + m.end, ()))
                continue
        elif rel.relation in ("mother", "father") and not poss and \
                (parent_of := _PARENT_OF.match(text, we)):
            if _PET_PARENT.search(text, max(0, ws - 12), ws) or \
                    find_terms(text[we:we + 30], lexicon.species()):
                continue  # "dog mum to two spaniels", "mum to Bella the cockapoo": pets
            kids = lexicon.relations()["children"]  # "Mum of 3", "Mum to Isla": her children
            names = _split_names(parent_of.group("names"))
            for name in names or [None]:
                _person(note, sent, m, kids, name)
                note.mentions.append(Mention(name or kids.label, "person", "-",
                                             sent.start + ws, sent.start + parent_of.end(),
                                             (name,) if name else ()))
            continue
        elif not _household(note, sent, m, poss, word):
            continue
        names = _split_names(m.group("names") or m.group("pnames"))
        if m.group("pnames") and _POSSESSIVE_NAME.search(m.group("pnames")):
            names = []  # "Dad (Parkinson's)": an illness, not a name
        raw = m.group("names")
        if not names and raw in _MONTH_NAMES and not _DATE_AFTER.match(text, m.end):
            names = [raw]  # "Wife June had a fall": a name, not the month
        if names and _KIN_LIST.search(text, max(0, ws - 30), m.end):
            names = []  # "Mum, Dad, Ellie (12)": a list of the family, not Mum's name
        if names and text[we:we + 3].lstrip().startswith((":", "=")):
            names = [n for n in names if n.lower() not in lexicon.occupations()]
        if rel.relation == "other" and owner and not names:
            note.mentions.append(Mention(SKIP, "person", "-", sent.start + ws,
                                         sent.start + m.end, ()))
            continue
        if rel.relation == "other" and word in ("in-laws",):
            names = []
        abs_end = sent.start + m.end
        if len(names) == 1:
            fix = _RETRACT.match(note.text, abs_end)
            if fix:  # "daughter Harriet? no, Imogen": the note corrects itself
                names = [fix.group("name")] if is_name(fix.group("name")) else []
                abs_end = fix.end()
        abs_start = sent.start + ws
        if not names:
            if word in ("boy", "girls", "kid", "baby") and not poss:
                continue
            if rel.relation == "colleague":  # "her boss's leaving do": work, not her circle
                note.mentions.append(Mention(SKIP, "person", "-", abs_start,
                                             sent.start + m.end, ()))
                continue
            _person(note, sent, m, rel, None)
            note.mentions.append(Mention(rel.label, "person", rel.gender, abs_start,
                                         sent.start + m.end, ()))
            continue
        for name in names:
            _person(note, sent, m, rel, name)
            note.mentions.append(Mention(name, "person", rel.gender, abs_start, abs_end,
                                         (name,)))
        if "late" in m.adj.lower().split():
            _late(note, sent, m, names[0] if names else rel.label)


_OLD_BEFORE = re.compile(r"\b(?:her|his|their|the|my|our)\s+old\s+$", re.I)
_NAME_OWNER = re.compile(r"\b(" + NAME + r")['’]s\s+$")
# "her son's partner": a kin word owned by a lower-case noun (a relative or an outsider).
_KIN_OWNER = re.compile(r"\b([a-z][a-z-]*)['’]s\s+(?:" + _ADJ + r")?$")
_CUSTOMER_NOUNS = frozenset(("client", "customer", "owner", "pt", "patient", "member"))
_CHILD = frozenset(("son", "daughter", "child"))


def _of_relative(owner: str, rel: lexicon.Relation) -> lexicon.Relation | None:
    """The customer's relation to a relative's relative, or None when the owner is no kin.

    A child's child is a grandchild; any other relative's relative is `other`.
    """
    kin = lexicon.relations().get(owner)
    if kin is None or kin.relation in ("friend", "colleague"):
        return None
    if kin.relation in _CHILD and rel.relation in _CHILD:
        return lexicon.Relation("grandchild", rel.gender, "grandchild", rel.plural)
    return lexicon.Relation("other", rel.gender, rel.label, rel.plural)


_RETRACT = re.compile(r"\s*\??\s*[(,—–-]?\s*(?:no|sorry|I mean|correction|actually)\s*[,:—–-]"
                      r"?\s*(?P<name>[A-Z][a-z]+)\b(?!\s*[,.]?\s*(?:is|was|has)\b)")


_RX_HOUSEHOLD_1 = re.compile(r"\b(?:a|an|the|any|no|your|whose)\s*$")
_A_ROLE = re.compile(r"\b(?:a|an)\s+(?:full-time|part-time|stay-at-home|single|working|proud|"
                     r"busy|first-time|doting|devoted)\s+$", re.I)
_NEW_ROLE = re.compile(r"(?:^|[,;:(—–-]\s*)(?:proud\s+)?(?:new|first-time|young|single|busy|"
                       r"working|expectant|tired)\s+$", re.I)
_RX_HOUSEHOLD_2 = re.compile(r"\b(?:\d|two|three|four|twin)\s+$", re.I)


def _household(note: Note, sent: Sentence, m: _Hit, poss: str, word: str) -> bool:
    """Say whether a kinship mention belongs to the customer's circle."""
    local = m.start()
    if hypothetical_before(sent, local):
        return False
    before = sent.text[max(0, local - 12):local].lower()
    ws = m.word_start
    parent = lexicon.relations()[word].relation in ("mother", "father", "parent", "grandparent")
    if not poss and (_A_ROLE.search(sent.text, max(0, ws - 30), ws) or
                     parent and _NEW_ROLE.search(sent.text, max(0, ws - 30), ws)):
        return False  # "now a full-time mum" says what the customer is
    if _RX_HOUSEHOLD_1.search(before) and not poss:
        return word in ("grandkids", "kids", "children", "twins") and "the" in before[-5:]
    if note.customer_voice:
        if poss in ("my", "our"):
            return True
        if poss:
            return False
        return bool(_I_HAVE.search(sent.text[max(0, local - 30):m.word_start]))
    if poss in ("my", "our"):
        return False  # staff's own family
    if word == "oh" and sent.text[m.word_start:m.word_start + 2] == "OH":
        return about_at(note, sent, local) is None  # "OH Geoff": other half, never "oh!"
    if word in _AMBIGUOUS and not poss and not _RX_HOUSEHOLD_2.search(before) and not (
            word in ("bf", "gf", "oh") and not sent.text[:ws].strip(" -—–:(")
            and _COPULA_AFTER.match(sent.text, m.end)):
        return False
    if poss in ("her", "his", "their") or not poss:
        return about_at(note, sent, local) is None
    return True


_COPULA_AFTER = re.compile(r"\s+(?:is|was|has|works|'s|’s)\b")
_POSSESSIVE_NAME = re.compile(r"['’]s?$")
# "kids' frames", "children's menu": a product, not the customer's children.
_KIDS_THING = re.compile(r"['’]?s?\s+(?:cut|cuts|menu|meal|meals|frames|glasses|specs|party|"
                         r"parties|class|classes|club|size|sizes|section|books?|toys?|portion|"
                         r"tickets?|haircut|trim|range|shoes|clothes|corner|area|room)\b", re.I)
_PARENT_OF = re.compile(r"\s+(?:of|to)\s+(?:(?i:\d+|one|two|three|four|five|six|twins)\b|"
                        r"(?P<names>" + _NAMES + r"))")
_PET_PARENT = re.compile(r"\b(?:dog|cat|fur|pet|puppy|plant|horse)\s+$", re.I)
_MONTH_NAMES = frozenset(("April", "May", "June", "August"))
_DATE_AFTER = re.compile(r"\s*(?:\d|the\b|of\b|[,.]?\s*\d)", re.I)
# A kin word in a comma list with another: "Mum, Dad, Ellie" names none of them.
_KIN_LIST = re.compile(r"\b(?:Mum|Mom|Dad|Nan|Gran|Grandad|Grandpa|Grandma|Mother|Father|"
                       r"Wife|Husband|Partner)\s*,\s*(?:Mum|Mom|Dad|Nan|Gran|Grandad|Grandpa|"
                       r"Grandma|Mother|Father|Wife|Husband|Partner)\b")
_RX_SPLIT_NAMES_1 = re.compile(r"\s*(?:,|&|\+|\band\b)\s*")


def _late(note: Note, sent: Sentence, m: _Hit, about: str) -> None:
    """ "Her late husband Bill": the customer lost him, date unknown unless a death word
    in the note gives one."""
    if any(f["kind"] == "event" and f["type"] == "bereavement" and f["about"] == about
           for f in note.facts):
        return
    note.emit("event", sent.start + m.start(), sent.start + m.end, about, 0.7,
              type="bereavement", when=None, status="past")


def _split_names(raw: str | None) -> list[str]:
    if not raw:
        return []
    parts = _RX_SPLIT_NAMES_1.split(raw)
    out = []
    for p in parts:
        p = strip_possessive(p.strip())
        if p and is_name(p) and p.lower() not in lexicon.nationalities():
            out.append(p)  # "Husband is Kenyan" gives no name
    return out


def _person(note: Note, sent: Sentence, m: _Hit, rel: lexicon.Relation,
            name: str | None) -> None:
    if name is None:
        for f in note.facts:  # a named mention of the same relative already covers it
            if f["kind"] == "person" and f["relation"] == rel.relation:
                return
    note.emit("person", sent.start + m.start(), sent.start + m.end, None, 0.9,
              relation=rel.relation, name=name)
    if name is not None:
        note.facts[:] = [f for f in note.facts if not (
            f["kind"] == "person" and f["relation"] == rel.relation and f["name"] is None)]


_NAME_AND = re.compile(r"(" + NAME + r")\s*(?:&|\+|,|\band\b)\s*$")
_PLACE_NAME = re.compile(r"\s+[A-Z]")
_AT_BEFORE = re.compile(r"\b(?:at|in|on|from|to|near|by|off)\s+$")
_RX_EXTRACT_PETS_1 = re.compile(r"\b(?:and|but)\s+(?:now|still)\b")


def extract_pets(note: Note, sent: Sentence) -> None:
    """Emit pet facts (with deceased status and a bereavement event) in one sentence."""
    text = sent.text
    found: list[tuple[int, int, str, list[str]]] = []
    for ws, we, word in find_terms(text, lexicon.species(), 3):
        sp = lexicon.species()[word]
        if text[ws].isupper() and _PLACE_NAME.match(text, we) and \
                _AT_BEFORE.search(text, max(0, ws - 8), ws):
            continue  # "at Canary Wharf", "in Swan Lane": a place, not a pet
        before = _PET_BEFORE.search(text, max(0, ws - 40), ws)
        if before is not None:
            name = strip_possessive(before.group("name"))
            if is_name(name) and name.lower() not in _PET_VERBS and \
                    not hypothetical_before(sent, before.start()) and \
                    not _TITLE_BEFORE.search(text, 0, before.start()):
                end = text.find(")", we, we + 30) + 1 if "(" in before.group() else we
                names, first = [name], before.start()
                while (more := _NAME_AND.search(text, max(0, first - 30), first)) and \
                        is_name(more.group(1)) and more.group(1).lower() not in _PET_VERBS \
                        and not _TITLE_BEFORE.search(text, 0, more.start()):
                    names.insert(0, more.group(1))  # "Lola & Bruno (pugs)"
                    first = more.start()
                found.append((first, max(end, we), sp, names))
                continue
        m = _Hit(text, ws, we, _PET_RIGHT)
        names = _split_names(m.group("names") or m.group("pnames") or m.group("cnames"))
        end = m.end
        if not names and not text[m.end:].strip():
            dash = _DASH_NAMES.match(note.text, sent.start + len(text))
            if dash:
                names = _split_names(dash.group("names"))
                end = dash.end() - sent.start
        if m.group("lname"):
            names = [m.group("lname")]
        poss = m.poss.lower()
        if not _pet_owned(note, sent, m, poss, names):
            continue
        found.append((m.start(), end, sp, names))
    for start, end, sp, names in found:
        about = _pet_about(note, sent, start)
        if about == "\x00skip":
            continue
        dead = bool(_DEATH.search(text, start)) and not _RX_EXTRACT_PETS_1.search(text[start:])
        for name in names or [None]:
            if name and any(name in mn.names for mn in note.mentions):
                continue
            if name is None and any(f["kind"] == "pet" and f["species"] == sp
                                    for f in note.facts):
                continue
            status = "deceased" if dead else "alive"
            note.emit("pet", sent.start + start, sent.start + end, about, 0.85, species=sp,
                      name=name, status=status)
            note.mentions.append(Mention(name or sp, "pet", "-", sent.start + start,
                                         sent.start + end, (name,) if name else ()))
            if dead:
                when = death_date(note, sent)
                ev = note.emit("event", sent.start + start, sent.start + len(text), name or sp,
                               0.8, type="bereavement", when=when, status="past")
                if ev is not None:
                    ev["ends"] = [{"kind": "pet", "name": name, "species": sp,
                                   "status": "alive", "about": about}]


_RX_PET_OWNED_1 = re.compile(r"\b(?:a|an|the|any|no|with|of|do|for)\s+$")
_RX_PET_OWNED_2 = re.compile(r"\b(?:a|an)\s+$")
_RX_PET_OWNED_3 = re.compile(r"(?:adopted|rescue|got|have|has|bought)\s+an?\s+$")


_OUTSIDER_OWNER = re.compile(r"(?:neighbou?rs?|colleague|boss|friend|someone|somebody)['’]s?$")


def _pet_owned(note: Note, sent: Sentence, m: _Hit, poss: str,
               names: list[str]) -> bool:
    """Say whether a species mention is a pet of the customer's circle, not a passing one."""
    local = m.start()
    if hypothetical_before(sent, local):
        return False
    before = sent.text[max(0, local - 30):local].lower()
    if poss:
        if _OUTSIDER_OWNER.search(poss):
            return False  # "her neighbour's dog"
        if note.customer_voice:
            return poss in ("my", "our") or (not poss.endswith("'s") and bool(names))
        return poss not in ("my", "our")
    if _I_HAVE.search(sent.text[max(0, local - 40):m.word_start].lower()) or \
            _I_HAVE_AND.search(sent.text[:m.word_start].lower()):
        return True
    if _RX_PET_OWNED_1.search(before) and not names:
        return False
    if not names:
        return False
    return not _RX_PET_OWNED_2.search(before) or bool(
        _RX_PET_OWNED_3.search(before))


def mark_pet_deaths(note: Note, sents: list[Sentence]) -> None:
    """Mark pets deceased when a later sentence says they died ("Max passed away in May")."""
    for f in list(note.facts):
        if f["kind"] != "pet" or f["status"] != "alive" or not f["name"]:
            continue
        for sent in sents:
            if f["name"] not in sent.text:
                continue
            m = re.search(r"\b" + re.escape(f["name"]) + r"\b", sent.text)
            if m and _DEATH.search(sent.text, m.end()) and not hypothetical_before(sent, m.start()):
                f["status"] = "deceased"
                ev = note.emit("event", sent.start + m.start(), sent.start + len(sent.text),
                               f["name"], 0.8, type="bereavement", when=death_date(note, sent),
                               status="past")
                if ev is not None:
                    ev["ends"] = [{"kind": "pet", "name": f["name"], "species": f["species"],
                                   "status": "alive", "about": f["about"]}]
                break


_RX_PET_ABOUT_1 = re.compile(r"\b(?:her|his|my|our)\s+(\w+)['’]s\s+$", re.I)
_RX_PET_ABOUT_2 = re.compile(r"(\w+)['’]s\s")


def _pet_about(note: Note, sent: Sentence, local: int) -> str | None:
    """Return whose pet it is: the customer (None) or a named relative."""
    poss_m = re.search(r"(" + NAME + r")['’]s\s+(?:\w+\s+){0,2}$", sent.text[:local])
    if poss_m:
        mn = note.mention_named(poss_m.group(1))
        if mn is not None:
            return mn.about
    rel_m = _RX_PET_ABOUT_1.search(sent.text[:local]) or \
        _RX_PET_ABOUT_2.match(sent.text[local:])  # the hit may start at "mum's"
    if rel_m and rel_m.group(1).lower() in lexicon.relations():
        return lexicon.relations()[rel_m.group(1).lower()].label
    a = about_at(note, sent, local)
    return a
