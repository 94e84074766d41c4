"""Behaviour of `regulars.memory.extract` on realistic notes written for these tests."""

from regulars.memory import extract_changes
from regulars.memory.schema import is_sensitive, validate_fact

from .conftest import DAY, pick


def test_staff_shorthand_gives_drink_and_named_dog(facts):
    found = facts("Mrs K — oat latte xtra hot. Dog = Pepper (schnauzer)")
    assert pick(found, "preference", topic="drink", polarity="like")
    assert pick(found, "pet", species="dog", name="Pepper", status="alive", about=None)
    assert len(pick(found, "pet")) == 1


def test_husband_is_a_person_and_his_job_is_about_him(facts):
    found = facts("Her husband Raj is a chef.")
    assert pick(found, "person", relation="spouse", name="Raj", about=None)
    assert pick(found, "occupation", value="chef", about="Raj")


def test_customer_voice_reads_first_person(facts):
    found = facts("Hi, I'm a physiotherapist and my daughter Lena is vegetarian.",
                  author="customer")
    assert pick(found, "occupation", value="physiotherapist", about=None)
    assert pick(found, "person", relation="daughter", name="Lena")
    assert pick(found, "dietary", value="vegetarian", about="Lena")


def test_customer_pronoun_points_at_the_relative(facts):
    found = facts("Booking for my son Theo. He's a keen climber.", author="customer")
    assert pick(found, "interest", value="climbing", about="Theo")


def test_allergy_and_diet(facts):
    found = facts("Allergic to penicillin. Coeliac.")
    assert pick(found, "dietary", value="penicillin", about=None)
    assert pick(found, "dietary", value="gluten", about=None)


def test_dislike_is_negative_preference(facts):
    found = facts("Doesn't like lilies, loves peonies.")
    assert pick(found, "preference", value="lilies", polarity="dislike", topic="flower")
    assert pick(found, "preference", value="peonies", polarity="like")


def test_no_longer_vegan_emits_no_diet_but_ends_it(facts):
    text = "Tom is no longer vegan."
    assert not pick(facts(text), "dietary")
    assert {"kind": "dietary", "value": "vegan"} in extract_changes(text, date=DAY)


def test_switch_ends_old_preference(facts):
    found = facts("Switched from tea to black coffee last month.")
    coffee = pick(found, "preference", polarity="like")
    assert coffee and "coffee" in coffee[0]["value"]
    assert coffee[0]["ends"][0]["value"] == "tea"


def test_deceased_pet_gives_bereavement_about_it(facts):
    found = facts("Her dog Max passed away in February.")
    assert pick(found, "pet", name="Max", species="dog", status="deceased")
    ev = pick(found, "event", type="bereavement", about="Max")
    assert ev and ev[0]["when"] == "2026-02" and ev[0]["status"] == "past"
    assert ev[0]["ends"][0]["status"] == "alive"


def test_death_in_a_later_sentence_marks_the_pet(facts):
    found = facts("Two cats, Miso and Tofu. Sadly Tofu died last week.")
    assert pick(found, "pet", name="Tofu", status="deceased")
    assert pick(found, "pet", name="Miso", status="alive")


def test_bereavement_of_a_relative_is_sensitive(facts):
    found = facts("His father died last month — be gentle.")
    ev = pick(found, "event", type="bereavement", about="father")
    assert ev and is_sensitive("event", ev[0])
    assert pick(found, "person", relation="father")


def test_surgery_with_date_is_sensitive_and_dated(facts):
    found = facts("Hip replacement booked for 20 April.")
    ev = pick(found, "event", type="surgery")
    assert ev and ev[0]["when"] == "2026-04-20" and ev[0]["status"] == "upcoming"
    assert is_sensitive("event", ev[0])


def test_next_weekday_is_first_such_day_after_note(facts):
    found = facts("Her sister Ana gets married next Tuesday.")
    ev = pick(found, "event", type="wedding", about="Ana")
    assert ev and ev[0]["when"] == "2026-03-17"


