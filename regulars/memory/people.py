"""Find the customer's relatives: person facts, plus the mentions `about` resolves against.

The kinship-word machinery here (`_Hit`, names after a kin word) is shared with pets.py.
"""

from __future__ import annotations

import re

from . import lexicon
from .context import SKIP, Mention, Note, about_at, hypothetical_before, resolve_pronoun
from .text import NAME, Sentence, ascii_twin, find_terms, is_name, strip_possessive

_NAMES = NAME + r"(?:['’]s?)?(?:\s*(?:,|&|\+|and)\s*" + NAME + r"(?:['’]s?)?){0,3}"
_POSS = (r"(?P<poss>my|our|her|his|their|(?:the\s+)?(?:client|customer|owner|pt|patient|"
         r"member)['’]s|(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?" + NAME + r"['’]s)")
_ADJ = (r"(?:(?:little|late|eldest|oldest|youngest|older|younger|elder|big|baby|new|first|"
        r"second|2nd|third|fourth|fifth|sixth|3rd|4th|5th|only|two|three|four|five|2|3|4|5|"
        r"grown-up|grown|adult|teenage|beloved|dear|old|"
        r"rescue|ginger|black|white|tabby|grey|elderly|young|senior|pet|guide|other|lovely|"
        r"gorgeous|two-year-old|miniature|mini|toy|giant)\s+)")
# Kin words that also name non-relatives need a possessive or a count before them.
_AMBIGUOUS = {"boy", "boys", "girls", "little girl", "little boy", "baby", "kid", "child",
              "little guy", "little man", "little lady", "little princess", "wee one", "wee man",
              "lad", "wee lad", "lass", "wee lass",
              "little one", "bro", "sis",
              "parent", "parents", "little ones", "oh", "bf", "gf", "friend", "best friend",
              "boss", "colleague", "coworker", "co-worker", "bestie", "cousin", "buddy", "pal"}


# "i have three sisters", "we've got two rescue greyhounds": the customer's own, counted.
_I_HAVE = re.compile(r"\b(?:(?:i|we)\s+(?:also\s+)?(?:have|had|'ve got|have got|got|adopted|"
                     r"rescued|own)|(?:i|we)['’]ve (?:also )?got|(?:and|but)\s+(?:also\s+)?"
                     r"(?:have|own))\s+"
                     r"(?:a|an|one|two|three|four|five|six|\d+|several|some|many)\s+"
                     r"(?:(?!to\b|for\b|of\b)[a-z-]+\s+){0,2}$", re.I)
# Every word that can end _LEFT's match: possessives and the adjectives of _ADJ.
_LEFT_WORDS = frozenset(("my", "our", "her", "his", "their")) | frozenset(
    re.findall(r"[\w-]+", _ADJ.split("(?:", 2)[2]))
_LEFT = re.compile(r"(?:\b" + _POSS + r"\s+)?(?P<adj>" + _ADJ + r"{0,2})$", re.I)
_LEFT_ASCII = ascii_twin(_LEFT)
# Inside brackets a name may carry an age: "(Finn 9, Isla 7)".
_AGED_NAMES = NAME + r"(?:\s+\d{1,2})?(?:\s*(?:,|&|\+|and)\s*" + NAME + r"(?:\s+\d{1,2})?){0,3}"
_RIGHT = re.compile(r"(?:\s*[,:=]?\s*(?:(?:is|are|called|named|['’]s\s+name\s+is|twins|the twins|"
                    r"(?:Mr|Mrs|Ms|Miss|Dr)\.?)\s+)?"
                    r"(?P<names>" + _NAMES + r")"
                    r"|\s*\((?P<pnames>" + _AGED_NAMES + r")[^)]{0,40}\))?")


