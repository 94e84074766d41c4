"""Calendar rules: cards before life events, anniversary letters, reaching out on a lapse."""

from __future__ import annotations

import datetime

import time_machine
from django.core.management import call_command

from regulars.commitments import jobs
from regulars.commitments.models import Commitment, DailyRun, Rule
from regulars.customers.models import Fact
from regulars.visits.models import Interaction

D = datetime.date
LA = "America/Los_Angeles"


def at(day: D, hour: int = 17) -> datetime.datetime:
    return datetime.datetime(day.year, day.month, day.day, hour, tzinfo=datetime.UTC)


def event(world, customer, when, type_="birthday", status="upcoming", about="", **kw) -> Fact:
    return Fact.objects.create(
        business=customer.business, customer=customer, kind="event", about=about,
        data={"type": type_, "when": when, "status": status}, **kw,
    )


def run(business, day: D) -> bool:
    with time_machine.travel(at(day), tick=False):
        return jobs.handle_time_triggers(business, day)


def cards(world):
    return Commitment.objects.filter(business=world.business, kind=Commitment.CARD)


def test_a_birthday_card_falls_due_a_week_before_and_fires_once(world):
    dana = world.customer(first_name="Dana")
    event(world, dana, "--03-20")
    assert run(world.business, D(2026, 3, 1)) is True
    assert not cards(world).exists()  # too early: outside the look-ahead
    run(world.business, D(2026, 3, 12))
    run(world.business, D(2026, 3, 13))
    card = cards(world).get()
    assert card.text == "Send Dana a card for their birthday on 20 March"
    assert card.due_at == datetime.datetime(2026, 3, 13, 9, tzinfo=world.business.tz)
    assert card.owner == world.owner and card.source == "playbook"


def test_a_yearly_date_recurs_every_year(world):
    dana = world.customer()
    event(world, dana, "--03-20")
    run(world.business, D(2026, 3, 15))
    run(world.business, D(2027, 3, 15))
    assert sorted(c.due_at.year for c in cards(world)) == [2026, 2027]


def test_it_names_whose_event_it_is(world):
    dana = world.customer(first_name="Dana")
    event(world, dana, "2026-06-12", type_="graduation", about="Emma")
    event(world, dana, "2026-06-13", type_="wedding", about="daughter")
    run(world.business, D(2026, 6, 5))
    assert sorted(cards(world).values_list("text", flat=True)) == [
        "Send Dana a card for Emma's graduation on 12 June",
        "Send Dana a card for their daughter's wedding on 13 June",
    ]


def test_it_skips_what_is_not_a_day_past_retired_or_not_in_the_rule(world):
    dana = world.customer()
    event(world, dana, "2026-03")  # a month, no day
    event(world, dana, "--03-20", status="past")
    event(world, dana, "--03-20", type_="surgery")
    event(world, dana, "--03-20", status="upcoming", valid_until=D(2026, 1, 1))
    event(world, dana, "2025-03-20")  # last year's one-off
    event(world, world.customer(business=world.other_business), "--03-20")
    run(world.business, D(2026, 3, 15))
    assert not cards(world).exists()


def test_it_runs_once_a_day_per_business(world):
    dana = world.customer()
    event(world, dana, "--03-20")
    assert run(world.business, D(2026, 3, 15)) is True
    Fact.objects.all().delete()
    event(world, dana, "--03-21")
    assert run(world.business, D(2026, 3, 15)) is False  # already ran today: no rescan
    assert cards(world).count() == 1
    assert run(world.business, D(2026, 3, 16)) is True
    assert cards(world).count() == 2


def test_the_worker_runs_each_business_on_its_own_day(world):
    event(world, world.customer(), "--03-20")
    # 06:30 UTC on the 13th is still the 12th in Los Angeles, already the 13th in London.
    with time_machine.travel(datetime.datetime(2026, 3, 13, 6, 30, tzinfo=datetime.UTC)):
        call_command("worker", "--once")
        assert jobs.handle_daily_triggers() is False
    assert DailyRun.objects.get(business=world.business).last_day == D(2026, 3, 12)
    assert DailyRun.objects.get(business=world.other_business).last_day == D(2026, 3, 13)
    assert cards(world).count() == 1


