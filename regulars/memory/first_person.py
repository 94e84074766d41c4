"""The customer's own first-person statements: "i volunteer at a shelter", "i am married".

Customers' emails and survey comments say things about themselves in a handful of plain
patterns that the noun-led extractors miss: a hobby as a bare verb ("i bake", "i like to
sing"), a marital or parental status ("i am married", "a stay at home mom"), a school
stage ("i am in high school"), a favourite stated with its topic word ("my favorite food
is pizza"). Each pattern is anchored on "i"/"my" at the clause start and only read in the
customer's voice, so staff notes (third person) are never affected.

This module picks the readers a sentence needs; each kind of statement is read in its
own module: hobbies in `fp_hobbies`, food, drink and favourites in `fp_tastes`, music
in `fp_music`, jobs in `fp_work`, relatives, pets and marriage in `fp_household`,
homes in `fp_home`, schooling in `fp_school`. `fp_voice` says whether a statement is
the customer's own and whether it sits in a question to the reader.
"""

from __future__ import annotations

from .context import Note
from .fp_hobbies import _hobby_terms, _hobby_verbs, _passions
from .fp_home import _farm_or_town, _here_or_native, _homes
from .fp_household import _COUNTED, _household, _married, _parent
from .fp_music import _listening, _music
from .fp_school import _school, _school_stage
from .fp_tastes import _eating, _favourites, _weaknesses
from .fp_voice import _drop_asked
from .fp_work import _job_said, _job_verbs, _own_business, _pro, _workplace
from .text import Sentence


def extract_first_person(note: Note, sent: Sentence) -> None:
    """Read the customer's own plain first-person statements in one sentence."""
    if not note.customer_voice:
        return
    low = sent.low
    _drop_asked(note, sent)
    if "i " not in low and "my " not in low and "i'" not in low and "we " not in low and \
            "here in" not in low:
        _music(note, sent)  # "mostly country music": an answer needs no "i"
        if " here" in low:
            _job_said(note, sent)  # "mechanical engineer here"
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
            or "vice" in low or "pleasure" in low or " on " in low:
        _eating(note, sent)
    if "weakness" in low or "vice" in low or "pleasure" in low or "addiction" in low:
        _weaknesses(note, sent)
    if "married" in low:
        _married(note, sent)
    if "mom" in low or "mum" in low or "mother" in low or "dad" in low or "father" in low \
            or "parent" in low:
        _parent(note, sent)
    if "school" in low or "college" in low or "uni" in low or "stud" in low or \
            "major" in low:
        _school(note, sent)
    if "grade" in low or "graduat" in low or "school" in low or "college" in low or \
            "studied" in low or "major" in low or "degree" in low:
        _school_stage(note, sent)
    if "passion" in low or "hobby" in low or "thing" in low or "obsess" in low or \
            " life" in low:
        _passions(note, sent)
    if "pro" in low:
        _pro(note, sent)
    if " here" in low or " is my " in low:
        _job_said(note, sent)
    _music(note, sent)
    if "have" in low or "got" in low or "own" in low or "my " in low:
        _household(note, sent)
    if "work" in low or "job" in low or "career" in low or "shift" in low:
        _workplace(note, sent)
    if " i " in f" {low}":
        _job_verbs(note, sent)
    if "business" in low or "company" in low or "own " in low or "run " in low or \
            "opened" in low or "started a" in low or "manage" in low:
        _own_business(note, sent)
    _homes(note, sent)
    if " in " in low or "native" in low or "home" in low:
        _here_or_native(note, sent)
    if "farm" in low or "ranch" in low or "town" in low or "city" in low or "village" in low \
            or "country" in low or "suburbs" in low or "mountains" in low:
        _farm_or_town(note, sent)
