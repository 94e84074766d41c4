"""Likes and dislikes stated in words (preference) and hobbies (interest).

Staff shorthand orders are read in orders.py, allergies and diets in diet.py.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon
from .context import SKIP, Note, about_at, hypothetical_before, is_pet, resolve_pronoun
from .cues import cues
from .gazetteer import is_place
from .text import Sentence, find_terms, is_name, surname_at

_LIKE = (r"(?:in love with|loves?|loved|adores?|likes?|enjoys?|prefers?|"
         r"is (?:a )?(?:big |huge )?fan of|(?:big |huge )?fan of|mad about|obsessed w(?:ith|/)|"
         r"(?:is |'s |’s |am |'m |are |’m )big on|"
         r"passionate about|really into|"
         r"(?:is |'s |’s |am |'m )?into|always (?:has|orders|gets|drinks|wants|asks for|buys|"
         r"takes)|only drinks|(?:been |really )?loving|"
         r"only eats|drinks|takes|partial to|swears by|goes for|crazy about|keen on|"
         r"(?:a |such a |total |real |)sucker for|"
         r"favou?rite (?:\w+ )?(?:is|are)|(?:i|we) do love)")
_DISLIKE = (r"(?:hates?|hated|dislikes?|can['’]?t stand|cannot stand|can['’]?t bear|"
            r"(?:does|do|did)(?:n['’]?t| not) (?:like|want|enjoy)|(?:is|am|'m)?\s*(?:not|n't) "
            r"(?:a )?(?:keen on|fan of)|isn['’]?t keen on|not keen on|not a fan of|"
            r"terrified of|scared of|afraid of|can['’]t do|avoids?|never|won['’]t touch|"
            r"wouldn['’]t touch|can['’]t abide|steers? clear of|(?:has |have |'s |’s |'ve )?"
            r"gone off)")
_STOP_OBJ = re.compile(r"\s*(?:,|\.|;|:|\(|\)|!|\?|—|–| - | and (?!cheese|chips)| but | so | "
                       r"because | as | for | with | at | in | on | every | when | which | who | "
                       r"if | or | than | where | after | before | until | during | too| now| "
                       r"these days| anymore| any more| though| "
                       r"either| myself| himself| herself| apparently| lol| instead| lately| "
                       r"recently| & | good for| great for| perfect for| you | she | "
                       r"btw| haha| lol| tbh| tho\b| though| x\b| xx\b| ever since| since| "
                       r"he | "
                       r"they | we | i )", re.I)
_DROP_LEAD = re.compile(r"^(?:(?:(?:a |a good |a long )?(?:chat|natter|talk|talking|chatting) "
                        r"about|a good|a nice|a crisp|a strong|a|an|the|some|any|anything|"
                        r"everything|all|her|his|my|their|your|our|really|very|most|mostly|"
                        r"the new|new|all things|such|proper|lots of|lot of|plenty of|"
                        r"a lot of|(?:anything|everything|something|food|stuff) (?:w/|with)|"
                        r"every (?:minute|second|bit) of|(?:a |the )?(?:bunch|bag|jar|box|pot|"
                        r"slice|loaf|bottle|case|glass|cup|wedge|pint|tub|punnet) of|ripest|"
                        r"freshest|"
                        r"w/)\s+)+",
                        re.I)
_BAD_OBJ = re.compile(r"^(?:stuff|the stuff|anything|everything|something|it all|the smell|"
                      r"smell|the taste|taste|the noise|noise|the sound|the feel|the look|"
                      r"it|them|that|this|those|these|you|everyone|everybody|coming|"
                      r"being|here|there|to|how|what|when|us|him|her|me|one|none|nothing|"
                      r"people|a|an|the|being|doing|getting|having|going|seeing|working|"
                      r"staying|knowing|feeling|what|the idea|their|our|your|so|too|"
                      r"(?:new |old )?(?:job|work|life|time|day|week|home|house|flat|place)$)\b|"
                      r"^(?:for|from|with|about|at|by|up|out|off|over|after|before|around|"
                      r"in|on)\s", re.I)
_AGENT_CUE = re.compile(r"(?:\b(?:a|an|keen|avid|big|mad|is|serious|competitive|regular|weekly|"
                        r"dedicated|"
                        r"amateur|club|fell|marathon|huge|passionate|enthusiastic|he's|she's|"
                        r"i'm|i am)\s+$|^\s*$)", re.I)
_CUE_BEFORE = re.compile(r"\b(?:loves?|enjoys?|likes?|into|keen on|fan of|passionate about|"
                         r"mad about|obsessed with|hobby|hobbies|spare time|free time|my time|"
                         r"off|training for|signed up for|entered|"
                         r"plays?|playing|does|do|goes|go|going|took up|taken up|started|"
                         r"practi[sc]es?|"
                         r"teach(?:es)?|writes|also|avid|keen|love|enjoy|like|fond of|passion|"
                         r"broke|broken|injured|injury|hurt|pulled|sprain|sprained|twisted|"
                         r"tore|torn|working towards|back on|(?:weeks?|wks?|days|fortnight) of|"
                         r"activities|sports?|hobbies|out on)\b"
                         r"[^,.;]{0,25}$", re.I)
_CUE_AFTER = re.compile(r"^\s*(?:(?:['’]s|is|are)\s+(?:her|his|my|their)\s+(?:big\s+|great\s+|"
                        r"real\s+|true\s+|one\s+)?(?:passion|thing|life|obsession|hobby|world|"
                        r"love)\b|\+|classes|class|lessons?|club|every|mad\b|"
                        r"on (?:mon|tue|wed|thu|"
                        r"fri|sat|sun)|weekly|twice|at weekends|most days|regular|(?:mon|tue|"
                        r"wed|thu|fri|sat|sun)\w*\b|\d+x|fan|team|league|nut|off \d|comps?\b|"
                        r"competitions?|match(?:es)?|races?\b|gala|tournament|meets?\b|"
                        r"season|training|practice|sessions?)", re.I)
_AT_BEFORE = re.compile(r"(?<!bad)(?<!terrible)(?<!hopeless)(?<!rubbish)(?<!useless)\s+at\s+$",
                        re.I)  # "pulled something at netball", not "bad at cooking"
_MY_BEFORE = re.compile(r"\b(?:my|our|her|his|their)\s+(?:weekly\s+|local\s+|own\s+|usual\s+|"
                        r"daily\s+|morning\s+|evening\s+)?$", re.I)
_NEGATED = re.compile(r"(?:\b(?:not|no|never|n't|used to|ex|former|formerly|gave up|given up|"
                      r"stopped|quit|retired from|hates?|hated|dislikes?)\b|\bex-)[^,.;]{0,20}$",
                      re.I)
# A hobby verb with a determined object names one task, not the pastime ("runs a taverna").
_OBJECT_AFTER = re.compile(r"\s+(?!a lot\b|a bit\b)(?:a|an|the|his|her|their|my|our|its|"
                           r"own)\b", re.I)
# An agent noun with an employer is a job ("dancer with Northern Ballet").
_EMPLOYED = re.compile(r"\s+(?:with|for|at)\s+(?:the\s+)?[A-Z]")


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


@lru_cache(maxsize=8192)
def topic_of(value: str) -> str | None:
    """Return the preference topic of a value from the lexicon, or None when unknown."""
    best = None
    for _s, _e, term in find_terms(value, lexicon.topics()):
        if best is None or len(term.split()) >= len(best.split()):
            best = term  # the longest, and of equals the last: the head noun
    return lexicon.topics()[best] if best else None


def clean_object(raw: str) -> str:
    """Trim a liked/disliked noun phrase to its core words; a known item that holds a stop
    word stays whole ("mac & cheese", "fish and chips")."""
    obj = _STOP_OBJ.split(raw, maxsplit=1)[0].strip()
    if len(obj) < len(raw.strip()) and (" and " in raw or " & " in raw):
        whole = [raw[s:e] for s, e, t in find_terms(raw, lexicon.topics())
                 if (" and " in t or " & " in t) and s <= raw.find(obj) + len(obj) < e]
        if whole:
            obj = raw[:raw.find(whole[0]) + len(whole[0])].strip()
    obj = _DROP_LEAD.sub("", obj).strip(" '\"’")
    words = obj.split()
    return " ".join(words[:5])


def extract_preferences(note: Note, sent: Sentence) -> None:
    """Emit like/dislike preferences and interests stated with a liking verb."""
    text = sent.text
    if "like" in cues(text):
        _liking(note, sent)
    if _FAN_GATE.search(text):
        _fan_of(note, sent)
    if "avourite" in text or "avorite" in text:
        _favourite(note, sent)
    low = sent.low
    for gate, rx, topic in _STATED_GATED:
        if gate in low if isinstance(gate, str) else gate.search(low):
            for m in rx.finditer(text):
                _stated(note, sent, m, topic)
    if note.customer_voice:
        for m in _PRAISE.finditer(text):
            if topic_of(m.group("obj") or m.group("obj2")):
                _stated(note, sent, m, None)  # "the brownies are amazing", not "the staff"


# Likes stated without a liking verb: "Supports Arsenal", "always the window seat",
# "more of a Prosecco girl", "dahlias are his pride and joy", "your brownies are amazing".
_SUPPORTS = re.compile(r"\b(?:[Ss]upports|[Bb]arracks for|[Ff]ollows)\s+(?:the\s+)?"
                       r"(?P<obj>[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3})")
_STATED = (
    ("support", _SUPPORTS, "team"),
    ("barracks", _SUPPORTS, "team"),
    ("follows", _SUPPORTS, "team"),
    ("always", re.compile(r"\b[Aa]lways\s+(?:the|w/|with|in the|sits (?:at|in|by) the)\s+"
                          r"(?!(?:first|last|same|one|best|way)\b)(?P<obj>[A-Za-z][\w'’-]*"
                          r"(?: [\w'’-]+){0,2}?)(?=\s*(?:[,.;!)(—–]|$))"), None),
    ("more of a", re.compile(r"\bmore of an? (?P<obj>[\w'’ -]{2,30}?) (?:girl|guy|person|man|"
                             r"woman|lady|drinker|fan)\b", re.I), None),
    ((" man", "woman", "girl", "guy", "person", "drinker", "lover"),
     re.compile(r"\b(?i:is|'s|’s|am|'m|’m|also) an? (?:(?:big|huge|massive|serious|heavy|"
                        r"real|proper|keen) )?(?P<obj>[a-z][\w'’-]*) (?:man|woman|girl|guy|person|"
                        r"drinker|lover)\b"), "topic"),
    ("on the", re.compile(r"\b(?i:always |usually |mostly |)(?i:on the) "
                          r"(?P<obj>[A-Za-z][\w'’-]*(?: "
                      r"[A-Za-z][\w'’-]*)?)(?=\s*(?:[,.;!)]|$))"), "topic"),
    ("season ticket", re.compile(r"\b(?i:season ticket(?: holder)? (?:at|for)) (?:the\s+)?"
                                 r"(?P<obj>[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,2})"), "team"),
    ("usual", re.compile(r"\b(?:my|her|his|their) usual\s+(?P<obj>[a-z][\w'’-]*(?: [a-z][\w'’-]*)"
                         r"{0,2}?)(?=\s*(?:[,.;!?)]|$|\s+(?:tomorrow|today|please|on|at|for|"
                         r"again|this|next|sometime|soon|asap|if|when|before|after)\b))"), None),
    ("lover", re.compile(r"\b(?:is|'s|’s|am|'m|’m) (?:a |an )(?:big |huge |real |massive |"
                         r"great |true |serious |)(?P<obj>[a-z][\w'’-]*(?: [a-z][\w'’-]*)?) "
                         r"lover\b", re.I), "topic"),
    ("to ", re.compile(r"\b(?i:switched|changed|swapped|converted|moved on|gone over|went over)"
                       r"(?: over)? to (?!(?i:decaf|water|herbal|soft drinks|alcohol-free|"
                       r"non-alcoholic|low-alcohol|zero)\b)"
                       r"(?P<obj>[A-Za-z][\w'’-]*(?: [A-Za-z][\w'’-]*){0,2}?)"
                       r"(?=\s*(?:[,.;!?)(—–]|$|\s+(?:now|instead|these days|lately|since)\b))"),
     "topic"),
    (("asks for", "books with", "only"),
     re.compile(r"\b(?i:always asks for|asks for|always books with|books with|only books with)"
                r" (?P<obj>[A-Z][a-z]+)\b(?! [A-Z])|(?P<obj2>(?:(?:Dr|Mr|Mrs|Ms|Miss) )?"
                r"(?!(?:Cash|Cards?|Weekends?|Mornings?|Evenings?|Afternoons?|Weekdays?|Online|"
                r"Email|Texts?|Female|Male|Women|Men|Adults?|Kids?|Members?|Appointments?|"
                r"Appts?|Bookings?|Contactless|Decaf|Water|Oat|Soy|Gluten|Dairy|Vegan|Halal|"
                r"Veg)\b|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*\b)[A-Z][a-z]+) only\b"
                r"(?= (?:pls|please)|\s*[,.;!]|$)"), "other"),
    ("pride and joy", re.compile(r"(?P<obj>[A-Za-z][\w'’ -]{2,30}?) (?:is|are) (?P<who>his|her|"
                                 r"my|their) pride and joy\b"), None),
)
# Each stated-like pattern behind the cheap test of the words it needs: one substring, or a
# pattern for several.
_STATED_GATED = tuple((gate if isinstance(gate, str) else
                       re.compile("|".join(re.escape(g) for g in gate)), rx, topic)
                      for gate, rx, topic in _STATED)
_PRAISE = re.compile(r"\b(?:your|the|those|these) (?:new |lovely )?(?P<obj>[\w'’ -]{3,30}?) "
                     r"(?:is|are|was|were) (?:so |absolutely |just |really |always )?(?:amazing|"
                     r"delicious|the best|gorgeous|fab|fabulous|fantastic|incredible|divine|"
                     r"to die for|heavenly|perfect)\b|"
                     r"\b(?:the|your) best (?P<obj2>[\w'’ -]{3,30}?) (?:in town|in (?:the )?"
                     r"(?:area|city|village|world|london)|around|ever|i(?:'ve| have) (?:ever )?"
                     r"had)\b", re.I)


def _stated(note: Note, sent: Sentence, m: re.Match[str], topic: str | None) -> None:
    """Emit a like stated without a liking verb, about whoever the clause is about."""
    group = "obj" if m.group("obj") is not None else "obj2"
    obj = clean_object(m.group(group))
    if not obj or _BAD_OBJ.match(obj) or len(obj) < 2 or hypothetical_before(sent, m.start()):
        return
    if topic == "topic":  # "a claret man" names a taste only with a known thing
        topic = topic_of(obj)
        if topic is None:
            return
    about = about_at(note, sent, m.start())
    who = m.groupdict().get("who")
    if who in ("his", "her"):  # "dahlias are his pride and joy": his
        about = resolve_pronoun(note, who, sent.start + m.start("who"))
    if about == SKIP or _RX_LIKING_1.search(sent.text, 0, m.start()):
        return
    start = sent.start + m.start(group) + m.group(group).find(obj)
    note.emit("preference", start, start + len(obj), about, 0.65,
              topic=topic or topic_of(obj) or "other", value=obj, polarity="like")


_LIKE_GATE = re.compile(r"lov|lik|ador|enjoy|prefer|fan|mad |obsess|passion|into|always|only|"
                        r"drink|take|partial|swear|goes for|crazy|keen|favo|hate|dislik|stand|"
                        r"bear|terrif|scared|afraid|avoid|never|can't do")  # on sent.low


# A liking in the past tense is one experience ("loved the tiles") unless it is habitual
# ("has always loved sweet peas").
_THE_BUSINESS = re.compile(r"\s*(?:your|ur|the)\s+(?:\w+\s+)?(?:shop|salon|store|team|staff|"
                           r"service|place|work|business|page|website|site|instagram|clinic|"
                           r"garage|caf[eé]|practice|surgery|branch|van|app|menu|playlist|"
                           r"decor|layout|prices|system|booking system|"
                           r"loyalty card|opening hours|hours|parking|car park|photos|pictures|"
                           r"prints|results|canvas)\b", re.I)
_FOR_KIN = re.compile(r"[\w' -]{0,30}?\s+for\s+(?:his|her|their|my|our)\s+"
                     r"(?P<w>[\w-]+(?:\s+[\w-]+)?)")
_SUBJECT_BEFORE = re.compile(r"\b(?:i|we|they|to|both|all)\s+(?:\w+\s+)?$", re.I)
_REQUEST_BEFORE = re.compile(r"(?:\bwould|\bwd|['’]d)\s+(?:really\s+|so\s+|now\s+|also\s+|"
                             r"just\s+)?$", re.I)
_SIMILE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|looks?|feels?|sounds?|seems?|"
                            r"looking|feeling|sounding|seeming|"
                            r"acts?|just|more|exactly|treated|treats)\s+$", re.I)
_LIKE_IDIOM = re.compile(r"(?:crazy|mad|hell|clockwork|a charm|new|that|this|so|such)\b", re.I)
_PAST_LIKING = frozenset(("loved", "liked", "hated", "adored", "enjoyed"))
_HABIT_BEFORE = re.compile(r"\b(?:always|has|have|had|'s|’s|'ve|’ve|ever|forever)\s+"
                           r"(?:\w+\s+)?$", re.I)
_PASSION = ("obsessed with", "passionate about")
_GIVES_TO = re.compile(r"(?:her|him|them|me|us)\s+(?:the|a|an|some|his|her)\b", re.I)
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
        neg_before = _RX_LIKING_1.search(text[:at])
        if neg_before:
            if "longer" in neg_before.group().lower():
                continue  # "no longer drinks red" ends a liking; it states no dislike
            dislike = not dislike
            if not dislike:
                continue  # "doesn't hate" says little
        if verb == "avoid" and not _SUBJECT_BEFORE.search(text, max(0, at - 20), at):
            continue  # "Tennis elbow — avoid heavy lifting" is advice, not a dislike
        if _REQUEST_BEFORE.search(text, max(0, at - 12), at):
            continue  # "I'd love a table for four" asks for something once
        if verb == "like" and (_SIMILE_BEFORE.search(text, max(0, at - 12), at) or
                               _LIKE_IDIOM.match(raw)):
            continue  # "her dog is like a child to her", "like crazy": no liking
        if verb in _PAST_LIKING and not _HABIT_BEFORE.search(text, 0, at):
            continue  # "back from Lisbon, loved the tiles" tells of one visit, not a taste
        obj = clean_object(raw)
        if not obj or _BAD_OBJ.match(obj) or len(obj) < 3:
            continue
        if _THE_BUSINESS.match(raw):
            continue  # "a big fan of your shop" praises the business
        if verb in ("drinks", "takes", "never") and not topic_of(obj):
            continue
        if verb == "takes" and _GIVES_TO.match(raw):
            continue  # "he takes her the bun": a gift, not his order
        if verb.startswith("can") and obj.lower() in lexicon.dietary():
            continue  # "can't do gluten" is an intolerance, read as dietary
        if verb.startswith(("into", "'s into", "is into", "keen on")) and not (
                topic_of(obj) or obj.lower() in lexicon.hobbies()):
            continue
        about = about_at(note, sent, at)
        if about == SKIP:
            continue
        start = sent.start + obj_at + max(0, raw.find(obj))
        if not dislike and obj.lower() not in lexicon.hobbies():
            obj = _lead_hobby(obj)  # "kayaking to get away from it all", "playing chess"
            start = sent.start + obj_at + max(0, raw.find(obj))
        hob = obj.lower() in lexicon.hobbies() or (obj.endswith("ing") and not topic_of(obj)
                                              and len(obj.split()) <= 3)
        if not dislike and not topic_of(obj) and (verb.startswith(_PASSION) or
                                                  verb.endswith("into")):
            hob = True  # "obsessed with railway history", "really into robotics": pursuits
        if hob and not dislike:
            value = lexicon.hobbies().get(obj.lower(), obj)
            note.emit("interest", start, start + len(obj), about, 0.75, value=value)
            _more_pastimes(note, sent, start - sent.start + len(obj), about)
            continue
        topic = topic_of(obj) or _guess_topic(text)
        if "drinks" in verb and topic == "color":
            topic = "drink"  # "only drinks white": the wine
        polarity = "dislike" if dislike else "like"
        note.emit("preference", start, start + len(obj), about, 0.7, topic=topic, value=obj,
                  polarity=polarity)
        if topic_of(obj):
            _and_more(note, sent, start - sent.start + len(obj), about, polarity, topic)


_FOR_SOMEONE = re.compile(r"\s+for\s+(?:his|her|their|my|our|the|a)\b", re.I)
_ITEM_ENDS = re.compile(r"\s*(?:$|[,.;:!?)(—–-]|(?:and|or|too|as well|please|pls|especially|"
                        r"esp|most of all|above all|in particular|myself|himself|herself|"
                        r"together|a lot|mostly|every|on|at|with|when|whenever)\b|&|\+)", re.I)
# "Loves lilies and peonies", "hates coriander, mint and dill": the list goes on.
_LIST_GLUE = re.compile(r"\s*(?:,|&|\+|/|\band\b|\bor\b|\bnor\b)\s*(?:(?:esp\.?|especially|"
                        r"also|even|any|anything|some|the)\s+)?")
# "cats and vanilla ice cream": one plain word may qualify the next item
_ITEM_MOD = re.compile(r"(?!(?:her|his|my|their|our|your|no|not|never|a|an|but|then|also|"
                       r"hates?|hated|loves?|loved|likes?|liked|prefers?|adores?|enjoys?|"
                       r"dislikes?|wants?|needs?|gets?|has|have|had|is|are|was|were)\b)"
                       r"[a-z]+\s+")


def _list_items(sent: Sentence, local: int, terms: dict[str, str],
                modifier: bool) -> list[tuple[int, int, str]]:
    """The further items of a list that goes on from `local`, each a term of the lexicon:
    "lilies, roses and freesias", "hiking and rock climbing". With `modifier`, one plain
    word may qualify an item ("cats and vanilla ice cream")."""
    out = []
    for hs, he, term in find_terms(sent.text, terms):
        if hs < local:
            continue
        glue = _LIST_GLUE.match(sent.text, local)
        if glue is None or not glue.group().strip():
            break
        if glue.end() != hs:
            mod = _ITEM_MOD.match(sent.text, glue.end()) if modifier else None
            if mod is None or mod.end() != hs:
                break
        if _FOR_SOMEONE.match(sent.text, he) or not _ITEM_ENDS.match(sent.text, he):
            break  # "…and a cake for her sister" is for someone else; "coffee machine"
        out.append((hs, he, term))
        local = he
    return out


def _and_more(note: Note, sent: Sentence, local: int, about: str | None,
              polarity: str, first: str) -> None:
    """Emit the further items of a liked or disliked list; a word that is also a colour
    takes the list's topic ("coriander and mint")."""
    for hs, he, term in _list_items(sent, local, lexicon.topics(), True):
        topic = topic_of(term) or "other"
        if topic == "color" and first in ("food", "drink", "dessert"):
            topic = first
        note.emit("preference", sent.start + hs, sent.start + he, about, 0.65, topic=topic,
                  value=sent.text[hs:he], polarity=polarity)


