"""Hobbies the customer says they do: by a bare verb, a named pastime or a passion.

"i bake", "i like to cook, run and sing" (a verb with a determined object, "i run a
shop", names a task and is skipped); "i relax by knitting", "kayaking and hiking" (a
pastime from the lexicon with a cue of doing it, or a bare answer); "knitting is my
passion".
"""

from __future__ import annotations

import re

from . import lexicon
from .context import Note
from .fp_voice import _OTHER_SUBJECT, _UNSURE, _asked_from, _ok, _own_clause
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
# "knitting is my passion", "cars are my thing".
_PASSION = re.compile(r"(?:^|[,!] )(?P<obj>[a-z][a-z ]{2,30}?) (?:is|are) (?:my|our) (?:biggest |"
                      r"real |true |great |main )?(?:passion|hobby|thing|life|obsession)\b")


def _hobby_verbs(note: Note, sent: Sentence) -> None:
    low = sent.low
    found = list(_HOBBY_VERB.finditer(low))
    if " and " in low or ", " in low:
        found += [m for m in _AND_VERB.finditer(low) if _same_subject(low, m)]
    for m in found:
        verb = m.group("v")
        rest = m.group("rest")
        if rest.startswith(("'", "-")) or _TASK_OBJECT.match(rest) and " " not in verb and \
                not (verb == "sing" and _SONGS.match(rest)) and verb != "volunteer":
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


def _passions(note: Note, sent: Sentence) -> None:
    """Emit a hobby named as a passion or thing ("knitting is my passion")."""
    low = sent.low
    for m in _PASSION.finditer(low):
        obj = m.group("obj")
        value = lexicon.hobbies().get(obj) or (obj if obj.endswith("ing") else None)
        if value and _ok(note, sent, m.start("obj")):
            start = sent.start + m.start("obj")
            note.emit("interest", start, start + len(obj), None, 0.6, value=value)


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
