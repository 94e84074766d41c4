"""Likes and dislikes (preference), diets and allergies (dietary), hobbies (interest)."""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon
from .context import SKIP, Note, about_at, hypothetical_before, is_pet, resolve_pronoun
from .cues import cues
from .text import Sentence, find_terms, lower, surname_at

_LIKE = (r"(?:in love with|loves?|loved|adores?|likes?|enjoys?|prefers?|"
         r"is (?:a )?(?:big |huge )?fan of|(?:big |huge )?fan of|mad about|obsessed w(?:ith|/)|"
         r"(?:is |'s |’s |am |'m |are |’m )big on|"
         r"passionate about|really into|"
         r"(?:is |'s |’s |am |'m )?into|always (?:has|orders|gets|drinks|wants)|only drinks|"
         r"only eats|drinks|takes|partial to|swears by|goes for|crazy about|keen on|"
         r"favou?rite (?:\w+ )?(?:is|are)|(?:i|we) do love)")
_DISLIKE = (r"(?:hates?|hated|dislikes?|can['’]?t stand|cannot stand|can['’]?t bear|"
            r"(?:does|do|did)(?:n['’]?t| not) (?:like|want|enjoy)|(?:is|am|'m)?\s*(?:not|n't) "
            r"(?:a )?(?:keen on|fan of)|isn['’]?t keen on|not keen on|not a fan of|"
            r"terrified of|scared of|afraid of|can['’]t do|avoids?|never)")
_STOP_OBJ = re.compile(r"\s*(?:,|\.|;|:|\(|\)|!|\?|—|–| - | and (?!cheese|chips)| but | so | "
                       r"because | as | for | with | at | in | on | every | when | which | who | "
                       r"if | or | than | where | after | before | until | during | too| now| "
                       r"these days| anymore| any more| though| "
                       r"either| myself| himself| herself| apparently| lol| you | she | he | "
                       r"they | we | i )", re.I)
_DROP_LEAD = re.compile(r"^(?:(?:(?:a |a good |a long )?(?:chat|natter|talk|talking|chatting) "
                        r"about|a good|a nice|a crisp|a strong|a|an|the|some|any|anything|"
                        r"everything|all|her|his|my|their|your|our|really|very|most|mostly|"
                        r"the new|new|all things|such|proper|lots of|lot of|plenty of|"
                        r"a lot of|(?:anything|everything|something|food|stuff) (?:w/|with)|"
                        r"w/)\s+)+",
                        re.I)
_BAD_OBJ = re.compile(r"^(?:it|them|that|this|those|these|you|everyone|everybody|coming|"
                      r"being|here|there|to|how|what|when|us|him|her|me|one|none|nothing|"
                      r"people|a|an|the|being|doing|getting|having|going|seeing|working|"
                      r"staying|knowing|feeling|what|the idea|their|our|your|so|too)\b|"
                      r"^(?:for|from|with|about|at|by|up|out|off|over|after|before|around|"
                      r"in|on)\s", re.I)
_AGENT_CUE = re.compile(r"(?:\b(?:a|an|keen|avid|big|mad|is|serious|competitive|regular|"
                        r"amateur|club|fell|marathon|huge|passionate|enthusiastic|he's|she's|"
                        r"i'm|i am)\s+$|^\s*$)", re.I)
_CUE_BEFORE = re.compile(r"\b(?:loves?|enjoys?|likes?|into|keen on|fan of|passionate about|"
                         r"mad about|obsessed with|hobby|hobbies|spare time|free time|my time|"
                         r"off|training for|signed up for|entered|"
                         r"plays?|playing|does|do|goes|go|going|took up|taken up|started|"
                         r"practi[sc]es?|"
                         r"teach(?:es)?|writes|also|avid|keen|love|enjoy|like|fond of|passion)\b"
                         r"[^,.;]{0,25}$", re.I)
_CUE_AFTER = re.compile(r"^\s*(?:\+|classes|class|lessons|club|every|on (?:mon|tue|wed|thu|"
                        r"fri|sat|sun)|weekly|twice|at weekends|most days|regular|(?:mon|tue|"
                        r"wed|thu|fri|sat|sun)\w*\b|\d+x|fan|team|league|nut|off \d)", re.I)