def _more_pastimes(note: Note, sent: Sentence, local: int, about: str | None) -> None:
    """Emit the further pastimes of a liked list: "prefers hiking and rock climbing"."""
    for hs, he, term in _list_items(sent, local, lexicon.hobbies(), False):
        note.emit("interest", sent.start + hs, sent.start + he, about, 0.65,
                  value=lexicon.hobbies()[term.lower()])


_PLAYING = re.compile(r"(?:playing|doing|going|watching) ", re.I)
_TASK_AFTER = frozenset(("a", "an", "the", "my", "his", "her", "their", "our", "its", "this",
                         "that", "it", "them", "him"))


def _lead_hobby(obj: str) -> str:
    """The pastime an object opens on, when the rest says no more about it: "kayaking to
    get away from it all" is kayaking, "playing chess" chess; "walking the dog" is a task
    and stays as it is."""
    words = obj.split()
    lead = 1 if _PLAYING.match(obj) and len(words) > 1 else 0
    for n in (3, 2, 1):
        head = " ".join(words[lead:lead + n])
        if len(words) > lead + n - 1 and head.lower() in lexicon.hobbies():
            if lead + n == len(words) and not lead:
                return obj
            if lead + n < len(words) and words[lead + n].lower() in _TASK_AFTER:
                return obj
            return head
    return obj


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