class _Hit:
    """A kinship or species word with its left (possessive) and right (names) context."""

    def __init__(self, text: str, start: int, end: int, right: re.Pattern[str]) -> None:
        window = max(0, start - 45)
        # A possessive and two adjectives span at most four words, each followed by
        # spaces: a match cannot start before the fourth-last word, so skip the rest.
        words = text[window:start].rsplit(None, 4)
        if len(words) == 5:
            window += len(words[0])
        last = words[-1].lower().lstrip("(\"[“‘—–-") if words and text[start - 1:start].isspace() \
            else ""
        if last in _LEFT_WORDS or last.endswith(("'s", "’s")):
            left = (_LEFT_ASCII if text.isascii() else _LEFT).search(text, window, start)
        else:
            left = None  # the word before is neither a possessive nor a kin adjective
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
                                  r"living|working|training|studying|name\s+is|hen|stag|"
                                  r"wedding|birthday|graduation|engagement|christening|"
                                  r"funeral|party|school|uni|new|coeliac|celiac|vegan|"
                                  r"vegetarian|veggie|pescatarian|diabetic|allergic|lactose|"
                                  r"gluten|dairy|halal|kosher|intolerant|ill|poorly|unwell|"
                                  r"recovering|home|due|from|in|at|on|off|very|so|really|"
                                  r"doing|better|into|mad|obsessed)\b)[a-z]")
_RX_EXTRACT_PEOPLE_2 = re.compile(r"\b[A-Za-z]+\s+$")
_RX_EXTRACT_PEOPLE_3 = re.compile(r"(?:\b(?:with|and|&|(?<!promoted )(?<!made )to|for|from|by|"
                                  r"married)|w/)\s+$", re.I)


def extract_people(note: Note, sent: Sentence) -> None:
    """Emit person facts and record relative mentions found in one sentence."""
    text = sent.text
    for ws, we, word in find_terms(text, lexicon.relations(), 3):
        m = _Hit(text, ws, we, _RIGHT)
        rel = lexicon.relations()[word]
        poss = m.poss.lower()
        if not poss and _RX_EXTRACT_PEOPLE_1.match(text, we):
            continue  # "the children's hospital" names a place, not a child
        if text[ws].isupper() and ws and (_LOWER_WORD_BEFORE.search(text, max(0, ws - 20), ws)
                                          or _PRODUCT_WORD_AFTER.match(text, we)):
            continue  # "Guest ale Brother Rabbit IPA", "6 Big Sister prosecco": a product
        if rel.relation == "child" and not poss and _KIDS_THING.match(text, we):
            continue  # "kids' frames": a product
        if word == "partner" and not poss and _RX_EXTRACT_PEOPLE_2.search(text[:ws]) and \
                not _RX_EXTRACT_PEOPLE_3.search(text[:ws]):
            continue  # "tax partner", "senior partner" are jobs
        if word in ("boy", "girl") and (_OLD_BEFORE.search(text, max(0, ws - 12), ws) or
                                        find_terms(text[we:we + 40], lexicon.species())):
            continue  # "her old boy Rufus", "our other boy Alfie (a Maine Coon)": a pet
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
        elif not poss and word in _HONORIFIC and sent.start + ws == 0 and \
                m.group("names"):
            continue  # "Auntie Fatima — rooibos": how the regular is addressed, not kin
        elif _IS_THE_CLIENT.match(text, m.end) or _PARTED_BEFORE.search(text, max(0, ws - 30),
                                                                         ws):
            continue  # "grandad's the client"; "separated from husband": no current kin
        elif rel.relation in _SIBLING and _child_sibling(note, sent, m, poss):
            # "baby Mateo born 24/08. Big sister Lucía (3)": another child of the customer
            rel = lexicon.Relation(_AS_CHILD[rel.relation], rel.gender,
                                   _AS_CHILD[rel.relation], rel.plural)
        elif not _household(note, sent, m, poss, word):
            continue
        names = _split_names(m.group("names") or m.group("pnames"))
        named_before = _NAME_THEN_KIN.search(text, max(0, ws - 30), ws)
        if not names and named_before and is_name(named_before.group(1)) and \
                text[we:we + 1] == ")":
            names = [named_before.group(1)]  # "Tom (son) graduated": Tom is the son
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
        if not names and rel.plural:  # "2 kids booked in for Sat — Harry (8) and Ruby (11)"
            listed = _NAMES_NEXT.match(note.text, sent.start + len(text))
            if listed:
                names = [n for n in _RX_SPLIT_NAMES_1.split(_AGES.sub("", listed.group("n")))
                         if is_name(n.strip())]
                names = [n.strip() for n in names]
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
            if "late" in m.adj.lower().split():
                _late(note, sent, m, rel.label)
            continue
        for name in names:
            _person(note, sent, m, rel, name)
            note.mentions.append(Mention(name, "person", rel.gender, abs_start, abs_end,
                                         (name,)))
        if "late" in m.adj.lower().split():
            _late(note, sent, m, names[0] if names else rel.label)