_MY_BEFORE = re.compile(r"\b(?:my|our)\s+(?:weekly\s+|local\s+|own\s+)?$", re.I)
_NEGATED = re.compile(r"(?:\b(?:not|no|never|n't|used to|ex|former|formerly|gave up|given up|"
                      r"stopped|quit|retired from|hates?|hated|dislikes?)\b|\bex-)[^,.;]{0,20}$",
                      re.I)
# A hobby verb with a determined object names one task, not the pastime ("runs a taverna").
_OBJECT_AFTER = re.compile(r"\s+(?!a lot\b|a bit\b)(?:a|an|the|his|her|their|my|our|its|"
                           r"own)\b", re.I)
# An agent noun with an employer is a job ("dancer with Northern Ballet").
_EMPLOYED = re.compile(r"\s+(?:with|for|at)\s+(?:the\s+)?[A-Z]")
_DIET_AFTER_OK = re.compile(r"^\s*(?:$|[,.;:!)—–-]|and\b|since\b|now\b|for\b|so\b|too\b|"
                            r"diet\b|only\b|these days|as well|but\b|\(|—)", re.I)
_ALLERGY = re.compile(
    r"\ballergic to (?P<a>(?:the |all |any )?[\w'-]+(?: [\w'-]+)?)|"
    r"\b(?P<b>(?:[\w'-]+ ){0,2}?)(?:allergy|allergies|intolerance)\b(?! to)|"
    r"\b(?:allergy|allergies|intolerance|intolerant) to (?P<c>[\w'-]+(?: [\w'-]+)?)|"
    r"\b(?P<d>[\w'-]+)[- ]intolerant\b", re.I)
_FOR_SOMEONE = re.compile(r"(?:\s*(?:w/|\+|with)?\s*[\w' -]{0,30}?)?\s+for\s+(?:his|her|their|"
                          r"the)\b", re.I)