_RX_FAN_OF_1 = re.compile(r"\b(?P<v>(?:[A-Z][\w'’ôéèà-]+ (?:& )?){1,3})(?P<role>(?:super)?fan\b|"
                          r"supporter|season ticket holder|mad\b|man\b|guy\b|girl\b|lad\b|"
                          r"nut\b|nerd|geek|till (?:he|she) dies)")
# Roles that say a sports side: "Stormers mad", "a Celtic man", "Kaizer Chiefs till he dies".
_TEAM_ROLES = frozenset(("supporter", "season ticket holder", "mad", "man", "guy", "girl", "lad",
                         "till he dies", "till she dies"))
_RX_FAN_OF_2 = re.compile(r"\bmusic\b", re.I)
_FAN_GATE = re.compile("fan|supporter|season ticket| mad| man| guy| girl| lad| nut| nerd|"
                       " geek| till ")


_PERSON_ROLES = frozenset(("man", "guy", "girl", "lad"))
_A_BEFORE = re.compile(r"\b(?:a|an|proper|real|true)\s+$", re.I)
_TITLE_WORDS = frozenset(("mr", "mrs", "ms", "miss", "dr", "prof", "rev", "sir", "lady",
                          "auntie", "aunty", "uncle", "grandad", "nan", "mum", "dad", "she's",
                          "he's", "i'm", "they're", "it's", "she’s", "he’s", "i’m", "she", "he",
                          "i", "they", "we", "we're", "you're"))
