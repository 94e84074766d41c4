"""Pets: a species or breed word with the pet's name ("Dog = Pepper (schnauzer)", "Lola &
Bruno (pugs)", "our cat Misty"), whose pet it is, and deaths ("Max passed away in May"),
which make the pet deceased and add a bereavement.
"""

from __future__ import annotations

import re

from . import lexicon
from .context import Mention, Note, about_at, hypothetical_before, is_pet
from .events import death_date
from .people import _ADJ, _I_HAVE, _NAMES, _Hit, _split_names
from .text import NAME, Sentence, find_terms, is_name, strip_possessive

_DEATH = re.compile(r"\b(?:died|passed away|passed on|passed|put to sleep|pts|put down|"
                    r"lost (?:him|her|them)|no longer with us|(?<!['’])d\.|who (?:we|i|she|he|"
                    r"they) lost|went peacefully|slipped away|crossed the rainbow bridge)", re.I)


# "i have two cats and a dog": a later item of the same list.
_I_HAVE_AND = re.compile(r"\b(?:(?:i|we)\s+(?:have|'ve got|have got|own)|(?<!who )(?:has|owns))\s+"
                         r"(?:a|an|one|two|three|four|\d+)\s+[a-z-]+(?:\s+[a-z-]+)?\s*(?:,|and|&)"
                         r"\s+(?:a|an|one|two|three|four|\d+)\s+(?:[a-z-]+\s+)?$")
# Staff shorthand with the subject left out: "Has two cats", "Also owns a horse".
_HAS = re.compile(r"(?:^|[.;,:!—–-]\s*|\b(?:also|she|he|they|and|owner|client|pt|now)\s+)"
                  r"(?:also\s+|now\s+)?(?:has|owns|has got)\s+(?:a|an|one|two|three|four|five|"
                  r"\d+|several|some)\s+(?:(?!to\b|for\b|of\b)[a-z-]+\s+){0,2}$")

_PET_RIGHT = re.compile(r"(?:\s*(?:,|=|:)?\s*(?:(?:(?:is |was |['’]s )?called|named)\s+"
                        r"(?:(?P<lname>[a-z]+)\b|(?P<cnames>" + _NAMES + r"))|(?P<names>" + _NAMES +
                        r"))|"
                        r"\s*\((?P<pnames>" + _NAMES + r")\))?")
# "Two cats — Salt & Pepper.": the names stand alone after a dash that ends the sentence.
_DASH_NAMES = re.compile(r"\s*[—–-]\s*(?P<names>" + _NAMES + r")(?=\s*(?:[.;!(,]|$))")
_PET_BEFORE = re.compile(r"(?P<name>" + NAME + r")\s*(?:\(\s*(?:also\s+)?(?:(?:our|my|her|his|a|an|"
                         r"the)\s+)?"
                         + _ADJ + r"{0,2}|=\s*" + _ADJ + r"{0,2}|\s+the\s+|"
                         r",\s*(?:our|my|her|his|their)\s+" + _ADJ + r"{0,2})$")
# "Walks the dog before work": a verb opening the note, not a pet called Walks.
_PET_VERBS = frozenset("""walks walked walking feeds fed takes took brings brought loves
loved has had grooms groomed rescued adopted got bought lost visits minds minded fosters
fostered trains trained shows showed owns keeps kept likes hates washes washed misses
missed collects collected drops dropped leaves left boards boarded""".split())
# "Mr Park (collie, Bess)": a name after a title is the owner's, never the pet's.
_TITLE_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+$")
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
        if _PET_THING.match(text, we):
            continue  # "her dog lead", "cat food": a thing for a pet
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
        dead = bool(_DEATH.search(text, start)) and not _RX_EXTRACT_PETS_1.search(text[start:]) \
            or bool(_DEATH_NEXT.match(note.text, sent.start + len(text))) or \
            bool(_LOST_BEFORE.search(text, max(0, start - 40), start)) and \
            _SAD.search(note.text) is not None and _MISSING.search(note.text) is None
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
_RX_PET_OWNED_3 = re.compile(r"(?:adopted|adopting|rescue|got|getting|have|has|bought|with)\s+"
                             r"an?\s+$")


_MY_PET_IS = re.compile(r"\b(?:my|our) (?:only |other |)pets? (?:is|are) (?:a|an|two|three|four|"
                        r"\d+) (?:[a-z-]+ )?$")
_I_HAVE_AFTER = re.compile(r"\s+(?:(?:that|which) )?(?:i|we) (?:have|own|'ve got|have got)\b|"
                           r"\s+and (?:i |we )?(?:have|own) (?:two|three|four|five|six|\d+|a few|"
                           r"several) of them\b")
_UNREAL_ADJ = re.compile(r"\b(?:first|own|future|next|new|dream|ideal|perfect)\b", re.I)
_MY_LIST = re.compile(r"\b(?:my|our) (?:[a-z-]+ ){0,2}?[a-z-]+ (?:and|&) (?:a |an |)$")
_OUTSIDER_OWNER = re.compile(r"(?:neighbou?rs?|colleague|boss|friend|someone|somebody)['’]s?$")


