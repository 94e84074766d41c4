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
from .text import Sentence, find_terms

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
    "work out": "working out", "walk": "walking", "lift weights": "weights",
    "ride horses": "horse riding",
    "ride my bike": "cycling", "ride bikes": "cycling", "play video games": "video games",
    "play board games": "board games", "play chess": "chess", "play guitar": "guitar",
    "play the guitar": "guitar", "play piano": "piano", "play the piano": "piano",
    "play the drums": "drums", "play the violin": "violin", "watch birds": "birdwatching",
}
_VERB_ALT = "|".join(sorted((re.escape(v) for v in _VERBS), key=len, reverse=True))
_ADV = r"(?:also |really |just |still |often |usually |sometimes |mostly |always |mainly |" \
       r"actually |regularly |love to |like to |enjoy to |try to |get to |get out and |" \
       r"go out and |have time to |)"
_HOBBY_VERB = re.compile(r"\b(?:i|we) " + _ADV + _ADV + r"(?P<v>" + _VERB_ALT + r")"
                         r"(?P<rest>\b[^,.;!?]{0,40})")
_TASK_OBJECT = re.compile(r"\s+(?:a|an|the|my|his|her|their|our|its|it|this|that|them|"
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
                        r"\bi (?:also |)have a (?:major |big |huge |real |serious |)(?:weakness|"
                        r"soft spot) for (?P<obj3>[^,.;!?()]{2,40})|"
                        r"\bi (?:cannot|can't|can not|could never|never can) resist "
                        r"(?P<obj4>[^,.;!?()]{2,40})|"
                        r"\bmy (?:biggest |greatest |one |only |guilty |)(?:weakness|vice|pleasure)"
                        r" (?:is|are) (?P<obj5>[^,.;!?()]{2,40})")
# "fish and chips are my weakness", "chocolate is my guilty pleasure".
_MY_WEAKNESS = re.compile(r"(?:^|[,!] )(?P<obj>[a-z][a-z' -]{1,30}?) (?:is|are) (?:my|a) "
                          r"(?:biggest |greatest |real |major |total |guilty |one |)(?:weakness|"
                          r"vice|guilty pleasure|addiction)(?: of mine)?\b")