_FAN_INTENSIFIERS = frozenset(("big", "huge", "a", "the", "massive", "real", "true", "proper",
                               "lifelong", "die-hard", "diehard", "mega", "total", "great"))


def _fan_of(note: Note, sent: Sentence) -> None:
    """Handle "Spurs fan" / "a huge Elvis fan": a proper name before "fan"."""
    for m in _RX_FAN_OF_1.finditer(sent.text):
        words = m.group("v").split()
        while words and words[0].lower() in _FAN_INTENSIFIERS:
            words = words[1:]  # "Big Joni Mitchell fan": Joni Mitchell
        role = m.group("role")
        if role in _PERSON_ROLES and len(words) == len(m.group("v").split()) and \
                "&" not in words and not _A_BEFORE.search(sent.text, 0, m.start()):
            continue  # "Young guy, laptop", "Fixie guy (Mo)": who he is, not a side he backs
        if not words or words[0].lower().rstrip(".") in _TITLE_WORDS or \
                note.mention_named(words[0]) is not None or \
                role not in ("fan", "superfan") and surname_at(sent.text, m.start("v")):
            continue  # "Mrs Holt fan", "Grandad Joe man": a person, not a side
        about = about_at(note, sent, m.start())
        if about == SKIP or hypothetical_before(sent, m.start()):
            continue
        topic = "music" if _RX_FAN_OF_2.search(sent.text) else _guess_topic(sent.text)
        if topic == "other" and (role in _TEAM_ROLES or len(words) == 1):
            topic = "team"
        names = [n.strip() for n in " ".join(words).split("&")] if role in _TEAM_ROLES \
            else [" ".join(words)]
        for value in names:  # "Bulls & Bears guy": both sides
            if not value:
                continue
            start = sent.start + m.start("v") + m.group("v").find(value)
            note.emit("preference", start, start + len(value), about, 0.65, topic=topic,
                      value=value, polarity="like")