def _has_window(sent: Sentence, local: int, m: _Hit) -> str:
    """The words before a species in which "has"/"owns" would stand, or "" when neither
    does (so the pattern need not run)."""
    window = sent.text[max(0, local - 40):m.word_start].lower()
    return window if "has" in window or "owns" in window else ""


def _pet_owned(note: Note, sent: Sentence, m: _Hit, poss: str,
               names: list[str]) -> bool:
    """Say whether a species mention is a pet of the customer's circle, not a passing one."""
    local = m.start()
    presupposed = poss.lower() in ("my", "our", "her", "his", "their") and \
        not _UNREAL_ADJ.search(m.adj)  # "i wish my doggies could talk": they exist
    if hypothetical_before(sent, local) and not presupposed:
        return False
    before = sent.text[max(0, local - 30):local].lower()
    if poss:
        if _OUTSIDER_OWNER.search(poss):
            return False  # "her neighbour's dog"
        if note.customer_voice:
            return poss in ("my", "our") or (not poss.endswith("'s") and bool(names))
        return poss not in ("my", "our")
    if note.customer_voice and _MY_LIST.search(sent.low, max(0, local - 40), local):
        return True  # "my dog and cat": the list shares its "my"
    if note.customer_voice and ("pet" in sent.low and
                                _MY_PET_IS.search(sent.low, max(0, local - 40), m.word_start)
                                or _I_HAVE_AFTER.match(sent.low, m.end)):
        return True  # "my only pet is a cow", "the two dogs i have", "cats, i have five"
    if _I_HAVE.search(sent.text[max(0, local - 40):m.word_start].lower()) or \
            _I_HAVE_AND.search(sent.text[:m.word_start].lower()) or \
            not note.customer_voice and _HAS.search(_has_window(sent, local, m)):
        return True
    if _RX_PET_OWNED_1.search(before) and not names:
        return False
    if not names:
        return False
    if m.group("pnames") or m.group("cnames"):
        return True  # "a bearded dragon (Kevin)", "a Shih Tzu, named Mango": a named pet
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


_NAME_OWNS_BEFORE = re.compile(r"(" + NAME + r")['’]s\s+(?:\w+\s+){0,2}$")
_RX_PET_ABOUT_1 = re.compile(r"\b(?:her|his|my|our)\s+(\w+)['’]s\s+$", re.I)
_RX_PET_ABOUT_2 = re.compile(r"(\w+)['’]s\s")


# "we lost our rabbit Dusty"; "Biscuit (cocker, 13) — PTS today": the death said around it.
_LOST_BEFORE = re.compile(r"\b(?:lost|losing|said goodbye to|say goodbye to|buried|mourning|"
                          r"RIP)\s+(?:(?:our|my|her|his|their|the)\s+)?(?:\w+\s+){0,2}$", re.I)
_PET_THING = re.compile(r"\s+(?:lead|leads|bowl|bowls|food|bed|beds|toy|toys|coat|collar|"
                        r"treats|biscuits|shampoo|groomer|walker|walking|sitter|sitting|"
                        r"flap|hair|fur|insurance|friendly|show|shows|kennel|crate|carrier|"
                        r"licence|license|basket|blanket|allergy|allergies|phobia|bite|bites|scratch|"
                        r"scratches)\b", re.I)
_SAD = re.compile(r"\b(?:sad|sadly|sorry|heartbroken|devastated|rip|grief|grieving|miss (?:him|"
                  r"her)|passed|died|final days)\b", re.I)
_MISSING = re.compile(r"\b(?:missing|escaped|ran off|run away|ran away|found|lost (?:his|her|"
                      r"their|the) (?:lead|collar|tag))\b", re.I)
_DEATH_NEXT = re.compile(r"\s*[—–-]+\s*(?:sadly\s+|very sadly\s+)?(?:PTS|P\.T\.S|put to sleep|"
                         r"put down|died|passed away|passed|RIP|lost)\b", re.I)
_THEIR_BEFORE = re.compile(r"\btheir\s+(?:\w+\s+)?$", re.I)
_MY_BEFORE = re.compile(r"\b(?:my|our)\s+(?:\w+\s+)?$")


def _pet_about(note: Note, sent: Sentence, local: int) -> str | None:
    """Return whose pet it is: the customer (None) or a named relative."""
    poss_m = _NAME_OWNS_BEFORE.search(sent.text, 0, local)
    if poss_m:
        mn = note.mention_named(poss_m.group(1))
        if mn is not None:
            return mn.about
    rel_m = _RX_PET_ABOUT_1.search(sent.text[:local]) or \
        _RX_PET_ABOUT_2.match(sent.text[local:])  # the hit may start at "mum's"
    if rel_m and rel_m.group(1).lower() in lexicon.relations():
        return lexicon.relations()[rel_m.group(1).lower()].label
    if note.customer_voice and (sent.low.startswith(("my ", "our "), local) or
                                _MY_BEFORE.search(sent.low, max(0, local - 12), local)):
        return None  # "but my dog only watches": the customer's own, whoever was just named
    if _THEIR_BEFORE.search(sent.text, max(0, local - 12), local) or \
            sent.low.startswith("their ", local):
        return None  # "their dog": the couple's, the customer's
    a = about_at(note, sent, local)
    return None if is_pet(note, a) else a  # a pet's companion is the customer's pet
