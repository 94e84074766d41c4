"""Food, drink and other things the customer says they like.

A favourite stated with its topic word ("my favorite food is pizza", "coffee is my
preferred beverage"), a liking for eating or drinking something ("i love to eat sushi",
"i can't resist chocolate"), a habit with food or drink ("i also drink wine in the
evenings") and a weakness ("fish and chips are my weakness").
"""

from __future__ import annotations

import re

from . import lexicon
from .context import Note
from .fp_voice import _NOT_SUBJECT, _ok, _own_clause
from .prefs import _BAD_OBJ, _and_more, clean_object, topic_of
from .text import Sentence

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
_IS_MY_FAV = re.compile(r"(?:^|[,!] )(?P<obj>[a-z][a-z' -]{1,30}?) (?:is|are|has become|have "
                        r"become) my (?:absolute |"
                        r"all time )?(?:favou?rite|fave|preferred) (?P<what>[a-z]+)\b")
_EAT_DRINK = re.compile(r"\bi (?:\w+ )?(?:love|like|enjoy|prefer|adore)s? (?:to )?"
                        r"(?:eat|eating|drink|drinking|have|having) (?P<obj>[^,.;!?()]{2,40})|"
                        r"\bi (?:only|mostly|mainly) (?:eat|drink) (?P<obj2>[^,.;!?()]{2,40})|"
                        r"\bi (?:also |)have a (?:major |big |huge |real |serious |)(?:weakness|"
                        r"soft spot) for (?P<obj3>[^,.;!?()]{2,40})|"
                        r"\bi (?:cannot|can't|can not|could never|never can) resist "
                        r"(?P<obj4>[^,.;!?()]{2,40})|"
                        r"\bmy (?:biggest |greatest |one |only |guilty |)(?:weakness|vice|pleasure)"
                        r" (?:is|are) (?P<obj5>[^,.;!?()]{2,40})|"
                        r"\bi (?:basically |pretty much |practically |)(?:live|survive|run) on "
                        r"(?P<obj6>[^,.;!?()]{2,40})")
# "fish and chips are my weakness", "chocolate is my guilty pleasure".
_MY_WEAKNESS = re.compile(r"(?:^|[,!] )(?P<obj>[a-z][a-z' -]{1,30}?) (?:is|are) (?:my|a) "
                          r"(?:biggest |greatest |real |major |total |guilty |one |)(?:weakness|"
                          r"vice|guilty pleasure|addiction)(?: of mine)?\b")
# "i also drink wine in the evenings", "i eat a lot of papaya": a habit with food or drink.
_HABIT_FOOD = re.compile(r"\bi (?:also |usually |often |always |sometimes |really |just |"
                         r"normally |generally |)(?P<v>eat|drink) (?:a lot of |lots of |plenty "
                         r"of |tons of |so much |too much |way too much |a ton of |)"
                         r"(?P<obj>[^,.;!?()]{2,40})")
_TAIL = re.compile(r" (?:while|whilst|during|all day|all the time|every|when|most|a lot|"
                   r"sometimes|daily|best)\b", re.I)


def _eating(note: Note, sent: Sentence) -> None:
    """Emit food and drink liked by eating or drinking it ("i love to eat sushi")."""
    low = sent.low
    for m in _EAT_DRINK.finditer(low):
        g = next(g for g in ("obj", "obj2", "obj3", "obj4", "obj5", "obj6") if m.group(g))
        if g == "obj6" and not topic_of(clean_object(m.group(g))):
            continue  # "i live on a farm"
        _like(note, sent, m.start(g), m.group(g), None)
    for m in _HABIT_FOOD.finditer(low):
        if m.group("obj").startswith(("the ", "my ", "this ", "that ", "your ", "it ")):
            continue  # "i drink the water here" is one glass, not a taste
        obj = clean_object(m.group("obj"))
        if topic_of(obj) in ("food", "drink", "dessert") and \
                _own_clause(low, m.start()) is not None:
            _like(note, sent, m.start("obj"), m.group("obj"), None)


def _weaknesses(note: Note, sent: Sentence) -> None:
    """Emit food and drink named as a weakness ("chocolate is my guilty pleasure")."""
    low = sent.low
    for m in _MY_WEAKNESS.finditer(low):
        if topic_of(m.group("obj")) is not None:
            _like(note, sent, m.start("obj"), m.group("obj"), None)


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
    topic = topic or topic_of(obj) or "other"
    note.emit("preference", start, start + len(obj), None, 0.6, topic=topic, value=value,
              polarity="like")
    _and_more(note, sent, start - sent.start + len(obj), None, "like", topic)