_RX_FAVOURITE_1 = re.compile(r"(?P<obj>[A-Za-z][\w' -]{2,40}?)(?: is| are|,) (?P<who>her|his|my|"
                             r"their) (?:absolute |all-time |very )?favou?rite\b")
# ", her favourite" after a list item: _favourite reads it with its owner.
_FAV_AFTER = re.compile(r",\s*(?:her|his|my|their)\s+(?:absolute\s+|all-time\s+|very\s+)?"
                        r"favou?rite\b")


def _favourite(note: Note, sent: Sentence) -> None:
    """Handle "X is her favourite" and "(Mum's favourite)"."""
    for m in _RX_FAVOURITE_1.finditer(sent.text):
        obj = _DROP_LEAD.sub("", m.group("obj")).strip()
        if not obj or _BAD_OBJ.match(obj) or _LIKE_GATE.search(obj.lower()):
            continue  # "i really like papaya, my favourite": the liking verb reads it
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


_RX_EXTRACT_INTERESTS_1 = re.compile(r"(?:^|[,+&]|\band\b)\s*(?:\w+\s+)?$")
_NAMED_THING_BEFORE = re.compile(r"\b(?:my|his|her|their|our|the|for|at|on)\s+$")
_FOR_SOMEONE_NAMED = re.compile(r"[\w' -]{0,30}?\s+for\s+(?P<n>[A-Z][a-z]+)(?=\s*(?:[.,;!)(]|$))")
_PLAYS_BEFORE = re.compile(r"\b(?:plays|played|playing|competes|races|rides|swims|runs)\s+$", re.I)
_WRITES_FOR = re.compile(r"[Ww]rites\s+for\b")
_FRAG_OPENS = re.compile(r"(?:^|[,+&]|\band\b)\s*$")
_RX_EXTRACT_INTERESTS_2 = re.compile(r"(?:^|\b(?:he|she|also|who|and|i|NAME)\s+|,\s*)$", re.I)
_RX_EXTRACT_INTERESTS_3 = re.compile(r"\b[A-Z]\w+\s+$")
_RX_EXTRACT_INTERESTS_4 = re.compile(r"\s*(?:$|[,.;+&]|and\b|\()")


