"""Music the customer likes: genres and acts, and what they listen to.

A genre or act from the lexicon counts only with a cue of liking it, before it ("i
listen to", "big … fan of") or after it ("… concerts", "… is my favourite"), or as a
bare answer ("mostly country music"); "rock climbing" is no rock music.
"""

from __future__ import annotations

import re

from . import lexicon
from .context import Note
from .fp_tastes import _like
from .fp_voice import _asked_from, _find, _ok, _own_clause
from .prefs import _BAD_OBJ, clean_object, topic_of
from .text import Sentence, find_terms

# Genres and topics liked by listening ("i only listen to country music").
_LISTEN = re.compile(r"\b(?:listen|listening) to (?:a lot of |lots of |mostly |"
                     r"only |some )?(?P<obj>[^,.;!?()]{2,40})")


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
_MUSIC_AFTER = re.compile(r" (?:(?:in|at) (?:a |the )?(?:concert|gigs?|festivals?)|live\b|on tour|"
                          r"music|songs?|concerts?|festivals?|bands?|albums?|records?|"
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
