"""Staff shorthand for what a customer has: "large cappuccino, no choc", "oat latte xtra hot".

A note's list fragments name the usual order when each fragment holds only an item from
the topics lexicon and how it is made, served or how often; a fragment whose item word
qualifies something else ("coffee machine serviced"), a request or gift for someone else,
or a name that happens to be a flower or a colour gives nothing.
"""

from __future__ import annotations

import re

from . import lexicon
from .context import SKIP, Note, about_at, hypothetical_before
from .prefs import _FAV_AFTER, _LIKE_GATE, _Term, topic_of
from .text import Sentence, find_terms, lower

_FOR_SOMEONE = re.compile(r"(?:\s*(?:w/|\+|with)?\s*[\w' -]{0,30}?)?\s+for\s+(?:his|her|their|"
                          r"the)\b", re.I)
_TITLES = frozenset(("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "rev", "signora", "signor",
                     "señora", "señor", "senora", "senor", "madame", "monsieur", "mme", "herr",
                     "frau", "sra", "sr"))
_NOT_ORDER = frozenset("""for to at in on by asked from switched changed moved longer drinks
chose chosen choose picked wanted went
no not never of with instead gave stopped recommended suggested offered showed sold tried
sampled tasted bought picked recommend suggest offer tasting sampling out had birthday wedding
christening anniversary party staff office leaving retirement celebration brought baked made
sent gave got owner owners client customer sells sell selling makes making stocks stock
supplies supply delivers grows grow growing brews brewing collects collect add added
adding swap swapped""".split())


# A sentence ordering something for an occasion or someone else: the list that follows
# describes that order.
_GIFT_CUE = re.compile(r"for |funeral|wreath|sympathy|tribute", re.I)
_GIFT_BEFORE = re.compile(r"\b(?:for (?:her|his|their|a|the) [\w'’ -]{0,30}?(?:funeral|"
                          r"wedding|birthday|anniversary|party|do|retirement|christening|"
                          r"['’]s \w+)|funeral|wreath|sympathy|tribute)\b[^.!?]{0,60}(?:[.!?]|"
                          r"\s[—–-])\s*$",
                          re.I)
# Flowers that are also first names: capitalised, they name a person.
_FLOWER_NAMES = frozenset("""rose lily daisy poppy violet iris holly heather jasmine ivy hazel
willow fern primrose marigold dahlia camellia magnolia lavender""".split())
_ALWAYS_ITEM = re.compile(r"[Aa]lways\s+(?!(?:has|have|orders|gets|drinks|wants|takes|goes|"
                          r"loves|likes|the|w/|with|in|sits|asks|books)\b)[\w'’-]+$")
_RX_EXTRACT_ORDERS_1 = re.compile(r"(,|\+| w/ | but | not | & )")
_RX_EXTRACT_ORDERS_2 = re.compile(r"(?:no|never|not|nothing)\s+", re.I)
_RX_EXTRACT_ORDERS_3 = re.compile(r"^(?:(?:a|an|large|small|medium|regular|pot of|cup of|"
                                  r"mug of|glass of|bottle of|pint of|half of|half a|two|one|2|1|"
                                  r"usual:?|her usual:?|his usual:?|always|the|esp\.?|especially|"
                                  r"mainly|mostly|particularly|"
                                  r"\d+\s*(?:kg|g|lb|lbs|oz)|\d+\s*x)\s+)+", re.I)
_USUAL = re.compile(r"(?:\b(?:my|the|our) (?:usual|regular|normal)|(?:^|[,.!] )usual|\bsame as "
                    r"(?:usual|always|last time|before|last)|\bsame again)(?: order)?"
                    r"(?: please| pls| plz)?"
                    r"(?:\s*(?:on |for |this |next )?(?:sat|sun|mon|tue|wed|thu|fri)\w*)?"
                    r"(?: please| pls| plz)?\s*[:,-]?")
_PINT_OF = re.compile(r"(?i:(?:a |the |usual |his |her )?(?:pint|half|pints|halves) of) "
                      r"(?P<x>(?:[A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*){0,2})|[a-z]+)(?: please| pls)?")