_LOWER_WORD_BEFORE = re.compile(r"\b(?!(?:and|with|w|her|his|their|my|our|the|for|to|from|"
                                r"by|of|as|at|in|on|says|said|brought|met|via|plus|also|both|"
                                r"ask|asked|tell|told|see|saw|visiting|visited)\b)[a-z]{2,}\s+"
                                r"(?:[A-Z][a-z]+\s+)?$")
_PRODUCT_WORD_AFTER = re.compile(r"(?:\s+[A-Z][\w'’]*)*\s+(?:IPA|ale|lager|stout|gin|vodka|rum|"
                                 r"prosecco|wine|cider|beer|brand|range|blend|coffee|tea|sauce|"
                                 r"bakery|café|cafe|pub|shop|restaurant|bar|hotel)\b", re.I)
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
                       r"working|expectant|tired|school[- ]run|football|stay[- ]at[- ]home|"
                       r"sah|cool|dance|netball|hockey|rugby|cricket|soccer|swim|gym|cheer|"
                       r"boy|girl|cat|plant)\s+$", re.I)
_MUM = frozenset(("mum", "mom", "mummy", "mommy", "mam", "mother"))


def _has_own_child(note: Note) -> bool:
    """Say whether the note has named a child of the customer already: then a bare "Mum"
    is the customer herself, and a child's sibling is another of her children."""
    return any(f["kind"] == "person" and f["about"] is None and
               f["relation"] in _CHILD_RELATIONS for f in note.facts)


_CHILD_RELATIONS = frozenset(("child", "son", "daughter"))
_HONORIFIC = frozenset(("auntie", "aunty", "uncle", "aunt", "mama", "papa", "nana", "nan",
                        "granny", "gran", "grandma", "grandpa", "grandad"))
_IS_THE_CLIENT = re.compile(r"\s*(?:['’]s|is|,)\s+(?:the|our)\s+(?:client|customer|patient|"
                            r"member)\b")
_PARTED_BEFORE = re.compile(r"\b(?:separated|divorced|divorcing|separating|split(?: up)?|broke up|"
                            r"estranged)\s+(?:from|with)\s+(?:her|his|their|my)?\s*$", re.I)
_LISTED = re.compile(r"(?:,|and|&|\+)\s+(?:\d+\s+|two\s+|three\s+)?$")
_KIN_LIST_BEFORE = re.compile(r"\b(?P<w>[A-Za-z-]+)(?:\s+[A-Z][a-z]+)?(?:\s*\([^)]{1,30}\))?\s*"
                              r"(?:,|and|&|\+)\s+(?:\d+\s+|two\s+|three\s+)?$")
_HER_LIST_BEFORE = re.compile(r"\b(?:her|his|their)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\s+(?:and|&)\s+$",
                              re.I)
_MY_LIST_BEFORE = re.compile(r"\b(?:my|our|the) (?:[a-z-]+ ){0,2}?[a-z-]+ (?:and|&) $")
_DAY_AFTER = re.compile(r"['’]?s?['’]?\s+Day\b")
_PARENT_WORDS = frozenset(("mum", "mom", "mam", "mummy", "mommy", "dad", "daddy", "mother",
                           "father", "nan", "nana", "gran", "granny", "grandma", "grandad",
                           "grandpa"))
_SIBLING = frozenset(("sibling", "sister", "brother"))
_AS_CHILD = {"sibling": "child", "sister": "daughter", "brother": "son"}
_ORDER_ADJ = re.compile(r"\b(?:little|big|baby|younger|older|elder|twin)\b", re.I)


def _child_sibling(note: Note, sent: Sentence, m: _Hit, poss: str) -> bool:
    """Say whether a brother or sister is a sibling of the customer's own child: "her
    brother Jackson" after "my daughter Harper", "Little sister Esi" after a son."""
    if not _has_own_child(note):
        return False
    if not poss:
        return bool(_ORDER_ADJ.search(m.adj))
    if poss.lower() not in ("her", "his"):
        return False
    who = resolve_pronoun(note, poss.lower(), sent.start + m.start())
    return any(f["kind"] == "person" and f["about"] is None and f["name"] == who and
               f["relation"] in _CHILD_RELATIONS for f in note.facts)
