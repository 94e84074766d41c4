"""The customer's own first-person statements: "i volunteer at a shelter", "i am married".

Customers' emails and survey comments say things about themselves in a handful of plain
patterns that the noun-led extractors miss: a hobby as a bare verb ("i bake", "i like to
sing"), a marital or parental status ("i am married", "a stay at home mom"), a school
stage ("i am in high school"), a favourite stated with its topic word ("my favorite food
is pizza"). Each pattern is anchored on "i"/"my" at the clause start and only read in the
customer's voice, so staff notes (third person) are never affected.
"""

from __future__ import annotations

import re

from . import lexicon
from .context import Note, about_at, hypothetical_before
from .prefs import _BAD_OBJ, clean_object, topic_of
from .text import Sentence

# Base-form hobby verbs and the interest each names; a verb with a determined object
# ("i run a shop", "i paint the fence") names a task, not a pastime, and is skipped.
_VERBS = {
    "sing": "singing", "read": "reading", "run": "running", "jog": "running",
    "swim": "swimming", "hike": "hiking", "bike": "cycling", "cycle": "cycling",
    "bake": "baking", "cook": "cooking", "paint": "painting", "draw": "drawing",
    "write": "writing", "knit": "knitting", "sew": "sewing", "crochet": "crochet",
    "garden": "gardening", "fish": "fishing", "hunt": "hunting", "camp": "camping",
    "travel": "travel", "dance": "dancing", "surf": "surfing", "ski": "skiing",
    "skate": "skating", "skateboard": "skateboarding", "climb": "climbing",
    "golf": "golf", "bowl": "bowling", "box": "boxing", "workout": "working out",
    "exercise": "working out", "volunteer": "volunteer work", "meditate": "meditation",
    "shop": "shopping", "gamble": "gambling", "grill": "grilling", "sail": "sailing",
    "kayak": "kayaking", "row": "rowing", "tan": "tanning", "party": "partying",
    "quilt": "quilting", "sketch": "drawing", "wrestle": "wrestling",
    "work out": "working out", "lift weights": "weights", "ride horses": "horse riding",
    "ride my bike": "cycling", "ride bikes": "cycling", "play video games": "video games",
    "play board games": "board games", "play chess": "chess", "play guitar": "guitar",
    "play the guitar": "guitar", "play piano": "piano", "play the piano": "piano",
    "play the drums": "drums", "play the violin": "violin", "watch birds": "birdwatching",
}
_VERB_ALT = "|".join(sorted((re.escape(v) for v in _VERBS), key=len, reverse=True))
_ADV = r"(?:also |really |just |still |often |usually |sometimes |mostly |always |mainly |" \
       r"actually |regularly |love to |like to |enjoy to |try to |get to |get out and |" \
       r"go out and |have time to |want to |)"
_HOBBY_VERB = re.compile(r"\b(?:i|we) " + _ADV + _ADV + r"(?P<v>" + _VERB_ALT + r")"
                         r"(?P<rest>\b[^,.;!?]{0,40})")
_TASK_OBJECT = re.compile(r"\s+(?:a|an|the|his|her|their|our|its|it|this|that|them|"
                          r"for a living|for work|as a|to (?:work|school|the)|over|out of|"
                          r"away|into|up|down|off|late|back|home|you|everything|all)\b")
# Genres and topics liked by listening ("i only listen to country music").
_LISTEN = re.compile(r"\b(?:listen|listening) to (?:a lot of |lots of |mostly |"
                     r"only |some )?(?P<obj>[^,.;!?()]{2,40})")
# "my favorite food is pizza", "my favourite type of music to sing is folk".
_FAVOURITE = re.compile(r"\bmy (?:absolute |all time |all-time )?(?:favou?rite|fave|preferred)"
                        r" (?P<what>[a-z]+(?: [a-z]+){0,4}?) (?:is|are) (?P<obj>[^,.;!?()]"
                        r"{2,40})")