_RAN_FOR_FUN = re.compile(r"\s+(?:most|every|daily|regularly|a lot|marathons?|half|ultras?|"
                          r"\d+\s*(?:k|km|miles?)\b|parkrun|with|at weekends|for fun|for a club|"
                          r"for\s+[A-Z]|on\s+(?:mon|tue|wed|thu|fri|sat|sun)|before|after|"
                          r"in the)", re.I)
_COMPLAINT_AFTER = re.compile(r"(?:['’]s|\s+(?:is|was|are|were))\s+(?:\w+\s+){0,2}?(?:too|loud|"
                              r"quiet|noisy|rubbish|awful|terrible|bad|off|cancelled|canceled|"
                              r"full|closed|busy|late|expensive|packed|cold|freezing)\b", re.I)


def _someone(note: Note, word: str) -> bool:
    """Say whether a capitalised word after "for" names a person, not a team or a place."""
    return note.mention_named(word) is not None or is_name(word) and not is_place(word)


# "collects Folio Society editions": the pastime is collecting what is named.
_COLLECTS = re.compile(r"\b[Cc]ollects\s+(?P<obj>[\w'’-]+(?:\s+(?!(?:and|but|for|from|at|in|on|"
                       r"with|since|when|as|so|of)\b)[\w'’-]+){0,3})")