_HAS_A = re.compile(r"\b(?:[Hh]as|[Hh]ave|got)\s+(?:a|an|one|two|three|four)\s+$")
_RX_HOUSEHOLD_2 = re.compile(r"\b(?:\d|two|three|four|twin)\s+$", re.I)


def _household(note: Note, sent: Sentence, m: _Hit, poss: str, word: str) -> bool:
    """Say whether a kinship mention belongs to the customer's circle."""
    local = m.start()
    if hypothetical_before(sent, local) and poss not in ("my", "our", "her", "his", "their"):
        return False  # "planning to ride with my son Marcus": the son is there all the same
    before = sent.text[max(0, local - 12):local].lower()
    ws = m.word_start
    parent = lexicon.relations()[word].relation in ("mother", "father", "parent", "grandparent")
    if not poss and (_A_ROLE.search(sent.text, max(0, ws - 30), ws) or
                     parent and _NEW_ROLE.search(sent.text, max(0, ws - 30), ws)):
        return False  # "now a full-time mum" says what the customer is
    if not note.customer_voice and not poss and word in _MUM and _has_own_child(note):
        return False  # "Mrs Dunn's daughter Maisie… Mum chose pink": Mum is the customer
    if not note.customer_voice and _HAS_A.search(sent.text, max(0, local - 16), local):
        return about_at(note, sent, local) is None  # "Has a daughter at Leeds Uni"
    if _RX_HOUSEHOLD_1.search(before) and not poss:
        return word in ("grandkids", "kids", "children", "twins", "in-laws", "kiddos", "wife",
                        "missus", "husband", "hubby", "kiddies") and "the" in before[-5:] and \
            not sent.low.startswith(" of ", m.end)  # "the wife of the owner next door"
    if note.customer_voice:
        if poss in ("my", "our"):
            return True
        if poss:
            return False
        if _MY_LIST_BEFORE.search(sent.low, max(0, local - 40), local):
            return True  # "my two kids and wife": the list shares its "my"
        if word in _PARENT_WORDS and sent.text[ws:ws + 1].isupper() and \
                not _DAY_AFTER.match(sent.text, m.end):
            return True  # "Dad is diabetic": the customer calls their own parents so
        return bool(_I_HAVE.search(sent.text[max(0, local - 30):m.word_start]))
    if poss in ("my", "our"):
        return False  # staff's own family
    listed = _LISTED.search(sent.text, max(0, local - 12), local)  # cheap test first
    shared = listed and _HER_LIST_BEFORE.search(sent.text, max(0, local - 40), local)
    if not poss and shared:  # "her mum and son Mykola": the list shares its "her"
        return about_at(note, sent, shared.start()) is None
    prev = listed and _KIN_LIST_BEFORE.search(sent.text, max(0, local - 40), local)
    if word in ("twins", "the twins") and prev and sent.text[prev.end() - 2:prev.end()] == ", " \
            and prev.group("w").lower() in ("grandkids", "grandchildren", "kids", "children"):
        return False  # "his grandkids, twins Esi & Yaw": the grandkids, named again
    if not poss and prev and prev.group("w").lower() in lexicon.relations() and any(
            mn.kind == "person" and mn.about != SKIP and
            mn.start <= sent.start + prev.start("w") < mn.end for mn in note.mentions):
        return True  # "Mum (Farida) and sister (Noor)", "Wife Kasia & 3 kids": one family
    if word == "oh" and sent.text[m.word_start:m.word_start + 2] == "OH":
        return about_at(note, sent, local) is None  # "OH Geoff": other half, never "oh!"
    if word == "baby" and not poss and m.group("names") and _BORN_AFTER.match(sent.text, m.end):
        return about_at(note, sent, local) is None  # "baby Mateo born 24/08"
    if word in _AMBIGUOUS and not poss and not _RX_HOUSEHOLD_2.search(before) and not (
            not sent.text[:m.start()].strip(" -—–:(") and (
                m.group("names") and word not in ("boy", "boys", "girls", "baby", "kid",
                                                  "child") or word in ("bf", "gf", "oh") and
                _COPULA_AFTER.match(sent.text, m.end))):
        return False  # "Little boy Szymon starts reception", "Bf is a DJ": the customer's
    if poss in ("her", "his", "their") or not poss:
        return about_at(note, sent, local) is None
    return True