_RX_EXTRACT_ORDERS_4 = re.compile(r"\b(?:wants?|asked|for)\b", re.I)
_RX_EXTRACT_ORDERS_5 = re.compile(r"\d+\s")
_RX_EXTRACT_ORDERS_6 = re.compile(r"(?:never|no)\s", re.I)
_RX_EXTRACT_ORDERS_7 = re.compile(r"[12]\s")

def _list_parts(text: str) -> list[str]:
    """Split a list into fragments and separators, like re.split with a group, but never
    inside an item the lexicon knows whole ("fish & chips", "salt and vinegar")."""
    if " & " not in text:  # only "&" stands inside known items
        return _RX_EXTRACT_ORDERS_1.split(text)
    inside = [(s, e) for s, e, _t in find_terms(text, lexicon.topics())]
    out, last = [], 0
    for m in _RX_EXTRACT_ORDERS_1.finditer(text):
        if any(s < m.start() and m.end() < e for s, e in inside):
            continue
        out += [text[last:m.start()], m.group()]
        last = m.end()
    out.append(text[last:])
    return out


def extract_orders(note: Note, sent: Sentence) -> None:
    """In staff notes, read list fragments such as "large cappuccino, no choc" as likes."""
    if not find_terms(sent.text, lexicon.topics()) and "pint" not in sent.low and \
            "half of" not in sent.low:
        return
    from_at = 0
    if note.customer_voice:  # a customer's own list counts after "my usual", "the usual pls"
        usual = _USUAL.search(sent.low)
        if usual is None:
            return
        from_at = usual.end()
    if sent.start and _GIFT_CUE.search(note.text, max(0, sent.start - 100), sent.start) and \
            _GIFT_BEFORE.search(note.text, max(0, sent.start - 100), sent.start) and \
            not _LIKE_GATE.search(sent.low):
        return  # "Asked for a bouquet for her mum's funeral. Lilies and white roses."
    pos = 0
    gated = joined = last_name = contrast = negate_next = False
    owner: str | None = None
    last_topic = None
    for part in _list_parts(sent.text):
        if part in (",", "+", " w/ ", " but ", " not ", " & "):
            pos += len(part)
            joined = part in ("+", " w/ ", " & ")
            contrast = part in (" but ", " not ")
            negate_next = part == " not "  # "Ivory not white"
            continue
        negated, negate_next = negate_next, False
        local = pos
        pos += len(part)
        if pos <= from_at:
            continue
        if local < from_at:  # the fragment holding "usual": read what follows it
            part = " " * (from_at - local) + part[from_at - local:]
        frag = part.strip()
        lead = part.find(frag)
        if joined and gated:
            continue  # "Hates anything w/ cinnamon": the liking verb's object
        gated = bool(_LIKE_GATE.search(lower(frag)))
        prev_name, last_name = last_name, bool(_LONE_NAME.fullmatch(frag))
        if _RX_EXTRACT_ORDERS_4.search(frag):
            break  # a request or gift ("wants a cake for her boss, chocolate"): the rest
            # of the list describes it, not what the customer has
        if gated and not _RX_EXTRACT_ORDERS_6.match(frag) and \
                not _ALWAYS_ITEM.match(frag):
            continue  # liking verbs are read by _liking
        if not frag or _RX_EXTRACT_ORDERS_5.match(frag) and not _RX_EXTRACT_ORDERS_7.match(frag):
            continue
        neg_word = _RX_EXTRACT_ORDERS_2.match(frag)
        neg_len = neg_word.end() if neg_word else 0
        neg = bool(neg_word) or negated
        body = frag[neg_len:]
        body_clean = _RX_EXTRACT_ORDERS_3.sub("", body)
        hits = find_terms(body_clean, lexicon.topics())
        if not hits:
            pint = _PINT_OF.fullmatch(body)
            if pint and not neg:  # "Pint of Camden Hells": a drink by its name
                at = sent.start + local + lead + neg_len + pint.start("x")
                about = owner or about_at(note, sent, local + lead)
                if about != SKIP and not hypothetical_before(sent, local + lead):
                    note.emit("preference", at, at + len(pint.group("x")), about, 0.6,
                              topic="drink", value=pint.group("x"), polarity="like")
            continue
        m = _Term(*hits[0])
        while len(hits) > 1 and hits[1][0] == m.end() + 1 and body_clean[m.end()] == " ":
            # "white lilies", "oat milk latte": one item, named by its last word
            m = _Term(m.start(), hits[1][1], body_clean[m.start():hits[1][1]].lower())
            hits = hits[1:]
        head = body_clean[:m.start()].split()
        if head and head[0].endswith(":") and (mn := note.mention_named(head[0][:-1])):
            owner, head = mn.about, head[1:]  # "Ashok: full English, no black pudding"
        if len(head) > 2 or any(w.lower() in _NOT_ORDER for w in head):
            continue
        if any(w.lower().rstrip(".") in _TITLES for w in head):
            continue  # "Mrs White", "Ms Rose": a surname, not a colour or a flower
        topic = topic_of(m.group())
        if topic in ("color", "flower") and body_clean[m.start()].isupper() and \
                (head or local + lead > 0 or m.group() in _FLOWER_NAMES):
            continue  # "with Poppy", "Lily, her granddaughter": a name, not a flower
        if head and (head[0].lower().startswith("ex-") or topic in ("color", "flower") and
                     head[-1][0].isupper() and body_clean[m.start()].isupper()):
            continue  # "ex-Royal Navy", "Forest Green Rovers": a former post, a proper name
        if any(w.lower() in ("a", "an") for w in head):
            continue  # "Drives a red Mini": a verb's object, not an order
        if any(w.lower().endswith("ed") and w.lower() not in _MADE_SO for w in head):
            continue  # "comped desserts", "returned wine": done to it, not had
        at = sent.start + local + lead + len(body) - len(body_clean) + m.start()
        if any(mn.start <= at < mn.end for mn in note.mentions):
            continue  # "Cat Pudding, 14": a name
        if topic == "color" and not neg and (
                any(mn.kind == "pet" and 0 <= at - mn.end <= 12 for mn in note.mentions) or
                prev_name):
            continue  # "Mochi, grey": the pet's coat
        if topic not in ("drink", "food", "dessert", "style", "color", "flower"):
            continue
        if neg and topic not in ("color", "drink") and not contrast and last_topic != "food":
            continue  # "no choc" on a coffee says how it is made; "full English, no black
            # pudding" leaves a dish out
        if _FAV_AFTER.match(sent.text, local + lead + len(frag)):
            continue
        tail = body_clean[m.end():]
        extra = _order_tail(tail, topic == "style")
        if extra is None or extra and topic == "color":
            continue  # "Coffee machine serviced", "black cat": the word names something else
        value = (" ".join(head) + " " + body_clean[m.start():m.end()]).strip()
        if extra:
            value += " " + " ".join(tail.split()[:extra])  # "cheese toastie"
        start_local = local + lead + neg_len + len(body) - len(body_clean) \
            + body_clean.find(value)
        about = owner or about_at(note, sent, local + lead)
        if about == SKIP or hypothetical_before(sent, local + lead):
            continue
        if _FOR_SOMEONE.match(sent.text, local + len(frag) + lead):
            continue  # "hot choc w/ oat milk for his little one" is the child's order
        start = sent.start + max(local + lead, start_local)
        note.emit("preference", start, start + len(value), about, 0.6, topic=topic, value=value,
                  polarity="dislike" if neg else "like")
        last_topic = topic