def test_an_anniversary_letter_goes_from_the_business_owner(world):
    dana = world.customer(first_name="Dana", customer_since=D(2021, 3, 14))
    world.customer(first_name="Sam", customer_since=D(2023, 3, 14))  # 3 years: not asked for
    world.customer(first_name="New", customer_since=D(2026, 3, 1))
    run(world.business, D(2026, 3, 12))
    letter = cards(world).get()
    assert letter.customer == dana
    assert letter.text == "Write Dana a personal letter: 5 years with us"
    assert letter.owner == world.owner
    assert letter.due_at == datetime.datetime(2026, 3, 14, 9, tzinfo=world.business.tz)
    run(world.business, D(2026, 3, 13))
    assert cards(world).count() == 1


def test_a_leap_day_customer_gets_their_letter_on_the_28th(world):
    world.customer(first_name="Leap", customer_since=D(2024, 2, 29))
    run(world.business, D(2025, 2, 27))
    assert cards(world).get().due_at.date() == D(2025, 2, 28)


def visits(world, customer, days: list[D], kind=Interaction.VISIT) -> list[Interaction]:
    return [Interaction.objects.create(business=world.business, customer=customer, kind=kind,
                                       occurred_at=at(d)) for d in days]


def reach_outs(world):
    return Commitment.objects.filter(business=world.business, kind=Commitment.REACH_OUT)


def test_it_reaches_out_when_a_regular_lapses(world):
    fortnightly = [D(2026, 1, 1) + datetime.timedelta(days=14 * i) for i in range(5)]  # to 26 Feb
    dana = world.customer(first_name="Dana")
    visits(world, dana, fortnightly)
    [last] = visits(world, dana, [fortnightly[-1]], kind=Interaction.SALE)  # same day: one visit
    visits(world, world.customer(first_name="Two"), fortnightly[-2:])  # not a regular yet
    visits(world, world.customer(first_name="Keen"), fortnightly[:-1] + [D(2026, 3, 10)])
    run(world.business, D(2026, 3, 18))  # 20 days: within 1.5 × 14
    assert not reach_outs(world).exists()
    run(world.business, D(2026, 3, 20))  # 22 days
    reach_out = reach_outs(world).get()
    assert reach_out.customer == dana
    assert reach_out.dedupe_key.endswith(f"lapse{dana.pk}:{last.pk}")
    assert "22 days since their last visit; they usually come every 14 days" in reach_out.text
    run(world.business, D(2026, 3, 21))
    assert reach_outs(world).count() == 1


def test_an_old_lapse_is_history_not_news(world):
    visits(world, world.customer(), [D(2024, 1, 1), D(2024, 1, 8), D(2024, 1, 15)])
    run(world.business, D(2026, 3, 20))
    assert not reach_outs(world).exists()


def test_an_inactive_rule_fires_nothing(world):
    Rule.objects.filter(business=world.business).update(active=False)
    event(world, world.customer(), "--03-20")
    world.customer(customer_since=D(2025, 3, 14))
    assert run(world.business, D(2026, 3, 13)) is True
    assert not Commitment.objects.exists()


def test_each_calendar_rule_fires_only_for_its_own_event_types(world):
    Rule.objects.create(
        business=world.business, name="Check in before surgery", trigger=Rule.UPCOMING_EVENT,
        conditions={"event_types": ["surgery"]}, delay=2, delay_unit=Rule.DAYS,
        commitment_kind=Commitment.REACH_OUT, template="Check in with {name} before {what}",
    )
    dana = world.customer(first_name="Dana")
    event(world, dana, "2026-03-20", type_="surgery")
    event(world, dana, "--03-21", type_="birthday")
    run(world.business, D(2026, 3, 15))
    owed = Commitment.objects.filter(business=world.business)
    assert [c.kind for c in owed.filter(text__contains="surgery")] == [Commitment.REACH_OUT]
    assert [c.kind for c in owed.filter(text__contains="birthday")] == [Commitment.CARD]


def test_an_anniversary_rule_fires_only_on_its_years(world):
    Rule.objects.filter(business=world.business, trigger=Rule.ANNIVERSARY).update(
        conditions={"years": [5]}
    )
    world.customer(first_name="One", customer_since=D(2025, 3, 20))
    world.customer(first_name="Five", customer_since=D(2021, 3, 20))
    run(world.business, D(2026, 3, 19))
    assert [c.customer.first_name for c in cards(world)] == ["Five"]