_BORN_AFTER = re.compile(r"\s*(?:\(\s*)?(?:(?:was |is |has |)(?:born|arrived)\b|(?:is|,)\s*\d{1,2}"
                         r"\s*(?:months?|weeks?|days?|mths?|wks?)\b)", re.I)
_COPULA_AFTER = re.compile(r"\s+(?:is|was|has|works|'s|’s)\b")
_AGE = r"(?:\s*\(\d{1,2}\))?"
_NAMES_NEXT = re.compile(r"\s*[—–-]+\s*(?P<n>" + NAME + _AGE + r"(?:\s*(?:,|&|\+|and)\s*" + NAME +
                         _AGE + r"){1,4})\s*(?:[.;!]|$)")
_AGES = re.compile(r"\s*\(\d{1,2}\)")
_NAME_THEN_KIN = re.compile(r"\b(" + NAME + r")\s*\(\s*(?:(?:her|his|their|the)\s+)?$")
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
_AGE_AFTER = re.compile(r"\s+\d{1,2}$")
_RX_SPLIT_NAMES_1 = re.compile(r"\s*(?:,|&|\+|\band\b)\s*")


_NAME_WAS = re.compile(r"\b(?:(?P<who>[Hh]er|[Hh]is)\s+name\s+(?:is|was|'s)|(?:naming|named|"
                       r"calling|called|name)\s+(?P<obj>her|him))\s+(?P<name>" + NAME + r")")


_ENGAGED_TO = re.compile(r"\b(?:engaged|married)\s+to\s+(?P<name>" + NAME + r")\b(?!['’]s)|"
                         r"(?:^|[.!?]\s+)(?P<name2>" + NAME + r")\s+(?:proposed|popped the "
                         r"question)\b")
_BABY_NAMED = re.compile(r"\bbaby\s+(?:(?P<kind>girl|boy)\s*)?(?:\(\s*|,\s*|called\s+|named\s+)"
                         r"(?P<name>" + NAME + r")")


def partners_and_babies(note: Note, sent: Sentence) -> None:
    """ "Just got engaged to Liam": her partner Liam; "a baby girl (Nia)": their daughter."""
    text = sent.text
    for rx in (_ENGAGED_TO, _BABY_NAMED):
        for m in rx.finditer(text):
            group = "name" if m.groupdict().get("name") else "name2"
            name = m.group(group)
            if not is_name(name) or hypothetical_before(sent, m.start()) or \
                    about_at(note, sent, m.start()) is not None:
                continue
            if rx is _BABY_NAMED:
                rel, gender = {"girl": ("daughter", "f"), "boy": ("son", "m")}.get(
                    m.group("kind") or "", ("child", "-"))
                start = sent.start + m.start()
            else:
                rel = "spouse" if text[m.start():m.start() + 7].lower() == "married" \
                    else "partner"
                gender, start = "-", sent.start + m.start(group)
            end = sent.start + m.end(group)
            note.emit("person", start, end, None, 0.8, relation=rel, name=name)
            note.mentions.append(Mention(name, "person", gender, start, end, (name,)))


def name_relatives(note: Note) -> None:
    """ "My grandmother… Her name was Dorothy": give the last unnamed relative of that
    gender the name a later sentence says."""
    for m in _NAME_WAS.finditer(note.text):
        name = m.group("name")
        if not is_name(name):
            continue
        gender = "f" if (m.group("who") or m.group("obj")).lower() == "her" else "m"
        before = [mn for mn in note.mentions if mn.kind == "person" and mn.start < m.start()
                  and mn.gender == gender and not mn.names and mn.about != SKIP]
        if not before:
            continue
        at = before[-1].start
        for f in note.facts:
            if f["kind"] == "person" and f["name"] is None and f["span"][0] <= at < f["span"][1]:
                f["name"] = name
                break


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
        p = strip_possessive(_AGE_AFTER.sub("", p.strip()))
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