# Words that may follow an ordered item in the same fragment: how it is made, served,
# how often, how much. Anything else makes the item a modifier of another thing.
_ORDER_TAIL = frozenset("""only please pls always usually mostly as usual ever again too also
hot iced cold warm extra xtra strong weak sweet dry medium large small regular double single
triple half milk oat soy almond coconut skimmed skinny semi whole decaf sugar sugars sweetener
shot shots foam froth ice lemon honey cream syrup vanilla caramel hazelnut no with w/ and & or
not never a the on top side to go take away takeaway in here mug cup glass pot jug by case
cases bottle bottles each every day days daily week weeks wks weekly month months monthly morning
mornings time times
visit for her his their own usual first then today nails hair frames tones tone shade
shades polish shellac gel tips highlights lowlights roots toner colour color dye finish
blend roast beans ground loaf loaves slice slices dozen box esp especially mainly ideally
preferably share sharing mon tue tues wed weds thu thur thurs fri sat sun monday tuesday
wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays
saturdays sundays weekend weekends tomorrow tonight later soon afternoon evening thanks
fortnight fortnightly
thank cheers x xx""".split())
# Words in -ed that say how an item is made ("iced latte", "salted caramel").
_MADE_SO = frozenset("""iced spiced smoked salted toasted baked roasted mixed mulled aged oaked
unoaked blended flavoured flavored sweetened unsweetened skimmed steamed whipped frosted glazed
brewed filtered pressed squeezed dried cured pickled grilled fried stuffed sliced seeded
buttered malted reduced decaffeinated caffeinated fortified chilled""".split())
_LONE_NAME = re.compile(r"(?:[-—–]\s*)?[A-Z][a-z]+")
_STOCK = frozenset(("out", "stock", "delivered", "arrived", "sold", "gone", "discontinued",
                    "restocked", "supplier", "damage", "damaged", "leak", "leaks", "leaking",
                    "bill", "meter", "heater", "tank", "pipe", "pipes", "pressure", "stain",
                    "stains", "spill", "spilt", "spilled", "filter", "machine", "maker",
                    "grinder", "station", "cooler", "fountain", "bowl", "pump", "pumps",
                    "towel", "towels", "rack", "racks", "garden", "float", "belt", "main",
                    "mains", "board", "boards", "reminder", "price", "prices", "board"))