def test_birthday_is_a_yearly_date(facts):
    found = facts("Son Eddie turns 8 on 3 May.")
    ev = pick(found, "event", type="birthday", about="Eddie")
    assert ev and ev[0]["when"] == "--05-03"


def test_trip_in_a_month_resolves_forward(facts):
    found = facts("Off to Lisbon in June for a week.")
    trip = pick(found, "trip", destination="Lisbon")
    assert trip and trip[0]["when"] == "2026-06" and trip[0]["status"] == "planned"


def test_past_trip(facts):
    found = facts("Just back from Kyoto, loved it.", author="customer")
    assert pick(found, "trip", destination="Kyoto", status="past")


def test_place_lives_in_and_from(facts):
    found = facts("Lives in Harrogate. Originally from Cork.")
    assert pick(found, "place", relation="lives_in", value="Harrogate")
    assert pick(found, "place", relation="from", value="Cork")


def test_future_move_is_an_event_not_a_home(facts):
    found = facts("Moving to Leeds in July.")
    assert not pick(found, "place")
    assert pick(found, "event", type="moving", when="2026-07", status="upcoming")


def test_school_of_a_child(facts):
    found = facts("Daughter Priya at Durham, studying geography.")
    assert pick(found, "school", value="Durham", about="Priya")


def test_interest_from_a_cue(facts):
    found = facts("Plays tennis on Sundays. Keen gardener.")
    assert pick(found, "interest", value="tennis")
    assert pick(found, "interest", value="gardening")


def test_other_peoples_pets_and_hypotheticals_give_nothing(facts):
    assert facts("The last client had a poodle that barked all day.") == []
    assert facts("If she ever gets a dog we'll do a puppy trim.") == []
    assert facts("A lady with a spaniel asked about prices.") == []


def test_hedged_statements_give_nothing(facts):
    assert not pick(facts("Might be moving to Bath next year."), "place")
    assert not pick(facts("Thinks he might be allergic to the new shampoo."), "dietary")


def test_former_job_gives_nothing(facts):
    assert not pick(facts("Ex-firefighter, now retired."), "occupation")


def test_staff_own_details_give_nothing(facts):
    assert facts("My dog is in for a wash Friday — staff rate please.") == []


def test_admin_note_gives_nothing(facts):
    assert facts("Moved Weds appt to 3pm. Paid by card.") == []


def test_every_fact_is_valid_and_spans_point_into_text(facts):
    text = ("Mr Osei — double espresso. Wife Abena is a midwife at St Luke's. "
            "Grandson Kofi (lives in Accra) visiting in August. Allergic to latex.")
    for f in facts(text):
        validate_fact(f)
        s, e = f["span"]
        assert 0 <= s < e <= len(text)
        assert 0 < f["confidence"] <= 1


def test_extraction_is_deterministic(facts):
    text = "Her daughter Mia's 10th birthday is on 2 June. Mia loves purple and horse riding."
    assert facts(text) == facts(text)


def test_empty_text_gives_nothing(facts):
    assert facts("   ") == []


def test_dates_said_without_on_christmas_month_end_and_a_fortnight(facts):
    found = facts("Off to her niece's christening Sunday.")
    assert pick(found, "event", type="other", when="2026-03-15")
    found = facts("Retiring at Christmas after 30 yrs at the council.")
    assert pick(found, "event", type="retirement", when="2026-12")
    assert pick(facts("Moving house end of the month."), "event", type="moving",
                when="2026-03")
    found = facts("Pt's husband rang — pt in hospital w/ appendicitis, cancel Fri.")
    assert pick(found, "event", type="illness", when=None)
    assert not pick(facts("Sat in the chair for an hour, chatty."), "event")


def test_a_trip_named_inside_a_longer_phrase(facts):
    found = facts("Just back from honeymoon in Bali.")
    assert pick(found, "trip", destination="Bali", status="past")