_FAV_TOPIC = {"food": "food", "foods": "food", "meal": "food", "dish": "food", "snack": "food",
              "drink": "drink", "beverage": "drink", "color": "color", "colour": "color",
              "music": "music", "band": "music", "singer": "music", "artist": "music",
              "genre": "music", "song": "music", "flower": "flower", "flowers": "flower",
              "book": "book", "author": "book", "books": "book", "movie": "film",
              "film": "film", "sport": "sport", "team": "team", "dessert": "dessert",
              "candy": "dessert", "fruit": "food", "cuisine": "food", "pizza": "food",
              "wine": "drink", "beer": "drink", "tea": "drink", "coffee": "drink"}
# "coffee is my preferred beverage", "pizza is my favorite food".
_IS_MY_FAV = re.compile(r"(?:^|[,!] )(?P<obj>[a-z][a-z' -]{1,30}?) (?:is|are) my (?:absolute |"
                        r"all time )?(?:favou?rite|fave|preferred) (?P<what>[a-z]+)\b")
_EAT_DRINK = re.compile(r"\bi (?:\w+ )?(?:love|like|enjoy|prefer|adore)s? (?:to )?"
                        r"(?:eat|eating|drink|drinking|have|having) (?P<obj>[^,.;!?()]{2,40})|"
                        r"\bi (?:only|mostly|mainly) (?:eat|drink) (?P<obj2>[^,.;!?()]{2,40})|"
                        r"\bi have a (?:weakness|soft spot) for (?P<obj3>[^,.;!?()]{2,40})")
_MARRIED = re.compile(r"\bi(?: am|'m| have been| got| just got) (?:happily |newly |recently )?"
                      r"married\b(?! (?:to (?:my|the) job|to my work))")
_PARENT = re.compile(r"\bi(?: am|'m) (?:a |an )?(?:proud |busy |single |working |full time |"
                     r"full-time |stay at home |stay-at-home |new |first time |)(?:mom|mum|"
                     r"mother|dad|father|parent|mommy|daddy)\b(?! (?:figure|to (?:my|our|the)"
                     r" (?:dog|cat|pets?|puppy|kitten|plants?)))")
_SCHOOL_STAGE = re.compile(r"\bi(?: am|'m) (?:currently |still |now |)(?:in|at|attending) "
                           r"(?P<s>high school|middle school|junior high|grad school|"
                           r"graduate school|law school|med school|medical school|"
                           r"nursing school|college|university|uni|community college)\b|"
                           r"\bi (?:go|attend|am going) to (?P<s2>high school|college|"
                           r"university|community college|grad school|law school|"
                           r"med school|medical school|nursing school)\b|"
                           r"\bi (?:am (?:currently )?)?(?:studying|study|majoring in|major in)"
                           r" (?P<subj>[a-z]+(?: [a-z]+)?) (?:at|in) (?:college|school|"
                           r"university|uni)\b|"
                           r"\bi(?: am|'m) (?:a |an )(?P<major>[a-z]+(?: [a-z]+)?) major\b|"
                           r"\bi went to (?:school|college|university) for (?P<subj2>[a-z]+"
                           r"(?: [a-z]+)?)\b")
_FARM = re.compile(r"\bi (?P<v>live|grew up|was raised|was born and raised|was born) "
                   r"on a (?P<p>farm|ranch)\b|\bi (?:am|'m|come) from a (?P<t>small town|"
                   r"big city|small village|village)\b")
_TAIL = re.compile(r" (?:while|whilst|during|all day|all the time|every|when|most|a lot|"
                   r"sometimes|daily|best)\b", re.I)
# "knitting is my passion", "cars are my thing".
_PASSION = re.compile(r"(?:^|[,!] )(?P<obj>[a-z][a-z ]{2,30}?) (?:is|are) (?:my|our) (?:biggest |"
                      r"real |true |great |main )?(?:passion|hobby|thing|life|obsession)\b")