_WORD = re.compile(r"[a-z0-9/&']+")
_COUNT = re.compile(r"\d+|x\d+|\d+x")


def _order_tail(tail: str, style: bool = False) -> int | None:
    """How many words after an ordered item still name it, or None when the tail goes on
    to something else.

    The tail may hold how the item is made, served or how often ("xtra hot", "every Sat");
    a single unknown word is the item's head noun ("cheese toastie", "decaf soy cap") and
    the value runs to it; two unknown words mean the item word qualified another thing
    ("Coffee machine serviced", "extra water station by studio 2"): None.
    """
    covered = {w for _s, _e, term in find_terms(tail, lexicon.topics()) for w in term.split()}
    words = _WORD.findall(lower(tail))
    unknown = [i for i, w in enumerate(words)
               if w not in _ORDER_TAIL and w not in covered and not _COUNT.fullmatch(w)]
    if _STOCK.intersection(words):
        return None  # "Oatly out, Minor Figures in": the shop's stock, not an order
    if not unknown:
        return 0
    if len(unknown) > 1 or tail[:1] != " ":
        return None
    if words[unknown[0]] in _WHO_HAS_IT or _WHEN_WORD.fullmatch(words[unknown[0]]):
        return 0  # "Claret man", "a coffee drinker": the item, said of the customer
    if unknown[0] and words[unknown[0] - 1] in _PLACED:
        # "champagne on arrival", "cake in room?": where it goes, a request; a style's
        # "skin fade 1 on sides" says how it is cut, and the item ends before it
        return 0 if style else None
    return unknown[0] + 1


_PLACED = frozenset(("in", "on", "at", "to", "by", "for"))
_WHEN_WORD = re.compile(r"\d{1,2}(?:[:.]\d\d)?(?:am|pm)|\d+(?:st|nd|rd|th)")
_WHO_HAS_IT = frozenset(("man", "woman", "girl", "guy", "lad", "drinker", "lover", "fan",
                         "person", "addict", "fiend"))
