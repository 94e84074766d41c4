"""A callback closes only when the customer got something of value."""

import datetime
import zoneinfo

import pytest
import time_machine
from django.utils import timezone

from regulars.commitments import services
from regulars.commitments.models import Commitment

pytestmark = pytest.mark.django_db
LA = zoneinfo.ZoneInfo("America/Los_Angeles")
WEDNESDAY_10AM = datetime.datetime(2026, 11, 18, 10, 0, tzinfo=LA)


@pytest.fixture
def callback(world):
    dana = world.customer(first_name="Dana", owner=world.staff)
    return services.create_commitment(
        customer=dana, kind="callback", text="Call Dana back about the keratin price",
        owner=world.staff, due_at=timezone.now() + datetime.timedelta(hours=20), by=world.staff,
    )


@time_machine.travel(WEDNESDAY_10AM, tick=False)
@pytest.mark.parametrize("outcome", ["Returning your call!", "tag, you're it", "", "   "])
def test_a_callback_without_value_stays_open_and_is_flagged(api, callback, outcome):
    r = api.post(f"/commitments/{callback.pk}/complete", {"outcome": outcome})
    assert r.status_code == 422
    assert "callback" in r.json()["error"]
    callback.refresh_from_db()
    assert callback.status == Commitment.OPEN
    if outcome.strip():
        assert callback.flagged.startswith("Flagged")


@time_machine.travel(WEDNESDAY_10AM, tick=False)
def test_an_answer_closes_the_callback_on_time(api, callback, world):
    r = api.post(f"/commitments/{callback.pk}/complete",
                 {"outcome": "Keratin treatment is $180 and we can fit you in Saturday at 11."})
    assert r.status_code == 200, r.content
    body = r.json()
    assert body["status"] == "done" and body["kept_on_time"] is True
    assert body["flagged"] == ""


@time_machine.travel(WEDNESDAY_10AM, tick=False)
def test_a_specific_time_becomes_a_promise_due_then(api, callback, world):
    r = api.post(f"/commitments/{callback.pk}/complete",
                 {"outcome": "Checking stock with the supplier, I'll call you at 4pm Thursday."})
    assert r.status_code == 200, r.content
    promise = Commitment.objects.get(kind="promise")
    assert promise.follows_id == callback.pk
    assert promise.owner == world.staff
    assert promise.due_at.astimezone(LA) == datetime.datetime(2026, 11, 19, 16, 0, tzinfo=LA)


def test_a_late_callback_is_kept_but_not_on_time(api, callback):
    with time_machine.travel(timezone.now() + datetime.timedelta(days=2)):
        r = api.post(f"/commitments/{callback.pk}/complete",
                     {"outcome": "Your order arrived, it's ready to pick up."})
    assert r.json()["kept_on_time"] is False


def test_a_closed_commitment_cannot_be_closed_again(api, callback):
    api.post(f"/commitments/{callback.pk}/complete", {"outcome": "It's in stock, $24."})
    r = api.post(f"/commitments/{callback.pk}/complete", {"outcome": "It's in stock, $24."})
    assert r.status_code == 422
    assert "already done" in r.json()["error"]


def test_the_queryset_speaks_the_domain(world, callback):
    now = timezone.now()
    assert list(Commitment.objects.due(now + datetime.timedelta(days=1))) == [callback]
    assert list(Commitment.objects.overdue(now)) == []
    assert list(Commitment.objects.overdue(now + datetime.timedelta(days=1))) == [callback]
    assert list(Commitment.objects.for_owner(world.owner)) == []
    services.complete(commitment=callback, outcome="It's ready, $24.", by=world.staff)
    assert list(Commitment.objects.kept_on_time()) == [callback]