# "i also drink wine in the evenings", "i eat a lot of papaya": a habit with food or drink.
_HABIT_FOOD = re.compile(r"\bi (?:also |usually |often |always |sometimes |really |just |"
                         r"normally |generally |)(?P<v>eat|drink) (?:a lot of |lots of |plenty "
                         r"of |tons of |so much |too much |way too much |a ton of |)"
                         r"(?P<obj>[^,.;!?()]{2,40})")
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
_FARM = re.compile(r"\b(?:i|we) (?:still |now |currently |)(?P<v>live|grew up|was raised|"
                   r"was born and raised|was born|spent my (?:youth|childhood)) (?:on|in) (?:a|"
                   r"an|the) (?:(?:big|small|little|huge|large|family|horse|dairy|cattle|"
                   r"tiny|rural|beautiful) )*(?P<p>farm|ranch|small town|big city|city|"
                   r"village|countryside|country|suburbs|mountains)\b(?! (?:of|in|near|"
                   r"with|called|named|music)\b)|\bi (?:am|'m|come) from a (?P<t>small town|"
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
# "i have never left ohio", "i live in the middle of alabama", "colorado here",
# "hello from canada", "alaska is where i live".
def _place_words(group: str) -> str:
    return r"(?P<" + group + r">[a-z][a-z.'-]+(?: [a-z][a-z.'-]+){0,2})"


_HOME = re.compile(
    r"\b(?:i|we)(?: have|'ve|) never (?:left|been (?:outside|out) of|been outside|lived "
    r"outside(?: of)?|travell?ed out(?:side)? of|been anywhere but) (?:the (?:state|city|town|"
    r"country) of |my home state of |)" + _place_words("p") + r"(?:\W*$|[ ,.!?])|"
    r"\b(?:i|we) (?:still |now |currently |)live (?:in|on) (?:the )?(?:middle|north|south|"
    r"east|west|northern|southern|eastern|western|central|heart|outskirts|wilderness|"
    r"mountains|woods|suburbs|countryside|coast) of " + _place_words("p2") + r"(?:\W*$|[ ,.!?])|"
    r"(?:^|[,!] )" + _place_words("p3") + r" here(?:\W*$|,| too| as well)|"
    r"\b(?:hello|greetings|hi|hey) from " + _place_words("p4") + r"(?:\W*$|[ ,.!?])|"
    r"(?:^|[,!] )" + _place_words("p5") + r" is (?:the (?:state|city|town|country) |)"
    r"(?:where i live|i live in|where i am from|my home)\b")
_NATIVE = re.compile(r"\b(?:my (?:native|home state of|home country of|home town of|hometown "
                     r"of)) (?P<p>[a-z][a-z.'-]+(?: [a-z][a-z.'-]+){0,2})")
_NOT_SUBJECT = frozenset({"the", "a", "an", "to", "for", "my", "it", "this", "that", "hard",
                          "now", "all", "so", "very"})


def extract_first_person(note: Note, sent: Sentence) -> None:
    """Read the customer's own plain first-person statements in one sentence."""
    if not note.customer_voice:
        return
    low = sent.low
    _drop_asked(note, sent)
    if "i " not in low and "my " not in low and "i'" not in low and "we " not in low and \
            "here in" not in low:
        _music(note, sent)  # "mostly country music": an answer needs no "i"
        _hobby_terms(note, sent)
        _homes(note, sent)
        if _COUNTED.match(low):
            _household(note, sent)
        return
    _hobby_verbs(note, sent)
    _hobby_terms(note, sent)
    if "listen" in low:
        _listening(note, sent)
    if "fav" in low or "preferred" in low:
        _favourites(note, sent)
    if "eat" in low or "drink" in low or "hav" in low or "resist" in low or "weakness" in low \
            or "vice" in low or "pleasure" in low:
        for m in _EAT_DRINK.finditer(low):
            g = next(g for g in ("obj", "obj2", "obj3", "obj4", "obj5") if m.group(g))
            _like(note, sent, m.start(g), m.group(g), None)
        for m in _HABIT_FOOD.finditer(low):
            if m.group("obj").startswith(("the ", "my ", "this ", "that ", "your ", "it ")):
                continue  # "i drink the water here" is one glass, not a taste
            obj = clean_object(m.group("obj"))
            if topic_of(obj) in ("food", "drink", "dessert") and \
                    _own_clause(low, m.start()) is not None:
                _like(note, sent, m.start("obj"), m.group("obj"), None)
    if "weakness" in low or "vice" in low or "pleasure" in low or "addiction" in low:
        for m in _MY_WEAKNESS.finditer(low):
            if topic_of(m.group("obj")) is not None:
                _like(note, sent, m.start("obj"), m.group("obj"), None)
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
    if "grade" in low or "graduat" in low or "school" in low or "college" in low or \
            "studied" in low:
        _school_stage(note, sent)
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
    _music(note, sent)
    if "have" in low or "got" in low or "own" in low or "my " in low:
        _household(note, sent)
    if "work" in low or "job" in low or "career" in low or "shift" in low:
        _workplace(note, sent)
    if " i " in f" {low}":
        _job_verbs(note, sent)
    if "business" in low or "company" in low or "own a" in low or "own my" in low:
        _own_business(note, sent)
    _homes(note, sent)
    if " in " in low or "native" in low or "home" in low:
        for rx, rel in ((_HERE, "lives_in"), (_NATIVE, "from")):
            for m in rx.finditer(low):
                _place(note, sent, m, rel)
    if "farm" in low or "ranch" in low or "town" in low or "city" in low or "village" in low \
            or "country" in low or "suburbs" in low or "mountains" in low:
        for m in _FARM.finditer(low):
            if not _ok(note, sent, m.start()):
                continue
            place = m.group("p") or m.group("t")
            rel = "lives_in" if m.group("v") == "live" else "from"
            if place in ("big city", "country", "countryside"):
                place = "city" if place == "big city" else "countryside"
                value_start = m.start("p")
                start = sent.start + value_start
                note.emit("place", start, start + len(m.group("p")), None, 0.6, relation=rel,
                          value=place)
                continue
            start = sent.start + (m.start("p") if m.group("p") else m.start("t"))
            note.emit("place", start, start + len(place), None, 0.6, relation=rel, value=place)


_RX_OK_1 = re.compile(r"\b(?:not|never|n't|no longer|used to|wish|if)\b[^,.;]{0,15}$")


def _ok(note: Note, sent: Sentence, local: int) -> bool:
    """Say whether the statement at `local` is the customer's own and not hedged."""
    if sent.low.startswith(("i ", "i'", "we ", "we'"), local):
        local += 2  # the subject itself says whose statement it is
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
    low = sent.low
    found = list(_HOBBY_VERB.finditer(low))
    if " and " in low or ", " in low:
        found += [m for m in _AND_VERB.finditer(low) if _same_subject(low, m)]
    for m in found:
        verb = m.group("v")
        rest = m.group("rest")
        if rest.startswith(("'", "-")) or _TASK_OBJECT.match(rest) and " " not in verb and \
                not (verb == "sing" and _SONGS.match(rest)):
            continue
        if not _ok(note, sent, m.start()):
            continue
        start = sent.start + m.start("v")
        if any(f["kind"] == "interest" and f["value"] == _VERBS[verb] for f in note.facts):
            continue
        note.emit("interest", start, start + len(verb), None, 0.6, value=_VERBS[verb])


# "i like to cook, run and sing": the later verbs of a list share its subject.
_AND_VERB = re.compile(r"(?:,|\band|, and) (?:also |then |)(?:to )?(?P<v>" + _VERB_ALT +
                       r")(?=(?P<rest>\b[^,.;!?]{0,40}))")
_SONGS = re.compile(r" (?:the |some |all the |all of the |a lot of )?(?:[a-z]+ ){0,2}songs?\b")


def _same_subject(low: str, m: re.Match[str]) -> bool:
    """Say whether the list item at `m` continues a clause whose subject is "i"."""
    cut = max(low.rfind(p, 0, m.start()) for p in (".", ";", "!", "?", " but "))
    clause = low[cut + 1:m.start()]
    return re.search(r"\b(?:i|we)\b", clause) is not None and \
        _OTHER_SUBJECT.search(clause) is None and _UNSURE.search(clause) is None and \
        _CHORE.search(clause) is None


_CHORE = re.compile(r"\b(?:have to|has to|need to|needs to|got to|gotta|must|had to)\b")


def _listening(note: Note, sent: Sentence) -> None:
    for m in _LISTEN.finditer(sent.low):
        obj = clean_object(m.group("obj"))
        if not obj or _BAD_OBJ.match(obj):
            continue
        if topic_of(obj) != "music" and not obj.endswith("music"):
            continue
        if _own_clause(sent.low, m.start()) is None:
            continue  # "i am going to listen to", "my dad listens to"
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


def _homes(note: Note, sent: Sentence) -> None:
    low = sent.low
    if "never" in low or " of " in low or "here" in low or " live" in low or "from" in low or \
            " is " in low:
        for m in _HOME.finditer(low):
            _place(note, sent, m, "lives_in")


def _place(note: Note, sent: Sentence, m: re.Match[str], rel: str) -> None:
    """Emit a place named in lower case when the gazetteer knows it (longest prefix)."""
    from .gazetteer import is_place

    group = next(g for g in ("p", "p2", "p3", "p4", "p5") if m.re.groupindex.get(g) and
                 m.group(g))
    words = m.group(group).split()
    for n in range(len(words), 0, -1):
        cand = " ".join(words[:n])
        if is_place(cand, lower_text=True):
            break
    else:
        return
    at = m.start(group)
    after = sent.low[at + len(cand):]
    if _RX_PLACE_1.match(after):
        return  # "i am in paris for a week" is a trip
    if not _ok(note, sent, m.start()) or at >= _asked_from(note, sent):
        return
    if any(f["kind"] == "place" and f["value"].lower() == cand for f in note.facts):
        return
    start = sent.start + at
    note.emit("place", start, start + len(cand), None, 0.6, relation=rel,
              value=sent.text[at:at + len(cand)])


def _drop_asked(note: Note, sent: Sentence) -> None:
    """Drop likings and hobbies read inside a question to the reader ("do you like jazz?")
    or about the business ("is there a beginners' pilates class?")."""
    asked = _asked_from(note, sent)
    if asked == len(sent.low) or not _YOU.search(sent.low, asked) and \
            _ME.search(sent.low, asked):
        return  # no question, or one about the customer ("can i bring my racket?")
    cut = sent.start + asked
    end = sent.start + len(sent.text)
    if _SO_DO_I.match(note.text.lower(), end):
        return  # "do you like jazz? i do." answers its own question
    note.facts[:] = [f for f in note.facts if not (
        f["kind"] in ("preference", "interest") and cut <= f["span"][0] < end)]


_YOU = re.compile(r"\b(?:you|your|u|ya)\b")
_ME = re.compile(r"\b(?:i|me|my|we|us|our|i'm|i've|i'd)\b")
_SO_DO_I = re.compile(r"\s*\?[?!. ]*(?:yes |oh |well |)(?:i do|me too|i really do|i sure do|"
                      r"i (?:love|like|enjoy|adore) (?:it|them|that|this)|so do i)\b")


def _asked_from(note: Note, sent: Sentence) -> int:
    """Return where the question in a sentence starts ("i love jazz, do you?"), or its end.

    A sentence closed by "?" asks from its last clause; one opening on "do you",
    "what is your" asks throughout.
    """
    low = sent.low
    if _ASKS.match(low):
        return 0
    end = sent.start + len(sent.text)
    if note.text[end:end + 2].lstrip()[:1] != "?":
        return len(low)
    tag = _YOU_TAG.search(low)
    if tag:
        return tag.start()  # "i enjoy hiking in my spare time, you?" asks only "you"
    m = _Q_CLAUSE.match(low)
    return m.end() if m else 0


_Q_CLAUSE = re.compile(r".*(?:[,;:]|\bbut\b)", re.S)
_YOU_TAG = re.compile(r"(?:^|,? (?:and |how about |what about |hbu|wbu|)(?:you|u|yourself|"
                      r"your(?:s|self)?)(?: too)?)\W*$")
_ASKS = re.compile(r"(?:(?:so|and|but|well|hey|hi|oh) )?(?:do|does|did|are|is|have|has|would|"
                   r"will|can|could|what|which|who|how|where|why|when)(?: (?:is|are|do|"
                   r"does|kind of|sort of|type of|\w+))? (?:you|your|u|ya)\b")
_WORD_RX = re.compile(r"[a-z0-9*][a-z0-9&'./*-]*")


def _find(low: str, terms: dict[str, object], longest: int = 5) -> list[tuple[int, int, str]]:
    """Find terms in lower-cased text, leftmost-longest on word boundaries."""
    words = [(m.start(), m.end(), m.group().rstrip(".'")) for m in _WORD_RX.finditer(low)]
    out = []
    i = 0
    while i < len(words):
        for k in range(min(longest, len(words) - i), 0, -1):
            key = " ".join(w for _s, _e, w in words[i:i + k])
            if key in terms:
                out.append((words[i][0], words[i][0] + len(key), key))
                i += k
                break
        else:
            i += 1
    return out


# Someone other than the customer as the clause's subject or owner.
_OTHER_SUBJECT = re.compile(r"\b(?:you|your|u|ya|he|she|they|his|her|their|him|them|friends?|"
                            r"wife|husband|mom|mum|dad|mother|father|brother|sister|son|"
                            r"daughter|kids|children|parents|family|boyfriend|girlfriend|"
                            r"people|everyone|everybody|nobody|someone|no one|store|radio)\b")
_CLAUSE_START = re.compile(r".*(?:[,;:]|\b(?:but|because|so|when|while|although|though|"
                           r"and then|if|until|since|cause)\b)", re.S)
_UNSURE = re.compile(r"\b(?:not|never|n't|no longer|used to|wish|if|hate[sd]?|dislike[sd]?|"
                     r"can't stand|cannot stand|would|'d|want to|wanna|hope|hoping|when i was|"
                     r"as a kid|growing up|tired of|sick of|loathe|without|instead of|"
                     r"allowed|ever|try|trying|should|may|might|maybe|could|going to|gonna|"
                     r"about to|plan to|planning|someday|one day|once|grow up)\b")


def _own_clause(low: str, local: int) -> str | None:
    """Return the clause before `local` when it speaks of the customer's own habits.

    None when someone else is the subject ("my wife loves jazz") or the clause is hedged,
    negated or wishful ("i never listen to", "i wish i could").
    """
    m = _CLAUSE_START.match(low, 0, local)
    clause = low[m.end() if m else 0:local]
    if _OTHER_SUBJECT.search(clause) or _UNSURE.search(clause):
        return None
    return clause


# The words that make a genre or act something the customer likes, before it
# ("i listen to", "big … fan of") or after it ("… concerts", "… fan").
_MUSIC_BEFORE = re.compile(
    r"(?:\b(?<!looks )(?<!look )(?<!sounds )(?<!seems )(?<!feel )(?<!just )(?<!more )"
    r"(?:love|loves|like|likes|enjoy|enjoys|adore|prefer|into|fan of|listen to|"
    r"listening to|listens to|dance to|dancing to|jam|jamming|jam to|jam out to|blast|"
    r"blasting|play|playing|sing|singing|crazy about|obsessed with|mad about|obsession with|"
    r"favou?rite (?:\w+ ){0,3}(?:is|are)|mine is|mine are)|^(?:mostly|definitely|probably|"
    r"always|all|only|just|some|i'd say|i would say|gotta be|got to be)?) (?:(?:to |some |a "
    r"lot of |lots of |mostly |only |all |my |old |old school |classic |good |the |"
    r"really |mainly |early |new |older |all kinds of )){0,2}$|^$")
_MUSIC_AFTER = re.compile(r" (?:music|songs?|concerts?|festivals?|bands?|albums?|records?|"
                          r"radio|station|tunes|gigs?|singers?|fan|fans|tickets|cds?|"
                          r"vinyl|playlists?)\b")
_FAV_MUSIC_AFTER = re.compile(r" (?:is|are) (?:my|the) (?:absolute |all time |)(?:favou?rite"
                              r"|fave|best|jam|thing)\b")
_ANSWER_AFTER = re.compile(r"(?: music)?(?:$|[,!]| all the way| mostly| especially| for sure|"
                           r" and [a-z]+(?: music)?$)")
_ATTEND_BEFORE = re.compile(r"\b(?:to|attend|attending|see|seeing|put on|spin|collect|"
                            r"saw|love|loves|like|enjoy|my|a|big|huge|biggest|massive)"
                            r" (?:(?:a|an|the|all|every|many|lots of|a lot of|some|of|big|huge|"
                            r"local|live|weekend|those|old|classic|good) )*$")


def _music(note: Note, sent: Sentence) -> None:
    """Emit music the customer likes: a genre or act with a liking, listening or fan cue."""
    low = sent.low
    hits = _find(low, lexicon.music())
    if not hits:
        return
    hobbies = find_terms(sent.text, lexicon.hobbies())
    asked = _asked_from(note, sent)
    for start, end, term in hits:
        entry = lexicon.music()[term]
        if any(s < end and start < e and e - s > end - start and
               lexicon.hobbies()[t.lower()] not in _MUSIC_HOBBIES for s, e, t in hobbies):
            continue  # "rock climbing" is no rock music
        before, after = low[:start], low[end:]
        after_noun = _MUSIC_AFTER.match(after)
        before_verb = _MUSIC_BEFORE.search(before)
        at_start = not before.strip(" ") or before.strip() in ("mostly", "definitely",
                                                               "probably", "only", "always")
        if after_noun:
            liked = bool(before_verb) or bool(_ATTEND_BEFORE.search(before)) or at_start
        elif before_verb and not at_start:
            liked = not entry.strict or bool(re.search(
                r"(?:listen|listening|listens|dance|dancing|jam|blast|blasting|playing|"
                r"favou?rite (?:\w+ )?(?:music|band|singer|artist|genre|group|rapper)"
                r"[\w ]*|mine is|mine are) (?:to |some |a lot of |mostly |only |my |old |"
                r"classic |good |the )*$", before)) or _fav_music_in(low)
        elif _FAV_MUSIC_AFTER.match(after):
            liked = not entry.strict or _fav_music_in(low)
        else:
            liked = at_start and not entry.strict and _ANSWER_AFTER.match(after) is not None
        if not liked or start >= asked or _own_clause(low, start) is None or \
                not _ok(note, sent, start):
            continue
        span = (sent.start + start, sent.start + end)
        known = [f for f in note.facts if f["span"][0] < span[1] and span[0] < f["span"][1]]
        for f in known:
            if f["kind"] != "preference":
                continue
            if f["topic"] == "other":
                f["topic"] = "music"  # "a huge Dolly Parton fan" was read without its topic
            if f["topic"] == "music" and f["value"].lower() != entry.value and \
                    term not in f["value"].lower():
                f["value"] = entry.value  # "kids on the block" lost its first word
            elif f["topic"] == "music" and len(f["value"]) > len(term) + 3:
                f["value"] = entry.value  # "listening to britney spears" is the singer
        if known:
            continue  # an interest or liking already read here
        value = entry.value
        note.emit("preference", span[0], span[1], None, 0.6, topic="music", value=value,
                  polarity="like")


_MUSIC_HOBBIES = frozenset(("music", "country music", "classical music", "folk music",
                            "rock music", "jazz", "hip hop"))


def _fav_music_in(low: str) -> bool:
    return "music" in low or "band" in low or "singer" in low or "genre" in low or \
        "song" in low or "listen" in low


# A hobby named with a cue that says the customer does it: "i relax by knitting", "busy
# volunteering", "just got back from mountain biking", "i am interested in photography".
_HOBBY_BEFORE = re.compile(
    r"(?:\bby|\bback from|\bdone|\bbusy|\bup late|\binterested in|\bpassion for|\blove for|"
    r"\bi (?:am|was|'m) (?:just |currently |still |always |out |off |)|"
    r"\b(?:i|we) (?:have|'ve) been|\bi (?:also |really |mostly |mainly |)(?:do|did|practice|"
    r"practise|go|went|love|enjoy|like|prefer|adore)|\bi (?:also |often |)(?:spend|spent) "
    r"(?:\w+ ){0,4}(?:time|hours|days|weekends|evenings|nights|mornings|afternoons)"
    r"|\bweekends? (?:i|we) (?:do|go)) (?:\w+ )?$")
# "fishing is one of my favorite things", "walking is something i enjoy".
_HOBBY_AFTER = re.compile(r"(?: and [a-z ]{3,25}?)? (?:is|are) (?:one of |so |really |"
                          r"definitely |also |still |just |totally |)(?:my|what i|something i"
                          r"|the thing i)\b(?! (?:\w+ )?(?:job|work|career|profession|living)\b)")
# A verb with a determined object or an idiom: "running a business", "running late".
_HOBBY_TASK = re.compile(r" (?:a|an|the|your|his|her|their|its|it|this|that|them|late|out of|"
                         r"for (?:office|mayor|president|congress|election)|errands|around|"
                         r"over|into|low|away|short)\b")
# What a sentence made only of hobbies may end with: "baking and stuff", "running lol".
_FRAGMENT_END = re.compile(r"\s*(?:and (?:stuff|stuffs|things|such)|etc|mostly|too|lol|"
                           r"haha|mainly|myself|for sure|definitely|)\s*[.!]*$")
_FRAGMENT_JOIN = re.compile(r"\s*(?:,|and|or|&|, and)\s*$")


def _hobby_terms(note: Note, sent: Sentence) -> None:
    """Emit hobbies from the lexicon said with a cue of doing them, or as a bare answer."""
    hits = find_terms(sent.text, lexicon.hobbies())
    if not hits:
        return
    low = sent.low
    asked = _asked_from(note, sent)
    fragment = _fragment(low, hits)
    for start, end, term in hits:
        if start >= asked:
            break
        after = low[end:]
        if _HOBBY_TASK.match(after):
            continue
        if not (fragment or _HOBBY_BEFORE.search(low, max(0, start - 60), start)
                or _HOBBY_AFTER.match(after) and not low[:start].strip()):
            continue
        if _own_clause(low, start) is None or not _ok(note, sent, start):
            continue
        span = (sent.start + start, sent.start + end)
        if any(f["span"][0] < span[1] and span[0] < f["span"][1] for f in note.facts):
            continue
        note.emit("interest", span[0], span[1], None, 0.6, value=lexicon.hobbies()[term])


def _fragment(low: str, hits: list[tuple[int, int, str]]) -> bool:
    """Say whether the sentence is only a list of hobbies ("kayaking and hiking")."""
    pos = 0
    for start, end, _term in hits:
        gap = low[pos:start]
        if gap.strip() and (pos == 0 or not _FRAGMENT_JOIN.match(gap)):
            return False
        pos = end
    return _FRAGMENT_END.match(low, pos) is not None


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
        if _own_clause(low, m.start()) is None or not _ok(note, sent, m.start()) or \
                m.start() >= _asked_from(note, sent):
            continue
        if any(f["kind"] == "occupation" for f in note.facts):
            return
        value = _JOB_OF_VERB[verb]
        words = rest.split()
        if verb == "teach" and words and words[0] in _TAUGHT:
            value = f"{words[0]} teacher"
        if verb == "coach":
            sport = next((t for s, _e, t in find_terms(rest, lexicon.hobbies()) if s <= 1), None)
            if sport is None:
                continue  # "i coach my son" is no job said
            value = f"{lexicon.hobbies()[sport.lower()]} coach"
        start = sent.start + m.start("v")
        note.emit("occupation", start, start + len(verb), None, 0.6, value=value,
                  employer=None)


# "i own a dog walking business", "i run my own bakery".
_OWN_BUSINESS = re.compile(r"\b(?:i|we) (?:also |now |)(?:own|run|have|started|opened|manage)"
                           r" (?:a|an|my own|our own|my|our|the|a small|a little) (?:small |"
                           r"little |)(?P<v>(?:[a-z]+ ){0,2}?(?:business|company|shop|store|"
                           r"restaurant|bakery|cafe|café|bar|salon|farm|ranch|firm|agency|"
                           r"practice|studio|diner|food truck))\b")


def _own_business(note: Note, sent: Sentence) -> None:
    low = sent.low
    for m in _OWN_BUSINESS.finditer(low):
        what = m.group("v")
        if what.split()[0] in _NOT_SUBJECT or what.split()[0] in ("family", "own", "new"):
            continue
        if _own_clause(low, m.start()) is None or not _ok(note, sent, m.start()) or \
                m.start() >= _asked_from(note, sent):
            continue
        if any(f["kind"] == "occupation" for f in note.facts):
            return
        start = sent.start + m.start("v")
        note.emit("occupation", start, start + len(what), None, 0.6, value=f"{what} owner",
                  employer=None)


_COUNT = (r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|"
          r"several|some|many|lots of|a lot of|a few|few|a couple of|a couple|a pair of|"
          r"a bunch of|a ton of|tons of|a total of)")
# Up to three words before the kin or species word, none a preposition: "two grown up",
# not "a weakness for".
_MODS3 = r"(?:(?!(?:for|of|to|with|about|in|on|at|no|from|like|than)\b)[a-z-]+ ){0,3}"
_ITEM = r"(?:" + _COUNT + r" )?" + _MODS3
# "i have a brother and 3 sisters", "we've got two kids, a dog and a cat".
_HAVE = re.compile(r"\b(?:i|we) (?:also |still |now |just |both |already |)(?:have|'ve got|"
                   r"have got|got|own|adopted|rescued) (?:" + _ITEM +
                   r"(?:,|and|&|plus|, and) )*" + _ITEM + r"$")
# "my grown children", "my amazing grandchildren": the customer's own relatives.
_MY_KIN = re.compile(r"\bmy (?:(?!own\b|ex\b|late\b|future\b)[a-z-]+ ){0,2}$")
_NO_KIN_YET = re.compile(r"\b(?:if|wish i had|want|would love|hope to have|someday|one day|"
                         r"future|ex)\b")
# "two dogs.", "three kids!": an answer that counts the customer's own.
_COUNTED = re.compile(r"^(?:i have |we have |just |only |)(?:" + _COUNT + r") (?:[a-z-]+ )?"
                      r"(?P<w>[a-z-]+)(?: and (?:" + _COUNT + r") (?:[a-z-]+ )?[a-z-]+)?\W*$")
# "just me and my 5 cats", "all of my 19 dogs": a counted group of the customer's own.
_MY_COUNT = re.compile(r"\bmy (?:" + _COUNT + r"|other|only|pet|two|three) (?:[a-z-]+ ){0,2}$")
_OTHERS_OWN = re.compile(r"\b(?:you|your|u|ya|he|she|they|his|her|their|friends?|\w+'s)\b")
_NOT_PET_AFTER = re.compile(r"\s*(?:food|treats?|toys?|bed|beds|hair|walker|walking|sitter|"
                            r"sitting|groomer|grooming|shelter|rescue|park|show|years|lover|"
                            r"person|people|breeder|trainer|training|house|farm)\b")


def _household(note: Note, sent: Sentence) -> None:
    """Emit the relatives and pets the customer counts as theirs ("i have a son")."""
    text, low = sent.text, sent.low
    asked = _asked_from(note, sent)
    kin = [(s, e, t, "person") for s, e, t in find_terms(text, lexicon.relations())]
    pets = [(s, e, t, "pet") for s, e, t in find_terms(text, lexicon.species())]
    for start, end, term, kind in kin + pets:
        if start >= asked:
            continue
        window = low[max(0, start - 80):start]
        if kind == "person" and _MY_KIN.search(window):
            m = _CLAUSE_START.match(low, 0, start)
            if _NO_KIN_YET.search(low, m.end() if m else 0, start):
                continue
        elif not (_HAVE.search(window) or kind == "pet" and _MY_COUNT.search(window) or
                  _COUNTED.match(low)):
            continue
        if kind == "pet" and _NOT_PET_AFTER.match(low, end):
            continue
        m = _CLAUSE_START.match(low, 0, start)
        clause = low[m.end() if m else 0:start]
        if _OTHERS_OWN.search(clause) or not _ok(note, sent, start):
            continue
        if _UNSURE.search(clause) or " no " in f" {window[-12:]}":
            continue
        span = (sent.start + start, sent.start + end)
        if kind == "person":
            rel = lexicon.relations()[term.lower()]
            if rel.relation in ("other", "friend", "colleague"):
                continue
            if any(f["kind"] == "person" and f["relation"] == rel.relation
                   for f in note.facts):
                continue
            note.emit("person", span[0], span[1], None, 0.6, relation=rel.relation,
                      name=None)
        else:
            species = lexicon.species()[term.lower()]
            if any(f["kind"] == "pet" and f["species"] == species for f in note.facts):
                continue
            note.emit("pet", span[0], span[1], None, 0.6, species=species, name=None,
                      status="alive")


_ORDINAL = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
            "4th": 4, "fifth": 5, "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "7th": 7,
            "eighth": 8, "8th": 8, "ninth": 9, "9th": 9, "tenth": 10, "10th": 10,
            "eleventh": 11, "11th": 11, "twelfth": 12, "12th": 12}