_TITLES = frozenset(("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "rev"))
_NOT_ORDER = frozenset("""for to at in on by asked from switched changed moved longer drinks
chose chosen choose picked wanted went
no not never of with instead gave stopped recommended suggested offered showed sold tried
sampled tasted bought picked recommend suggest offer tasting sampling out had birthday wedding
christening anniversary party staff office leaving retirement celebration brought baked made
sent gave got owner owners client customer""".split())
_ALLERGY_TRIM = re.compile(r"^(?:severe|mild|bad|serious|a|an|the|all|any|known|slight|"
                           r"life-threatening|nasty|terrible|food|his|her|my)\s+", re.I)
_ALLERGY_STOP = {"and", "so", "but", "too", "as", "which", "wears", "no", "she", "he", "please",
                 "now", "has", "with", "since", "is", "was", "her", "him", "them", "it"}


@lru_cache(maxsize=1)
def _like_re() -> re.Pattern[str]:
    return re.compile(r"\b(?P<neg>" + _DISLIKE + r"|" + _LIKE + r")\s+(?P<obj>[^,.;!?()]{1,60})",
                      re.I)


# The same without re.I, for lower-cased text: lower-casing stands in for re.I except for
# "ı", "ſ" and "İ" (which re.I also reads as i or s), and ’ is read as ' in sent.low.
_LIKE_LOW = re.compile(r"\b(?P<neg>" + _DISLIKE + r"|" + _LIKE + r")\s+(?P<obj>[^,.;!?()]{1,60})")


def _likings(sent: Sentence) -> list[tuple[int, str, str, int]]:
    """(start, verb, object text, object start) of each liking verb and its object."""
    text = sent.text
    if "’" in text or "ı" in text or "ſ" in text or "İ" in text:
        return [(m.start(), m.group("neg"), m.group("obj"), m.start("obj"))
                for m in _like_re().finditer(text)]
    return [(m.start(), text[m.start("neg"):m.end("neg")], text[m.start("obj"):m.end("obj")],
             m.start("obj")) for m in _LIKE_LOW.finditer(sent.low)]


class _Term:
    """A lexicon hit shaped like a regex match (start, end, group)."""

    def __init__(self, start: int, end: int, term: str) -> None:
        self._s, self._e, self.term = start, end, term

    def start(self) -> int:
        return self._s

    def end(self) -> int:
        return self._e

    def group(self) -> str:
        return self.term


@lru_cache(maxsize=1)
def _diet_re() -> re.Pattern[str]:
    words = [w for w in lexicon.dietary() if w in {"vegan", "vegetarian", "veggie", "pescatarian",
                                                    "pescetarian", "coeliac", "celiac",
                                                    "diabetic", "type 1 diabetic",
                                                    "type 2 diabetic", "halal", "kosher",
                                                    "lactose intolerant"}]
    return re.compile(lexicon.alternation(words), re.I)


def topic_of(value: str) -> str | None:
    """Return the preference topic of a value from the lexicon, or None when unknown."""
    best = None
    for _s, _e, term in find_terms(value, lexicon.topics()):
        if best is None or len(term.split()) >= len(best.split()):
            best = term  # the longest, and of equals the last: the head noun
    return lexicon.topics()[best] if best else None


def clean_object(raw: str) -> str:
    """Trim a liked/disliked noun phrase to its core words."""
    obj = _STOP_OBJ.split(raw, maxsplit=1)[0].strip()
    obj = _DROP_LEAD.sub("", obj).strip(" '\"’")
    words = obj.split()
    return " ".join(words[:5])


def extract_preferences(note: Note, sent: Sentence) -> None:
    """Emit like/dislike preferences and interests stated with a liking verb."""
    text = sent.text
    if "like" in cues(text):
        _liking(note, sent)
    if "fan" in text:
        _fan_of(note, sent)
    if "avourite" in text or "avorite" in text:
        _favourite(note, sent)
    low = sent.low
    for gate, rx, topic in _STATED:
        if gate in low:
            for m in rx.finditer(text):
                _stated(note, sent, m, topic)
    if note.customer_voice:
        for m in _PRAISE.finditer(text):
            if topic_of(m.group("obj")):  # "the brownies are amazing", not "the staff were"
                _stated(note, sent, m, None)


# Likes stated without a liking verb: "Supports Arsenal", "always the window seat",
# "more of a Prosecco girl", "dahlias are his pride and joy", "your brownies are amazing".
_STATED = (
    ("support", re.compile(r"\b[Ss]upports\s+(?:the\s+)?(?P<obj>[A-Z][\w'’&.-]*(?:\s+[A-Z]"
                           r"[\w'’&.-]*){0,3})"), "team"),
    ("always", re.compile(r"\b[Aa]lways\s+(?:the|w/|with|in the|sits (?:at|in|by) the)\s+"
                          r"(?!(?:first|last|same|one|best|way)\b)(?P<obj>[A-Za-z][\w'’-]*"
                          r"(?: [\w'’-]+){0,2}?)(?=\s*(?:[,.;!)(—–]|$))"), None),
    ("more of a", re.compile(r"\bmore of an? (?P<obj>[\w'’ -]{2,30}?) (?:girl|guy|person|man|"
                             r"woman|lady|drinker|fan)\b", re.I), None),
    ("pride and joy", re.compile(r"(?P<obj>[A-Za-z][\w'’ -]{2,30}?) (?:is|are) (?P<who>his|her|"
                                 r"my|their) pride and joy\b"), None),
)
_PRAISE = re.compile(r"\b(?:your|the|those|these) (?:new |lovely )?(?P<obj>[\w'’ -]{3,30}?) "
                     r"(?:is|are|was|were) (?:so |absolutely |just |really |always )?(?:amazing|"
                     r"delicious|the best|gorgeous|fab|fabulous|fantastic|incredible|divine|"
                     r"to die for|heavenly|perfect)\b", re.I)


def _stated(note: Note, sent: Sentence, m: re.Match[str], topic: str | None) -> None:
    """Emit a like stated without a liking verb, about whoever the clause is about."""
    obj = clean_object(m.group("obj"))
    if not obj or _BAD_OBJ.match(obj) or len(obj) < 2 or hypothetical_before(sent, m.start()):
        return
    about = about_at(note, sent, m.start())
    who = m.groupdict().get("who")
    if who in ("his", "her"):  # "dahlias are his pride and joy": his
        about = resolve_pronoun(note, who, sent.start + m.start("who"))
    if about == SKIP or _RX_LIKING_1.search(sent.text, 0, m.start()):
        return
    start = sent.start + m.start("obj") + m.group("obj").find(obj)
    note.emit("preference", start, start + len(obj), about, 0.65,
              topic=topic or topic_of(obj) or "other", value=obj, polarity="like")


_LIKE_GATE = re.compile(r"lov|lik|ador|enjoy|prefer|fan|mad |obsess|passion|into|always|only|"
                        r"drink|take|partial|swear|goes for|crazy|keen|favo|hate|dislik|stand|"
                        r"bear|terrif|scared|afraid|avoid|never|can't do")  # on sent.low


# A liking in the past tense is one experience ("loved the tiles") unless it is habitual
# ("has always loved sweet peas").
_THE_BUSINESS = re.compile(r"\s*(?:your|ur|the)\s+(?:\w+\s+)?(?:shop|salon|store|team|staff|"
                           r"service|place|work|business|page|website|site|instagram|clinic|"
                           r"garage|caf[eé]|practice|surgery|branch|van|app)\b", re.I)
_FOR_KIN = re.compile(r"[\w' -]{0,30}?\s+for\s+(?:his|her|their|my|our)\s+"
                     r"(?P<w>[\w-]+(?:\s+[\w-]+)?)")
_SUBJECT_BEFORE = re.compile(r"\b(?:i|we|they|to|both|all)\s+(?:\w+\s+)?$", re.I)
_REQUEST_BEFORE = re.compile(r"(?:\bwould|\bwd|['’]d)\s+(?:really\s+|so\s+)?$", re.I)
_SIMILE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|looks?|feels?|sounds?|seems?|"
                            r"acts?|just|more|exactly|treated|treats)\s+$", re.I)
_PAST_LIKING = frozenset(("loved", "liked", "hated", "adored", "enjoyed"))
_HABIT_BEFORE = re.compile(r"\b(?:always|has|have|had|'s|’s|'ve|’ve|ever|forever)\s+"
                           r"(?:\w+\s+)?$", re.I)
_PASSION = ("obsessed with", "passionate about")
_RX_LIKING_1 = re.compile(r"\b(?:not|n't|never|no longer)\s+(?:\w+\s+)?$", re.I)
_RX_LIKING_2 = re.compile(_DISLIKE, re.I)


def _liking(note: Note, sent: Sentence) -> None:
    """Handle a liking or disliking verb followed by its object."""
    text = sent.text
    for at, neg, raw, obj_at in _likings(sent):
        if hypothetical_before(sent, at):
            continue
        verb = neg.lower()
        dislike = bool(_RX_LIKING_2.match(verb))
        if _RX_LIKING_1.search(text[:at]):
            dislike = not dislike
            if not dislike:
                continue  # "doesn't hate" says little
        if verb == "avoid" and not _SUBJECT_BEFORE.search(text, max(0, at - 20), at):
            continue  # "Tennis elbow — avoid heavy lifting" is advice, not a dislike
        if _REQUEST_BEFORE.search(text, max(0, at - 12), at):
            continue  # "I'd love a table for four" asks for something once
        if verb == "like" and _SIMILE_BEFORE.search(text, max(0, at - 12), at):
            continue  # "her dog is like a child to her" compares; it likes nothing
        if verb in _PAST_LIKING and not _HABIT_BEFORE.search(text, 0, at):
            continue  # "back from Lisbon, loved the tiles" tells of one visit, not a taste
        obj = clean_object(raw)
        if not obj or _BAD_OBJ.match(obj) or len(obj) < 3:
            continue
        if _THE_BUSINESS.match(raw):
            continue  # "a big fan of your shop" praises the business
        if verb in ("drinks", "takes", "never") and not topic_of(obj):
            continue
        if verb.startswith(("into", "'s into", "is into", "keen on")) and not (
                topic_of(obj) or obj.lower() in lexicon.hobbies()):
            continue
        about = about_at(note, sent, at)
        if about == SKIP:
            continue
        start = sent.start + obj_at
        hob = obj.lower() in lexicon.hobbies() or (obj.endswith("ing") and not topic_of(obj)
                                              and len(obj.split()) <= 3)
        if not dislike and not topic_of(obj) and verb.startswith(_PASSION):
            hob = True  # "obsessed with railway history": a pursuit, not a liked thing
        if hob and not dislike:
            value = lexicon.hobbies().get(obj.lower(), obj)
            note.emit("interest", start, start + len(obj), about, 0.75, value=value)
            continue
        topic = topic_of(obj) or _guess_topic(text)
        if "drinks" in verb and topic == "color":
            topic = "drink"  # "only drinks white": the wine
        note.emit("preference", start, start + len(obj), about, 0.7, topic=topic, value=obj,
                  polarity="dislike" if dislike else "like")


_RX_GUESS_TOPIC_1 = re.compile(r"\b(?:books?|novels?|author|reads?|reading|poetry)\b")
_RX_GUESS_TOPIC_2 = re.compile(r"\b(?:music|band|songs?|singer|album|gig)\b")
_RX_GUESS_TOPIC_3 = re.compile(r"\b(?:films?|movies?)\b")


def _guess_topic(text: str) -> str:
    low = text.lower()
    if _RX_GUESS_TOPIC_1.search(low):
        return "book"
    if _RX_GUESS_TOPIC_2.search(low):
        return "music"
    if _RX_GUESS_TOPIC_3.search(low):
        return "film"
    return "other"


_RX_FAN_OF_1 = re.compile(r"\b(?P<v>(?:[A-Z][\w'’ôéèà-]+ ){1,3})(?:super)?fan\b")
_RX_FAN_OF_2 = re.compile(r"\bmusic\b", re.I)


def _fan_of(note: Note, sent: Sentence) -> None:
    """Handle "Spurs fan" / "a huge Elvis fan": a proper name before "fan"."""
    for m in _RX_FAN_OF_1.finditer(sent.text):
        value = m.group("v").strip()
        if value.split()[0].lower() in ("big", "huge", "a", "the", "massive"):
            continue
        about = about_at(note, sent, m.start())
        if about == SKIP or hypothetical_before(sent, m.start()):
            continue
        topic = "music" if _RX_FAN_OF_2.search(sent.text) else _guess_topic(sent.text)
        if topic == "other" and len(value.split()) == 1:
            topic = "team"
        start = sent.start + m.start("v")
        note.emit("preference", start, start + len(value), about, 0.65, topic=topic, value=value,
                  polarity="like")


_RX_FAVOURITE_1 = re.compile(r"(?P<obj>[A-Za-z][\w' -]{2,40}?)(?: is| are|,) (?P<who>her|his|my|"
                             r"their) (?:absolute |all-time |very )?favou?rite\b")
# ", her favourite" after a list item: _favourite reads it with its owner.
_FAV_AFTER = re.compile(r",\s*(?:her|his|my|their)\s+(?:absolute\s+|all-time\s+|very\s+)?"
                        r"favou?rite\b")


def _favourite(note: Note, sent: Sentence) -> None:
    """Handle "X is her favourite" and "(Mum's favourite)"."""
    for m in _RX_FAVOURITE_1.finditer(sent.text):
        obj = _DROP_LEAD.sub("", m.group("obj")).strip()
        if not obj or _BAD_OBJ.match(obj):
            continue
        about = about_at(note, sent, m.start("who"))
        if m.group("who") in ("her", "his"):
            about = resolve_pronoun(note, m.group("who"), sent.start + m.start("who"))
        if m.group("who") == "my":
            about = None if note.customer_voice else SKIP
        if about == SKIP:
            continue
        start = sent.start + m.start("obj") + m.group("obj").find(obj)
        note.emit("preference", start, start + len(obj), about, 0.7,
                  topic=topic_of(obj) or "other", value=obj, polarity="like")


# A sentence ordering something for an occasion or someone else: the list that follows
# describes that order.
_GIFT_BEFORE = re.compile(r"\b(?:for (?:her|his|their|a|the) [\w'’ -]{0,30}?(?:funeral|"
                          r"wedding|birthday|anniversary|party|do|retirement|christening|"
                          r"['’]s \w+)|funeral|wreath|sympathy)\b[^.!?]{0,60}[.!?]\s*$",
                          re.I)
# Flowers that are also first names: capitalised, they name a person.
_FLOWER_NAMES = frozenset("""rose lily daisy poppy violet iris holly heather jasmine ivy hazel
willow fern primrose marigold dahlia camellia magnolia lavender""".split())
_ALWAYS_ITEM = re.compile(r"[Aa]lways\s+(?!(?:has|have|orders|gets|drinks|wants|takes|goes|"
                          r"loves|likes|the|w/|with|in|sits|asks|books)\b)[\w'’-]+$")
_RX_EXTRACT_ORDERS_1 = re.compile(r"(,|\+| w/ )")
_RX_EXTRACT_ORDERS_2 = re.compile(r"(?:no|never|not)\s+", re.I)
_RX_EXTRACT_ORDERS_3 = re.compile(r"^(?:(?:a|an|large|small|medium|regular|pot of|cup of|"
                                  r"mug of|glass of|bottle of|two|one|2|1|usual:?|her usual:?|"
                                  r"his usual:?|always|the)\s+)+", re.I)
_RX_EXTRACT_ORDERS_4 = re.compile(r"\b(?:wants?|asked|for)\b", re.I)
_RX_EXTRACT_ORDERS_5 = re.compile(r"\d+\s")
_RX_EXTRACT_ORDERS_6 = re.compile(r"(?:never|no)\s", re.I)
_RX_EXTRACT_ORDERS_7 = re.compile(r"[12]\s")
# A note that opens on a style ("Balayage refresh.") logs the service done that day: it is
# the customer's standing choice only when the fragment says it recurs.
_STANDING = re.compile(r"\b(?:usual(?:ly)?|always|every|each time|regular(?:ly)?|as ever|"
                       r"same as|standing|weekly|monthly|fortnightly)\b", re.I)


def extract_orders(note: Note, sent: Sentence) -> None:
    """In staff notes, read list fragments such as "large cappuccino, no choc" as likes."""
    if note.customer_voice or not find_terms(sent.text, lexicon.topics()):
        return
    if _GIFT_BEFORE.search(note.text, max(0, sent.start - 100), sent.start) and \
            not _LIKE_GATE.search(sent.low):
        return  # "Asked for a bouquet for her mum's funeral. Lilies and white roses."
    pos = 0
    gated = joined = False
    for part in _RX_EXTRACT_ORDERS_1.split(sent.text):
        if part in (",", "+", " w/ "):
            pos += len(part)
            joined = part != ","
            continue
        local = pos
        pos += len(part)
        frag = part.strip()
        lead = part.find(frag)
        if joined and gated:
            continue  # "Hates anything w/ cinnamon": the liking verb's object
        gated = bool(_LIKE_GATE.search(lower(frag)))
        if _RX_EXTRACT_ORDERS_4.search(frag):
            break  # a request or gift ("wants a cake for her boss, chocolate"): the rest
            # of the list describes it, not what the customer has
        if _LIKE_GATE.search(lower(frag)) and not _RX_EXTRACT_ORDERS_6.match(frag) and \
                not _ALWAYS_ITEM.match(frag):
            continue  # liking verbs are read by _liking
        if not frag or _RX_EXTRACT_ORDERS_5.match(frag) and not _RX_EXTRACT_ORDERS_7.match(frag):
            continue
        neg = _RX_EXTRACT_ORDERS_2.match(frag)
        body = frag[neg.end():] if neg else frag
        body_clean = _RX_EXTRACT_ORDERS_3.sub("", body)
        hits = find_terms(body_clean, lexicon.topics())
        if not hits:
            continue
        m = _Term(*hits[0])
        if len(hits) > 1 and lexicon.topics()[m.group()] == "color" and \
                hits[1][0] == m.end() + 1 and body_clean[m.end()] == " ":
            m = _Term(m.start(), hits[1][1], body_clean[m.start():hits[1][1]].lower())
        head = body_clean[:m.start()].split()
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
        at = sent.start + local + lead + len(body) - len(body_clean) + m.start()
        if any(mn.start <= at < mn.end for mn in note.mentions):
            continue  # "Cat Pudding, 14": a name
        if topic not in ("drink", "food", "dessert", "style", "color", "flower"):
            continue
        if neg and topic not in ("color", "drink"):
            continue
        if topic == "style" and not neg and sent.start + local + lead == 0 and \
                not _STANDING.search(part):
            continue  # a note opening on a service says what was done, not a preference
        if _FAV_AFTER.match(sent.text, local + lead + len(frag)):
            continue
        tail = body_clean[m.end():]
        extra = _order_tail(tail)
        if extra is None or extra and topic == "color":
            continue  # "Coffee machine serviced", "black cat": the word names something else
        value = (" ".join(head) + " " + m.group()).strip()
        if extra:
            value += " " + " ".join(tail.split()[:extra])  # "cheese toastie"
        start_local = local + lead + (neg.end() if neg else 0) + len(body) - len(body_clean) \
            + body_clean.find(value)
        about = about_at(note, sent, local + lead)
        if about == SKIP or hypothetical_before(sent, local + lead):
            continue
        if _FOR_SOMEONE.match(sent.text, local + len(frag) + lead):
            continue  # "hot choc w/ oat milk for his little one" is the child's order
        start = sent.start + max(local + lead, start_local)
        note.emit("preference", start, start + len(value), about, 0.6, topic=topic, value=value,
                  polarity="dislike" if neg else "like")


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
saturdays sundays weekend weekends""".split())
_WORD = re.compile(r"[a-z0-9/&']+")
_COUNT = re.compile(r"\d+|x\d+|\d+x")


def _order_tail(tail: str) -> int | None:
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
    if not unknown:
        return 0
    if len(unknown) > 1 or tail[:1] != " ":
        return None
    return unknown[0] + 1


_RX_EXTRACT_DIETARY_1 = re.compile(r"\b(?:no|not|any|developed an?)\s+(?:known\s+)?$", re.I)
_RX_EXTRACT_DIETARY_2 = re.compile(r"\b(?:no longer|not|n't|never|stopped being|gave up being|"
                                   r"used to be|ex-?)\s*(?:a\s+)?$", re.I)


_NO_X_ALLERGIC = re.compile(r"\b[Nn]o (?P<x>[a-z][\w-]*(?: (?!please|pls)[a-z][\w-]*)?)\s*"
                            r"(?:\((?:allergic|allergy|intolerant)\)|(?:please |pls )?[,.—–-]+\s*"
                            r"(?P<who>she|he|they|i)['’]?(?:s| is| are|m| am) (?:allergic|"
                            r"intolerant))")
_NOT_EAT = re.compile(r"\b(?:[Dd]oesn['’]t|[Dd]oes not|[Dd]on['’]t|[Ww]on['’]t|[Nn]ever|"
                      r"[Cc]an['’]t) eats? (?P<x>pork|beef|meat|red meat|fish|seafood|"
                      r"shellfish|lamb|chicken|eggs|dairy)\b")


def extract_dietary(note: Note, sent: Sentence) -> None:
    """Emit allergies, intolerances and diets."""
    text = sent.text
    if "diet" not in cues(text):
        return
    for m in _ALLERGY.finditer(text):
        raw = next(g for g in (m.group("a"), m.group("b"), m.group("c"), m.group("d"))
                   if g is not None)
        raw = _ALLERGY_TRIM.sub("", raw.strip())
        raw = _ALLERGY_TRIM.sub("", raw)
        words = [w for w in raw.split() if w.lower() not in _ALLERGY_STOP]
        if not words or hypothetical_before(sent, m.start()):
            continue
        if _RX_EXTRACT_DIETARY_1.search(text[:m.start()]):
            continue
        value = " ".join(words[:2])
        value = lexicon.dietary().get(value.lower(), value)
        about = about_at(note, sent, m.start())
        if about == SKIP:
            continue
        note.emit("dietary", sent.start + m.start(), sent.start + m.end(), about, 0.85,
                  value=value)
    # "no banana (allergic)"; "No nuts please — she's allergic" spans two fragments.
    back = max(0, sent.start - 40)
    for m in _NO_X_ALLERGIC.finditer(note.text, back, sent.start + len(text)):
        local = max(0, m.start() - sent.start)
        about = about_at(note, sent, local)
        if m.group("who") in ("she", "he"):
            about = resolve_pronoun(note, m.group("who"), m.start("who"))
        if about == SKIP or hypothetical_before(sent, local):
            continue
        value = lexicon.dietary().get(m.group("x").lower(), m.group("x"))
        note.emit("dietary", m.start("x"), m.end("x"), about, 0.8, value=value)
    for m in _NOT_EAT.finditer(text):  # "doesn't eat pork"
        about = about_at(note, sent, m.start())
        if about == SKIP or hypothetical_before(sent, m.start()):
            continue
        note.emit("dietary", sent.start + m.start("x"), sent.start + m.end("x"), about, 0.75,
                  value="no " + m.group("x").lower())
    for m in _diet_re().finditer(text):
        word = m.group().lower()
        after = text[m.end():]
        if word not in ("coeliac", "celiac") and not _DIET_AFTER_OK.match(after):
            continue
        before = text[:m.start()]
        if hypothetical_before(sent, m.start()):
            continue
        if _RX_EXTRACT_DIETARY_2.search(before):
            continue
        about = about_at(note, sent, m.start())
        after_end = sent.start + m.end()
        for mn in note.mentions:  # "Coeliac wife Abena": the word describes the wife
            if mn.kind == "person" and note.text[after_end:mn.start] == " ":
                about = mn.about
        if about == SKIP:
            continue
        note.emit("dietary", sent.start + m.start(), sent.start + m.end(), about, 0.85,
                  value=lexicon.dietary()[word])


_RX_EXTRACT_INTERESTS_1 = re.compile(r"(?:^|[,+&]|\band\b)\s*(?:\w+\s+)?$")
_RX_EXTRACT_INTERESTS_2 = re.compile(r"(?:^|\b(?:he|she|also|who|and|i|NAME)\s+|,\s*)$", re.I)
_RX_EXTRACT_INTERESTS_3 = re.compile(r"\b[A-Z]\w+\s+$")
_RX_EXTRACT_INTERESTS_4 = re.compile(r"\s*(?:$|[,.;+&]|and\b|\()")


def extract_interests(note: Note, sent: Sentence) -> None:
    """Emit hobbies named with a cue ("keen gardener", "plays golf", "pilates + swim")."""
    text = sent.text
    for hit in find_terms(text, lexicon.hobbies()):
        m = _Term(*hit)
        var = m.group().lower()
        canon = lexicon.hobbies()[var]
        before, after = text[:m.start()], text[m.end():]
        if hypothetical_before(sent, m.start()) or _NEGATED.search(before) or \
                surname_at(text, m.start()):
            continue
        agent = var.endswith(("er", "ist", "ete", "oner")) and var != canon
        verb3 = var.endswith("s") and not var.endswith(("ss", "ics")) and var != canon and \
            not agent and var not in ("games", "marathons", "photos", "walks", "gardens",
                                      "hikes", "weights", "jigsaws", "puzzles")
        frag_start = _RX_EXTRACT_INTERESTS_1.search(before) is not None \
            and not note.customer_voice
        ok = False
        if agent:
            ok = bool(_AGENT_CUE.search(before)) or frag_start
        elif verb3:
            ok = bool(_RX_EXTRACT_INTERESTS_2.search(before)) or \
                bool(_RX_EXTRACT_INTERESTS_3.search(before))
        else:
            ok = bool(_CUE_BEFORE.search(before) or _CUE_AFTER.search(after) or
                      _MY_BEFORE.search(before)) or (
                frag_start and _RX_EXTRACT_INTERESTS_4.match(after) is not None)
        if not ok or verb3 and _OBJECT_AFTER.match(after) or agent and _EMPLOYED.match(after):
            continue  # "runs the shop", "reads the paper"; "dancer with Northern Ballet"
        kin = _FOR_KIN.match(text, m.end())
        if kin and any(w in lexicon.relations() for w in
                       (kin.group("w").lower(), kin.group("w").lower().split()[0])):
            continue  # "swimming lessons for her daughter" are the daughter's
        about = about_at(note, sent, m.start())
        if about == SKIP or agent and is_pet(note, about):
            continue  # "Max (lab) — keen runner" is the owner, or no one
        note.emit("interest", sent.start + m.start(), sent.start + m.end(), about, 0.7,
                  value=canon)