# "i am a professional tennis player", "i play tennis professionally".
_PRO = re.compile(r"\bi(?: am|'m) (?:a |an )(?:professional|pro) (?P<v>[a-z]+(?: [a-z]+)?)\b")
# "here in alaska", "i live with my husband in ohio", "we are in colorado".
_HERE = re.compile(r"\b(?:here in|(?:i|we) live (?:here )?with (?:my|our) [a-z]+(?: and "
                   r"[a-z]+)? in|(?:i|we) (?:am|'m|are|'re) (?:currently |now |still )?"
                   r"(?:in|based in)) (?P<p>[a-z][a-z.'-]+(?: [a-z][a-z.'-]+){0,2})")
_NATIVE = re.compile(r"\b(?:my (?:native|home state of|home country of|home town of|hometown "
                     r"of)) (?P<p>[a-z][a-z.'-]+(?: [a-z][a-z.'-]+){0,2})")
_NOT_SUBJECT = frozenset({"the", "a", "an", "to", "for", "my", "it", "this", "that", "hard",
                          "now", "all", "so", "very"})


def extract_first_person(note: Note, sent: Sentence) -> None:
    """Read the customer's own plain first-person statements in one sentence."""
    if not note.customer_voice:
        return
    low = sent.low
    if "i " not in low and "my " not in low and "i'" not in low and "we " not in low and \
            "here in" not in low:
        return
    _hobby_verbs(note, sent)
    if "listen" in low:
        _listening(note, sent)
    if "fav" in low or "preferred" in low:
        _favourites(note, sent)
    if "eat" in low or "drink" in low or "hav" in low:
        for m in _EAT_DRINK.finditer(low):
            g = "obj" if m.group("obj") else "obj2" if m.group("obj2") else "obj3"
            _like(note, sent, m.start(g), m.group(g), None)
    if "married" in low:
        for m in _MARRIED.finditer(low):
            if _ok(note, sent, m.start()):
                _emit_person(note, sent, m, "spouse")
    if "mom" in low or "mum" in low or "mother" in low or "dad" in low or "father" in low \
            or "parent" in low:
        for m in _PARENT.finditer(low):
            if _ok(note, sent, m.start()):
                _emit_person(note, sent, m, "child")
    if "school" in low or "college" in low or "uni" in low or "stud" in low or \
            "major" in low:
        _school(note, sent)
    if "passion" in low or "hobby" in low or "thing" in low or "obsess" in low or \
            " life" in low:
        for m in _PASSION.finditer(low):
            obj = m.group("obj")
            value = lexicon.hobbies().get(obj) or (obj if obj.endswith("ing") else None)
            if value and _ok(note, sent, m.start("obj")):
                start = sent.start + m.start("obj")
                note.emit("interest", start, start + len(obj), None, 0.6, value=value)
    if "pro" in low:
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
    if " in " in low or "native" in low or "home" in low:
        for rx, rel in ((_HERE, "lives_in"), (_NATIVE, "from")):
            for m in rx.finditer(low):
                _place(note, sent, m, rel)
    if "farm" in low or "ranch" in low or "town" in low or "city" in low or "village" in low:
        for m in _FARM.finditer(low):
            if not _ok(note, sent, m.start()):
                continue
            place = m.group("p") or m.group("t")
            rel = "lives_in" if m.group("v") == "live" else "from"
            start = sent.start + (m.start("p") if m.group("p") else m.start("t"))
            note.emit("place", start, start + len(place), None, 0.6, relation=rel, value=place)


_RX_OK_1 = re.compile(r"\b(?:not|never|n't|no longer|used to|wish|if)\b[^,.;]{0,15}$")


def _ok(note: Note, sent: Sentence, local: int) -> bool:
    """Say whether the statement at `local` is the customer's own and not hedged."""
    return not hypothetical_before(sent, local) and not _RX_OK_1.search(sent.low[:local]) \
        and about_at(note, sent, local) is None


def _emit_person(note: Note, sent: Sentence, m: re.Match[str], relation: str) -> None:
    if any(f["kind"] == "person" and f["relation"] in (
            (relation, "spouse", "partner") if relation == "spouse" else
            (relation, "son", "daughter")) for f in note.facts):
        return  # a named or nearer mention already says it
    note.emit("person", sent.start + m.start(), sent.start + m.end(), None, 0.6,
              relation=relation, name=None)