_POSSESSED = re.compile(r"(?:her|his|their|my|our|the|a|an|your)\b", re.I)


def _collecting(note: Note, sent: Sentence) -> None:
    for m in _COLLECTS.finditer(sent.text):
        if find_terms(m.group(), lexicon.hobbies()) or hypothetical_before(sent, m.start()):
            continue  # "collects stamps" is in the lexicon as stamp collecting
        obj = clean_object(m.group("obj"))
        about = about_at(note, sent, m.start())
        if not obj or _BAD_OBJ.match(obj) or about == SKIP or \
                _POSSESSED.match(m.group("obj")):
            continue  # "collects her scripts" fetches them
        note.emit("interest", sent.start + m.start(), sent.start + m.start("obj") + len(obj),
                  about, 0.7, value=f"collecting {obj}")


def extract_interests(note: Note, sent: Sentence) -> None:
    """Emit hobbies named with a cue ("keen gardener", "plays golf", "pilates + swim")."""
    text = sent.text
    if "ollects" in text:
        _collecting(note, sent)
    for hit in find_terms(text, lexicon.hobbies()):
        m = _Term(*hit)
        var = m.group().lower()
        canon = lexicon.hobbies()[var]
        before, after = text[:m.start()], text[m.end():]
        if text[m.start()].isupper() and _NAMED_THING_BEFORE.search(before):
            continue  # "the service on my Golf", "entered for Badminton": a car, an event
        if hypothetical_before(sent, m.start()) or _NEGATED.search(before) or \
                surname_at(text, m.start()):
            continue
        agent = var.endswith(("er", "ist", "ete", "oner", "ers", "ists")) and var != canon
        verb3 = var.endswith("s") and not var.endswith(("ss", "ics")) and var != canon and \
            not agent and var not in ("games", "marathons", "photos", "walks", "gardens",
                                      "hikes", "weights", "jigsaws", "puzzles")
        frag_start = _RX_EXTRACT_INTERESTS_1.search(before) is not None \
            and not note.customer_voice
        ok = False
        if agent:  # "Keen runner", "Runner, …"; not "Card reader"
            ok = bool(_AGENT_CUE.search(before)) or frag_start and \
                _FRAG_OPENS.search(before) is not None
        elif verb3:
            ok = bool(_RX_EXTRACT_INTERESTS_2.search(before)) or \
                bool(_RX_EXTRACT_INTERESTS_3.search(before))
        else:
            ok = bool(_CUE_BEFORE.search(before) or _CUE_AFTER.search(after) or
                      _MY_BEFORE.search(before) or _AT_BEFORE.search(before)) or (
                frag_start and _RX_EXTRACT_INTERESTS_4.match(after) is not None)
        if var == "runs" and not _RAN_FOR_FUN.match(after):
            continue  # "runs about 200 ewes", "the B&B she runs": runs a thing
        if var == "rides" and (before.endswith(("bike ", "Audax ", "audax ", "club ")) or
                               any(e == m.start() - 1 for _s, e, _t in
                                   find_terms(text, lexicon.hobbies()))):
            continue  # "Audax rides", "club rides": rides of that pastime, not horses
        if not ok or (verb3 or var == "running") and _OBJECT_AFTER.match(after) or \
                agent and _EMPLOYED.match(after):
            continue  # "runs the shop", "reads the paper"; "dancer with Northern Ballet"
        if _COMPLAINT_AFTER.match(after):
            continue  # "music's way too loud on Saturdays", "yoga was cancelled": the shop's
        kin = _FOR_KIN.match(text, m.end())
        if kin and any(w in lexicon.relations() for w in
                       (kin.group("w").lower(), kin.group("w").lower().split()[0])):
            continue  # "swimming lessons for her daughter" are the daughter's
        named = _FOR_SOMEONE_NAMED.match(text, m.end())
        if named and _someone(note, named.group("n")) and not _PLAYS_BEFORE.search(before) or \
                _WRITES_FOR.match(text, m.start()):
            continue  # "swim lessons booked for Tom"; "writes for the local paper" is work
        about = about_at(note, sent, m.start())
        if about == SKIP or agent and is_pet(note, about):
            continue  # "Max (lab) — keen runner" is the owner, or no one
        note.emit("interest", sent.start + m.start(), sent.start + m.end(), about, 0.7,
                  value=canon)