# "i am in 3rd grade", "a senior in high school", "graduating high school this year",
# "i studied chemistry in college".
_STAGE = re.compile(
    r"\bi(?: am|'m) (?:also |only |still |now |currently |just |)in (?:the |)(?P<g>"
    + "|".join(_ORDINAL) + r") grade\b|"
    r"\bi(?: am|'m) (?:a |an )(?:(?:senior|junior|sophomore|freshman|freshmen|first year|"
    r"second year|third year|final year|fourth year) (?:in|at) |)(?P<s>high school|"
    r"middle school|college|university|grad school|law school|med school|"
    r"nursing school)(?: student)?\b(?! (?:teacher|dropout|professor|coach|counsel+or)\b)|"
    r"\bi(?: am|'m) (?:a |an )(?:senior|junior|sophomore|freshman) (?:in|at) (?P<s2>high "
    r"school|college|university)\b|"
    r"\bi (?:will be |am |'m |)(?:graduating|graduate|will graduate) (?:from )?(?P<s3>high "
    r"school|middle school|college|university|law school|med school|nursing school)\b|"
    r"\bi (?:also |)(?:studied|majored in|have a degree in|got my degree in|earned a degree "
    r"in) (?P<subj>[a-z]+(?: [a-z]+){0,2})")


def _school_stage(note: Note, sent: Sentence) -> None:
    """Emit the school stage or subject a customer says they are in or studied."""
    low = sent.low
    for m in _STAGE.finditer(low):
        group = next(g for g in ("g", "s", "s2", "s3", "subj") if m.group(g))
        raw = m.group(group)
        if group == "g":
            n = _ORDINAL[raw]
            stage = "elementary school" if n <= 5 else "middle school" if n <= 8 else \
                "high school"
            value = f"{stage}, {raw} grade"
        elif group == "subj":
            words = raw.split()
            value = next((" ".join(words[:k]) for k in (3, 2, 1)
                          if " ".join(words[:k]) in lexicon.subjects()), "")
            if not value:
                continue
        else:
            value = raw
        if any(f["kind"] == "school" for f in note.facts):
            return
        if _own_clause(low, m.start()) is None or not _ok(note, sent, m.start()) or \
                m.start() >= _asked_from(note, sent):
            continue
        start = sent.start + m.start(group)
        note.emit("school", start, start + len(raw), None, 0.6, value=value)