def _hobby_verbs(note: Note, sent: Sentence) -> None:
    for m in _HOBBY_VERB.finditer(sent.low):
        verb = m.group("v")
        rest = m.group("rest")
        if rest.startswith(("'", "-")) or _TASK_OBJECT.match(rest) and " " not in verb:
            continue
        if not _ok(note, sent, m.start()):
            continue
        start = sent.start + m.start("v")
        note.emit("interest", start, start + len(verb), None, 0.6, value=_VERBS[verb])


def _listening(note: Note, sent: Sentence) -> None:
    for m in _LISTEN.finditer(sent.low):
        obj = clean_object(m.group("obj"))
        if not obj or _BAD_OBJ.match(obj):
            continue
        if topic_of(obj) != "music" and not obj.endswith("music"):
            continue
        _like(note, sent, m.start("obj"), obj, "music")


def _favourites(note: Note, sent: Sentence) -> None:
    low = sent.low
    for m in _FAVOURITE.finditer(low):
        words = m.group("what").split()
        topic = next((_FAV_TOPIC[w] for w in words if w in _FAV_TOPIC), None)
        if topic is None:
            continue
        _like(note, sent, m.start("obj"), m.group("obj"), topic)
    for m in _IS_MY_FAV.finditer(low):
        topic = _FAV_TOPIC.get(m.group("what"))
        if topic is None:
            continue
        _like(note, sent, m.start("obj"), m.group("obj"), topic)


def _like(note: Note, sent: Sentence, local: int, raw: str, topic: str | None) -> None:
    """Emit a liked thing found at `local` (lower-cased text) unless it is no object."""
    obj = _TAIL.split(clean_object(raw), maxsplit=1)[0]
    if not obj or _BAD_OBJ.match(obj) or len(obj) < 3 or obj.split()[0] in _NOT_SUBJECT:
        return
    if not _ok(note, sent, local):
        return
    lead = raw.find(obj.split()[0])
    start = sent.start + local + max(lead, 0)
    value = sent.text[start - sent.start:start - sent.start + len(obj)]
    hobby = lexicon.hobbies().get(obj)
    if hobby and topic is None:
        note.emit("interest", start, start + len(obj), None, 0.6, value=hobby)
        return
    note.emit("preference", start, start + len(obj), None, 0.6,
              topic=topic or topic_of(obj) or "other", value=value, polarity="like")


_RX_SCHOOL_1 = re.compile(r" (?:but|and|so|because|at|in|now)\b")


def _school(note: Note, sent: Sentence) -> None:
    for m in _SCHOOL_STAGE.finditer(sent.low):
        g = next(g for g in ("s", "s2", "subj", "major", "subj2") if m.group(g))
        value = _RX_SCHOOL_1.split(m.group(g))[0]
        if value.split()[0] in _NOT_SUBJECT:
            continue
        if not _ok(note, sent, m.start()):
            continue
        start = sent.start + m.start(g)
        note.emit("school", start, start + len(value), None, 0.6,
                  value=sent.text[m.start(g):m.start(g) + len(value)])


_RX_PLACE_1 = re.compile(r"\s+(?:for|this|next|on|until|till|visiting|at the moment)\b")


def _place(note: Note, sent: Sentence, m: re.Match[str], rel: str) -> None:
    """Emit a place named in lower case when the gazetteer knows it (longest prefix)."""
    from .gazetteer import is_place

    words = m.group("p").split()
    for n in range(len(words), 0, -1):
        cand = " ".join(words[:n])
        if is_place(cand, lower_text=True):
            break
    else:
        return
    after = sent.low[m.start("p") + len(cand):]
    if _RX_PLACE_1.match(after):
        return  # "i am in paris for a week" is a trip
    if not _ok(note, sent, m.start()):
        return
    start = sent.start + m.start("p")
    note.emit("place", start, start + len(cand), None, 0.6, relation=rel,
              value=sent.text[m.start("p"):m.start("p") + len(cand)])
