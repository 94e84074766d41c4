"""`read`: facts and loose ends from one pass, consistent with extract/extract_changes."""

from regulars.memory import extract, extract_changes, read

from .conftest import DAY


def test_read_gives_the_facts_extract_gives():
    text = "Wife Ann is a nurse. Lives in Leeds. Oat flat white, no sugar."
    facts, loose = read(text, author="staff", date=DAY)
    assert facts == extract(text, author="staff", date=DAY)
    assert loose == []


def test_loose_end_with_no_new_fact_beside_it():
    facts, loose = read("No longer vegan, eats fish again.", author="staff", date=DAY)
    assert {"kind": "dietary", "value": "vegan"} in loose
    assert not any(f["kind"] == "dietary" and f["value"] == "vegan" for f in facts)


def test_attached_ends_are_not_loose():
    text = "Our dog Max passed away in February."
    facts, loose = read(text, author="customer", date=DAY)
    attached = [e for f in facts for e in f.get("ends", ())]
    assert {"kind": "pet", "name": "Max", "species": "dog", "status": "alive",
            "about": None} in attached
    assert loose == []
    assert extract_changes(text, author="customer", date=DAY) == attached + loose


def test_switch_ends_the_old_preference_once():
    text = "Switched from tea to black coffee."
    facts, loose = read(text, author="customer", date=DAY)
    changes = extract_changes(text, author="customer", date=DAY)
    assert {"kind": "preference", "value": "tea", "polarity": "like", "about": None} in changes
    assert all(e not in [x for f in facts for x in f.get("ends", ())] for e in loose)


def test_the_evidence_of_a_cleaned_value_is_its_own_words():
    import datetime

    from regulars.memory import extract

    text = "She takes an oat latte, extra hot. Hates the hairdryer. Loved the tiles in Porto."
    for fact in extract(text, author="staff", date=datetime.date(2026, 11, 23)):
        value = fact.get("value")
        if value and value.lower() in text.lower():
            start, end = fact["span"]
            assert text[start:end].lower() == value.lower(), fact
