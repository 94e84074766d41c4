"""Callback messages: phone tag is flagged; answers, specific times and resources count.

"Now" is Wednesday 18 November 2026, 10:15 in London unless a test says otherwise.
No database: the classifier is plain Python.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import doctest
import subprocess
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from regulars.commitments import callback_quality
from regulars.commitments.callback_quality import Assessment, assess, describe

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")
SYDNEY = ZoneInfo("Australia/Sydney")
NOW = dt.datetime(2026, 11, 18, 10, 15, tzinfo=LONDON)  # a Wednesday


def at(month: int, day: int, hour: int, minute: int = 0, tz: ZoneInfo = LONDON) -> dt.datetime:
    year = 2026 if month >= 11 else 2027
    return dt.datetime(year, month, day, hour, minute, tzinfo=tz)


def check(text: str, *, now: dt.datetime = NOW, tz: ZoneInfo = LONDON) -> Assessment:
    return assess(text, now=now, tz=tz)


# --- phone tag --------------------------------------------------------------------------

PHONE_TAG = [
    pytest.param("Returning your call.", id="returning-your-call"),
    pytest.param("ret'd ur call, call me bk", id="terse-typo-returned-call-me-bk"),
    pytest.param("Tag, you're it!", id="tag-youre-it"),
    pytest.param("Just tagging you back :)", id="tagging-you-back"),
    pytest.param("Sorry I missed you, call me back", id="sorry-missed-you"),
    pytest.param("Got your voicemail, give me a ring", id="got-voicemail-give-me-a-ring"),
    pytest.param(
        "Hi Sue, returning your call about the booking. Give us a call when you get a chance.",
        id="salon-returning-call-about-booking",
    ),
    pytest.param("Sorry, missed ur call!! call me bk pls", id="shouty-missed-call"),
    pytest.param("Morning Sue! Returning your call, ring me back", id="morning-is-a-greeting"),
    pytest.param("Hi, yes returning your call", id="yes-without-content-is-no-answer"),
    pytest.param("I'll look into it and get back to you", id="look-into-it-promises-nothing"),
    pytest.param("call me back on 01632 960123", id="own-number-to-call-back-is-tag"),
    pytest.param("rtn'd call - pls call back after 2", id="asking-customer-to-call-at-2"),
]


@pytest.mark.parametrize("text", PHONE_TAG)
def test_phone_tag_is_flagged_and_stays_open(text):
    a = check(text)
    assert a.has_value is False
    assert a.kinds == ()
    assert a.promised_at is None
    assert a.reasons, "a flag must say why"


def test_no_value_reason_quotes_the_empty_phrase():
    a = check("Returning your call, tag you're it")
    assert 'no value: "Returning your call" says nothing new' in a.reasons
    assert 'no value: "tag you\'re it" says nothing new' in a.reasons


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_empty_message_is_flagged_with_no_message(text):
    a = check(text)
    assert (a.has_value, a.kinds, a.reasons) == (False, (), ("no message",))


def test_message_with_nothing_recognisable_says_so():
    a = check("Hi Sue, Dave here from the garage")
    assert a.has_value is False
    assert a.reasons == ("no value: no answer, specific time or resource found",)


# --- answers ----------------------------------------------------------------------------

ANSWERS = [
    pytest.param("Your order arrived, it's ready to pick up", id="order-arrived-ready"),
    pytest.param("The blue size 8 is in stock", id="shoe-in-stock"),
    pytest.param("Yes we can fit you in", id="yes-we-can-fit-you-in"),
    pytest.param("The repair will cost £240", id="repair-price"),
    pytest.param("No, we don't stock that brand, but Halfords does", id="no-we-dont-stock"),
    pytest.param("Milo's bloods came back normal, nothing to worry about", id="vet-results"),
    pytest.param("She passed her MOT, needs 2 new tyres (£90)", id="garage-mot-passed"),
    pytest.param("Hi Mrs Jones, your glasses are in, collect any time", id="optician-glasses-in"),
    pytest.param("Your prescription is ready for collection", id="clinic-prescription-ready"),
    pytest.param("The fault was the thermostat, replaced it", id="boiler-diagnosis"),
    pytest.param("It'll take about 3 days to come in", id="how-long-it-takes"),
    pytest.param("Yes that's fine", id="yes-thats-fine"),
    pytest.param("Results are back - all clear", id="results-all-clear"),
    pytest.param("Sorry we can't see you until next week", id="cant-see-you-is-still-an-answer"),
]


@pytest.mark.parametrize("text", ANSWERS)
def test_answers_carry_value(text):
    a = check(text)
    assert a.has_value is True
    assert a.kinds == ("answer",)
    assert any(r.startswith("answer: ") for r in a.reasons)


# --- resources --------------------------------------------------------------------------

RESOURCES = [
    pytest.param("I've emailed you the price list", ("resource",), id="emailed-price-list"),
    pytest.param(
        "Here's the link to book: https://book.example.com/salon", ("resource",), id="booking-link"
    ),
    pytest.param("Call Maria directly on 555-0199", ("resource",), id="named-person-and-number"),
    pytest.param(
        "Text Jo on 07700 900456, she does the colour appointments",
        ("resource",),
        id="stylist-mobile",
    ),
    pytest.param("Quote attached", ("resource",), id="quote-attached"),
    pytest.param(
        "see www.example.co.uk/prices for the price list", ("resource",), id="bare-www-link"
    ),
    pytest.param("Email us at bookings@example.com", ("resource",), id="email-address"),
    pytest.param("Ask for Sam at reception", ("resource",), id="ask-for-a-name"),
    pytest.param("speak to our practice manager", ("resource",), id="speak-to-a-role"),
    pytest.param(
        "Morning! Car's ready, £240 - here's the invoice: https://pay.example.com/inv/123",
        ("answer", "resource"),
        id="answer-and-invoice-link",
    ),
]


@pytest.mark.parametrize(("text", "kinds"), RESOURCES)
def test_resources_carry_value(text, kinds):
    a = check(text)
    assert a.has_value is True
    assert a.kinds == kinds


def test_resource_promised_but_not_sent_does_not_count():
    a = check("I'll email you the brochure")
    assert a.has_value is False
    assert any(r.startswith("promised, not given:") for r in a.reasons)


# --- specific times ---------------------------------------------------------------------

TIMES = [
    pytest.param("I'll call you at 4pm Thursday", at(11, 19, 16), "4pm Thursday", id="4pm-thu"),
    pytest.param(
        "We can see you tomorrow at 10:30", at(11, 19, 10, 30), "tomorrow at 10:30", id="tomorrow"
    ),
    pytest.param(
        "I'll ring you back by noon on Friday", at(11, 20, 12), "by noon on Friday", id="by-noon"
    ),
    pytest.param("I'll call Monday morning", at(11, 23, 9), "Monday morning", id="monday-morning"),
    pytest.param(
        "I'll get back to you by end of day", at(11, 18, 17), "by end of day", id="end-of-day"
    ),
    pytest.param("I'll call you at 3", at(11, 18, 15), "at 3", id="bare-3-is-3pm-today"),
    pytest.param("I'll call you back at 9", at(11, 19, 9), "at 9", id="9-has-passed-so-tomorrow"),
    pytest.param(
        "I'll call you back in 20 minutes", at(11, 18, 10, 35), "in 20 minutes", id="in-20-mins"
    ),
    pytest.param(
        "I'll ring you back within the hour", at(11, 18, 11, 15), "within the hour", id="hour"
    ),
    pytest.param(
        "I'll call you this afternoon", at(11, 18, 14), "this afternoon", id="this-afternoon"
    ),
    pytest.param("will call u 2moro 10ish", at(11, 19, 10), "2moro 10ish", id="txt-2moro-10ish"),
    pytest.param("I'll call you tmrw am", at(11, 19, 9), "tmrw am", id="txt-tmrw-am"),
    pytest.param("ring u back after lunch", at(11, 18, 13), "after lunch", id="after-lunch"),
    pytest.param(
        "Can we do next Thursday at 11?",
        at(11, 26, 11),
        "next Thursday at 11",
        id="next-thursday-is-next-week",
    ),
    pytest.param(
        "Thursday week at half 2 ok?",
        at(11, 26, 14, 30),
        "Thursday week at half 2",
        id="uk-thursday-week-half-2",
    ),
    pytest.param(
        "How about 3/12 at 10am?", at(12, 3, 10), "3/12 at 10am", id="numeric-date-day-first"
    ),
    pytest.param(
        "we can do 12 March at 2", at(3, 12, 14), "12 March at 2", id="date-rolls-to-next-year"
    ),
    pytest.param("I'll call on the 12th", at(12, 12, 17), "the 12th", id="day-of-month-next-month"),
    pytest.param(
        "I'll have an answer for you by Friday", at(11, 20, 17), "by Friday", id="day-only-by-17"
    ),
    pytest.param(
        "Can do Wednesday 4pm or Wednesday 9am",
        at(11, 18, 16),
        "Wednesday 4pm",
        id="earliest-of-two-offers",
    ),
    pytest.param(
        "I'll send the invoice over first thing tomorrow",
        at(11, 19, 9),
        "first thing tomorrow",
        id="first-thing-tomorrow",
    ),
    pytest.param(
        "Let's say half past 3 tomorrow?", at(11, 19, 15, 30), None, id="half-past-3-tomorrow"
    ),
    pytest.param(
        "will call you end of the week", at(11, 20, 17), "end of the week", id="end-of-week"
    ),
    pytest.param("Can do 7 tonight", at(11, 18, 19), "7 tonight", id="7-tonight"),
    pytest.param(
        "Thanks for your call, we'll ring you on Monday.",
        at(11, 23, 17),
        "on Monday",
        id="weekday-without-hour-due-by-17",
    ),
]


@pytest.mark.parametrize(("text", "expected", "words"), TIMES)
def test_specific_times_become_promises(text, expected, words):
    a = check(text)
    assert a.has_value is True
    assert "time" in a.kinds
    assert a.promised_at == expected
    assert a.promised_at.tzinfo is LONDON
    if words is not None:
        assert a.promised_text == words
        assert f'specific time: "{words}"' in " ".join(a.reasons)


def test_wednesday_9am_said_on_wednesday_morning_means_next_week():
    a = check("Wednesday 9am suits us")
    assert a.promised_at == at(11, 25, 9)


def test_time_promised_with_an_answer_has_both_kinds():
    a = check("Booked you in for Thursday at 2pm")
    assert a.kinds == ("answer", "time")
    assert a.promised_at == at(11, 19, 14)


def test_busy_day_is_not_the_promise_the_free_slot_is():
    a = check("We're fully booked Saturday but have a slot Monday at 11:15")
    assert a.kinds == ("answer", "time")
    assert a.promised_at == at(11, 23, 11, 15)


def test_ambiguous_numeric_date_reason_says_how_it_was_read():
    a = check("How about 3/12 at 10am?")
    assert any("read day-first: 3 December" in r for r in a.reasons)


# --- vague times ------------------------------------------------------------------------

VAGUE = [
    pytest.param("I'll call you back later", "later", id="later"),
    pytest.param("Will ring you sometime next week", "sometime next week", id="sometime-next-week"),
    pytest.param("Will call in a bit", "in a bit", id="in-a-bit"),
    pytest.param("I'll call when I can", "when I can", id="when-i-can"),
    pytest.param("got ur msg, will call later x", "later", id="txt-later"),
    pytest.param("Will be in touch soon!", "soon", id="soon"),
]


@pytest.mark.parametrize(("text", "vague"), VAGUE)
def test_vague_times_are_not_specific(text, vague):
    a = check(text)
    assert a.has_value is False
    assert a.promised_at is None
    assert f'vague time: "{vague}" is not a specific time' in a.reasons


# --- times that are not promises --------------------------------------------------------

NOT_PROMISES = [
    pytest.param("I can't give you a time yet", None, id="negation-no-time"),
    pytest.param("I can't call you before Friday", "negated", id="negated-day"),
    pytest.param("You called at 3pm, sorry I missed you", "in the past", id="you-called-at-3pm"),
    pytest.param("Rang you at 9 this morning, no answer", "in the past", id="rang-this-morning"),
    pytest.param("Left a voicemail at 11:30", "in the past", id="left-voicemail-at"),
    pytest.param("I called you yesterday at 4pm", "in the past", id="yesterday"),
    pytest.param("Called last Tuesday, rescheduling", "in the past", id="last-tuesday"),
    pytest.param("I'll ring you today at 9am", "already passed", id="today-9am-already-passed"),
    pytest.param("Give me a bell Thursday at 2", "asks the customer", id="customer-should-call"),
]


@pytest.mark.parametrize(("text", "why"), NOT_PROMISES)
def test_times_that_are_not_promises_leave_the_callback_open(text, why):
    a = check(text)
    assert a.has_value is False
    assert a.promised_at is None
    assert "time" not in a.kinds
    if why:
        assert any(r.startswith("not a promise:") and why in r for r in a.reasons), a.reasons


def test_negated_time_with_a_real_answer_still_has_value_but_no_promise():
    a = check("I can't do 4pm, sorry")
    assert a.kinds == ("answer",)
    assert a.promised_at is None


def test_opening_hours_are_an_answer_not_a_promise():
    a = check("We're open until 6pm today, pop in anytime")
    assert a.kinds == ("answer",)
    assert a.promised_at is None


def test_this_afternoon_after_the_afternoon_is_over_is_not_a_promise():
    evening = dt.datetime(2026, 11, 18, 18, 30, tzinfo=LONDON)
    assert check("I'll call you this afternoon", now=evening).promised_at is None


def test_end_of_day_after_close_means_before_midnight():
    evening = dt.datetime(2026, 11, 18, 18, 30, tzinfo=LONDON)
    a = check("I'll get back to you by end of day", now=evening)
    assert a.promised_at == at(11, 18, 23, 59)


def test_thursday_4pm_said_after_4pm_on_thursday_is_next_week():
    thursday_evening = dt.datetime(2026, 11, 19, 17, 0, tzinfo=LONDON)
    a = check("I'll call you at 4pm Thursday", now=thursday_evening)
    assert a.promised_at == at(11, 26, 16)


# --- tag plus value ---------------------------------------------------------------------

TAG_PLUS_VALUE = [
    pytest.param("Returning your call — your car is ready, £240", ("answer",), id="car-ready"),
    pytest.param(
        "Sorry I missed you - I'll try you again at 4.30pm", ("time",), id="missed-then-a-time"
    ),
    pytest.param(
        "Just returning your call, I've sent you the aftercare leaflet",
        ("resource",),
        id="returning-call-with-leaflet",
    ),
]


@pytest.mark.parametrize(("text", "kinds"), TAG_PLUS_VALUE)
def test_no_value_phrase_does_not_spoil_real_content(text, kinds):
    a = check(text)
    assert a.has_value is True
    assert a.kinds == kinds
    assert any(r.startswith("no value:") for r in a.reasons)


# --- time zones -------------------------------------------------------------------------


def test_bare_hour_resolves_in_the_business_time_zone():
    # 10:15 in London is 05:15 in New York: "at 3" is 3pm New York time today.
    a = check("I'll call you at 3", tz=NEW_YORK)
    assert a.promised_at == dt.datetime(2026, 11, 18, 15, 0, tzinfo=NEW_YORK)
    assert a.promised_at.tzinfo is NEW_YORK


def test_numeric_dates_read_month_first_in_the_americas():
    a = check("How about 3/12 at 10am?", tz=NEW_YORK)
    assert a.promised_at == dt.datetime(2027, 3, 12, 10, 0, tzinfo=NEW_YORK)
    assert any("read month-first: 12 March" in r for r in a.reasons)


def test_tomorrow_is_the_local_tomorrow_in_sydney():
    # 10:15 in London is 21:15 in Sydney, so Sydney's "tomorrow" is Thursday.
    a = check("I'll ring you tomorrow at 9", tz=SYDNEY)
    assert a.promised_at == dt.datetime(2026, 11, 19, 9, 0, tzinfo=SYDNEY)


def test_naive_now_is_taken_to_be_in_the_given_zone():
    a = check("I'll call you at 10", now=dt.datetime(2026, 11, 18, 10, 15))
    assert a.promised_at == at(11, 19, 10)


# --- describe and the dataclass ---------------------------------------------------------


def test_describe_flags_phone_tag():
    assert describe(check("tag, you're it")) == (
        "Flagged: this message carries no answer, time or resource — the callback stays open."
    )


def test_describe_names_the_promised_time():
    assert describe(check("I'll call you at 4pm Thursday")) == (
        "Carries value: specific time Thursday 19 Nov 16:00"
    )


def test_describe_lists_every_kind():
    line = describe(check("Booked you in for Thursday at 2pm, here's the link: https://x.io/b"))
    assert line == "Carries value: answer; specific time Thursday 19 Nov 14:00; resource"


def test_describe_empty_message():
    assert describe(check("")) == "Flagged: no message was recorded — the callback stays open."


def test_assessment_is_frozen_and_deterministic():
    text = "Returning your call — your car is ready, £240"
    a = check(text)
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.has_value = False
    assert all(check(text) == a for _ in range(3))


def test_docstring_examples_run():
    result = doctest.testmod(callback_quality)
    assert result.failed == 0
    assert result.attempted >= 10


def test_module_imports_without_django():
    path = Path(callback_quality.__file__)
    code = (
        "import importlib.util, sys\n"
        f"spec = importlib.util.spec_from_file_location('cq', {str(path)!r})\n"
        "m = importlib.util.module_from_spec(spec); sys.modules['cq'] = m\n"
        "spec.loader.exec_module(m)\n"
        "assert 'django' not in sys.modules, 'imported Django'\n"
    )
    env = {"PATH": "/usr/bin:/bin"}
    subprocess.run([sys.executable, "-c", code], check=True, env=env, timeout=30)
