"""Notes become suggested facts, merged sensibly with what we already remember."""

import datetime

import pytest
import time_machine
from django.core.management import call_command

from regulars.customers import services
from regulars.customers.models import Fact, Note
from regulars.customers.remember import remember

pytestmark = pytest.mark.django_db
NOON = datetime.datetime(2026, 11, 23, 20, 0, tzinfo=datetime.UTC)


@pytest.fixture
def dana(world):
    return world.customer(first_name="Dana", last_name="Whitfield")


def note(world, customer, text, author_kind="staff"):
    return services.add_note(customer=customer, text=text, author=world.staff,
                             author_kind=author_kind)


def current(customer, kind=None):
    rows = Fact.objects.filter(customer=customer).current()
    return list(rows.filter(kind=kind) if kind else rows)


@time_machine.travel(NOON, tick=False)
def test_a_note_becomes_suggestions_with_their_evidence(world, dana):
    n = note(world, dana, "Her daughter Emma graduates in June. Her dog Biscuit is 12.")
    facts = {f.kind: f for f in current(dana)}
    assert set(facts) == {"person", "event", "pet"}
    assert all(f.status == Fact.SUGGESTED and f.note == n for f in facts.values())
    assert facts["person"].data == {"relation": "daughter", "name": "Emma"}
    assert facts["event"].about == "Emma"
    assert facts["event"].data["when"] == "2027-06"
    assert facts["pet"].evidence == "Her dog Biscuit"
    assert facts["pet"].valid_from == datetime.date(2026, 11, 23)


def test_the_same_pet_mentioned_twice_is_one_pet(world, dana):
    note(world, dana, "Her dog Biscuit is 12.")
    note(world, dana, "Talks about her dog Biscuit a lot.")
    assert len(current(dana, "pet")) == 1


def test_a_pet_that_died_is_marked_deceased_and_the_loss_is_sensitive(world, dana):
    note(world, dana, "Her dog Biscuit is 12.")
    [alive] = current(dana, "pet")
    note(world, dana, "Her dog Biscuit passed away last week, be gentle.")
    alive.refresh_from_db()
    assert alive.valid_until is not None and alive.superseded_by is not None
    [pet] = current(dana, "pet")
    assert pet.data["status"] == "deceased"
    [loss] = current(dana, "event")
    assert loss.data["type"] == "bereavement" and loss.sensitive


def test_no_longer_vegan_ends_the_old_fact_and_nothing_else(world, dana):
    services.add_fact(customer=dana, kind="dietary", fields={"value": "vegan"})
    services.add_fact(customer=dana, kind="interest", fields={"value": "pottery"})
    note(world, dana, "She is no longer vegan.")
    assert current(dana, "dietary") == []
    assert [f.data["value"] for f in current(dana, "interest")] == ["pottery"]
    ended = Fact.objects.get(kind="dietary")
    assert ended.valid_until is not None  # history stays visible


def test_a_switch_ends_the_old_preference_and_starts_the_new(world, dana):
    services.add_fact(customer=dana, kind="preference",
                      fields={"topic": "drink", "value": "tea", "polarity": "like"})
    services.add_fact(customer=dana, kind="preference",
                      fields={"topic": "flower", "value": "peonies", "polarity": "like"})
    note(world, dana, "Switched from tea to black coffee.")
    values = sorted(f.data["value"] for f in current(dana, "preference"))
    assert values == ["black coffee", "peonies"]
    tea = Fact.objects.get(data__value="tea")
    assert tea.superseded_by.data["value"] == "black coffee"


def test_a_corrected_or_retired_fact_is_never_suggested_again(world, dana):
    n = note(world, dana, "Oat latte, extra hot. Husband Raj is a chef.")
    drink = Fact.objects.get(kind="preference")
    services.edit_fact(fact=drink, fields={"value": "oat latte, extra hot"})
    job = Fact.objects.get(kind="occupation")
    services.edit_fact(fact=job, status=Fact.RETIRED)
    before = Fact.objects.count()
    remember([Note.objects.select_related("business").get(pk=n.pk)])
    assert Fact.objects.count() == before
    drink.refresh_from_db()
    assert drink.data["value"] == "oat latte, extra hot"


def test_customer_words_through_the_api_are_remembered(api, dana):
    r = api.post(f"/customers/{dana.pk}/notes", {
        "text": "My dog Rex hates the dryer. I'm allergic to peanuts.",
        "author_kind": "customer", "source": "email",
    })
    assert r.status_code == 201
    facts = api.get(f"/customers/{dana.pk}/facts").json()
    assert {"pet", "dietary"} <= {f["kind"] for f in facts}
    assert all(f["status"] == "suggested" for f in facts)


def test_an_engine_failure_never_loses_the_note(world, dana, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("engine exploded")

    monkeypatch.setattr("regulars.memory.read", broken)
    n = note(world, dana, "Her dog Biscuit is 12.")
    assert Note.objects.filter(pk=n.pk).exists()
    assert current(dana) == []


def test_the_remember_command_reads_old_notes_once(world, dana, capsys):
    Note.objects.create(business=world.business, customer=dana, text="Her dog Biscuit is 12.")
    Note.objects.create(business=world.business, customer=dana, text="Husband Raj is a chef.")
    call_command("remember", "--business", world.business.slug)
    assert {f.kind for f in current(dana)} == {"pet", "person", "occupation"}
    count = Fact.objects.count()
    call_command("remember", "--business", world.business.slug)
    call_command("remember", "--business", world.business.slug, "--all")
    assert Fact.objects.count() == count
    assert "2 notes" in capsys.readouterr().out


def test_the_remember_command_refuses_an_unknown_business(world):
    from django.core.management import CommandError

    with pytest.raises(CommandError, match="no-such"):
        call_command("remember", "--business", "no-such")


def test_the_profile_highlights_the_words_each_fact_came_from(world, dana):
    note(world, dana, "Her dog Biscuit is 12 & <b>loud</b>.")
    page = world.client_for(world.staff).get(f"/customers/{dana.pk}/").content.decode()
    assert "<mark>Her dog Biscuit</mark> is 12 &amp; &lt;b&gt;loud&lt;/b&gt;." in page


def test_one_batch_merges_its_own_notes_in_order(world, dana):
    day = datetime.datetime(2026, 3, 1, 20, 0, tzinfo=datetime.UTC)
    for i, text in enumerate(["Her dog Biscuit is 12.", "Her dog Biscuit passed away."]):
        Note.objects.create(business=world.business, customer=dana, text=text,
                            created_at=day + datetime.timedelta(days=30 * i))
    call_command("remember", "--business", world.business.slug)
    alive, dead = Fact.objects.filter(kind="pet").order_by("pk")
    assert alive.data["status"] == "alive" and alive.valid_until == datetime.date(2026, 3, 31)
    assert alive.superseded_by is not None
    assert dead.data["status"] == "deceased" and dead.valid_until is None


def test_an_ended_fact_reads_back_with_its_dates(world, dana):
    services.add_fact(customer=dana, kind="dietary", fields={"value": "vegan"})
    note(world, dana, "She is no longer vegan.")
    ended = Fact.objects.get(kind="dietary")
    assert isinstance(ended.valid_until, datetime.date)
    assert ended.updated_at.tzinfo is not None
    assert Fact.objects.filter(updated_at__lte=ended.updated_at, kind="dietary").exists()
