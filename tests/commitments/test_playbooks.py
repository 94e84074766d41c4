"""Events become commitments through the business's playbook, once each."""

import datetime
import zoneinfo

import pytest
import time_machine

from regulars.commitments.models import Commitment, Rule
from regulars.visits.models import Interaction

pytestmark = pytest.mark.django_db
LA = zoneinfo.ZoneInfo("America/Los_Angeles")
# A Friday afternoon in Los Angeles.
FRIDAY_4PM = datetime.datetime(2026, 11, 20, 16, 0, tzinfo=LA)


@pytest.fixture
def dana(world):
    return world.customer(first_name="Dana", last_name="Whitfield")


def owed(customer, kind=None):
    rows = Commitment.objects.filter(customer=customer)
    return list(rows.filter(kind=kind) if kind else rows)


def test_every_business_starts_with_the_default_playbook(world):
    triggers = set(Rule.objects.for_business(world.business).values_list("trigger", flat=True))
    assert {Rule.CALL, Rule.SALE, Rule.ENQUIRY, Rule.FIRST_TRANSACTION, Rule.VISIT,
            Rule.UPCOMING_EVENT, Rule.ANNIVERSARY, Rule.LAPSE} <= triggers


@time_machine.travel(FRIDAY_4PM, tick=False)
def test_a_call_on_friday_is_owed_a_callback_within_24_business_hours(api, world, dana):
    world.business.open_days = "12345"
    world.business.save()
    r = api.post("/interactions", {"customer_id": dana.pk, "kind": "call",
                                   "summary": "asked about balayage prices"})
    assert r.status_code == 201, r.content
    [callback] = owed(dana, Commitment.CALLBACK)
    assert callback.due_at.astimezone(LA) == datetime.datetime(2026, 11, 23, 16, 0, tzinfo=LA)
    assert callback.owner == world.staff  # nobody owns Dana yet: whoever logged the call
    assert callback.source == "playbook"


@time_machine.travel(FRIDAY_4PM, tick=False)
def test_the_callback_belongs_to_the_customers_point_of_contact(api, world):
    dana = world.customer(first_name="Dana", owner=world.owner)
    api.post("/interactions", {"customer_id": dana.pk, "kind": "voicemail"})
    [callback] = owed(dana, Commitment.CALLBACK)
    assert callback.owner == world.owner
    # Open on Saturdays by default: 24 business hours from Friday 4pm is Saturday 4pm.
    assert callback.due_at.astimezone(LA).date() == datetime.date(2026, 11, 21)


@time_machine.travel(FRIDAY_4PM, tick=False)
def test_a_first_sale_owes_a_follow_up_and_a_feedback_request(api, dana):
    r = api.post("/interactions", {"customer_id": dana.pk, "kind": "sale", "amount": "85.00",
                                   "items": ["Olaplex No.3"]})
    assert r.status_code == 201, r.content
    [follow_up] = owed(dana, Commitment.FOLLOW_UP)
    assert "Olaplex No.3" in follow_up.text
    assert follow_up.due_at == FRIDAY_4PM + datetime.timedelta(days=3)
    assert len(owed(dana, Commitment.FEEDBACK_REQUEST)) == 1
    api.post("/interactions", {"customer_id": dana.pk, "kind": "sale", "amount": "20"})
    assert len(owed(dana, Commitment.FEEDBACK_REQUEST)) == 1
    assert len(owed(dana, Commitment.FOLLOW_UP)) == 2


def test_an_enquiry_without_purchase_owes_a_thank_you(api, dana):
    api.post("/interactions", {"customer_id": dana.pk, "kind": "enquiry",
                               "summary": "wedding hair trial"})
    [thanks] = owed(dana, Commitment.THANK_YOU)
    assert "wedding hair trial" in thanks.text


def test_a_visit_plans_the_next_one(api, dana):
    api.post("/interactions", {"customer_id": dana.pk, "kind": "visit"})
    assert len(owed(dana, Commitment.NEXT_VISIT)) == 1


def test_the_same_event_delivered_twice_fires_once(api, dana):
    row = {"customer_id": dana.pk, "kind": "sale", "amount": "40", "external_id": "pos-991"}
    first = api.post("/interactions", row)
    again = api.post("/interactions/batch", {"interactions": [row, row]})
    assert again.status_code == 201, again.content
    assert again.json() == {"count": 2, "ids": [first.json()["id"]] * 2}
    assert Interaction.objects.filter(customer=dana).count() == 1
    assert len(owed(dana, Commitment.FOLLOW_UP)) == 1


def test_an_inactive_rule_fires_nothing(api, world, dana):
    Rule.objects.for_business(world.business).filter(trigger=Rule.ENQUIRY).update(active=False)
    api.post("/interactions", {"customer_id": dana.pk, "kind": "enquiry"})
    assert owed(dana, Commitment.THANK_YOU) == []


def test_a_batch_with_one_bad_row_writes_nothing(api, dana):
    r = api.post("/interactions/batch", {"interactions": [
        {"customer_id": dana.pk, "kind": "call"},
        {"customer_id": dana.pk, "kind": "carrier pigeon"},
        {"customer_id": 999999, "kind": "visit"},
    ]})
    assert r.status_code == 422
    error = r.json()["error"]
    assert "row 1" in error and "carrier pigeon" in error and "row 2" in error
    assert Interaction.objects.count() == 0
    assert Commitment.objects.count() == 0


@pytest.mark.parametrize("row, needle", [
    ({"kind": "sale", "amount": "-5"}, "negative"),
    ({"kind": "call", "amount": "5"}, "amount"),
    ({"kind": "visit", "occurred_at": "2999-01-01T10:00:00Z"}, "future"),
    ({"kind": "visit", "note": "   "}, "text"),
    ({"kind": "visit", "colour": "blue"}, "colour"),
])
def test_it_rejects_bad_interactions(api, dana, row, needle):
    r = api.post("/interactions", {"customer_id": dana.pk, **row})
    assert r.status_code == 422, r.content
    assert needle in r.json()["error"]
    assert Interaction.objects.count() == 0


def test_an_interaction_note_goes_to_the_timeline(api, dana):
    r = api.post("/interactions", {"customer_id": dana.pk, "kind": "email",
                                   "note": "Can I move Thursday to Friday?",
                                   "note_author_kind": "customer"})
    note = dana.notes.get()
    assert r.json()["note_id"] == note.pk
    assert note.author_kind == "customer"
    assert note.source == "email"


def test_the_owner_edits_the_playbook_and_staff_cannot(world, api):
    from tests.conftest import Api

    owner_api = Api(world.token_for(world.owner))
    sale = Rule.objects.get(business=world.business, trigger=Rule.SALE)
    r = owner_api.patch(f"/rules/{sale.pk}", {"delay": 7, "conditions": {"min_amount": 50}})
    assert r.status_code == 200, r.content
    sale.refresh_from_db()
    assert (sale.delay, sale.conditions) == (7, {"min_amount": 50})
    assert api.patch(f"/rules/{sale.pk}", {"delay": 1}).status_code == 403


@pytest.mark.parametrize("patch, needle", [
    ({"delay": -1}, "negative"),
    ({"delay": 9999}, "366"),
    ({"template": "Hi {nme}"}, "template"),
    ({"conditions": {"everything": True}}, "Unknown condition"),
    ({"delay_unit": "fortnights"}, "delay_unit"),
])
def test_it_rejects_bad_rules(world, patch, needle):
    from tests.conftest import Api

    owner_api = Api(world.token_for(world.owner))
    sale = Rule.objects.get(business=world.business, trigger=Rule.SALE)
    r = owner_api.patch(f"/rules/{sale.pk}", patch)
    assert r.status_code == 422, r.content
    assert needle in r.json()["error"]
    sale.refresh_from_db()
    assert sale.delay == 3


def test_a_lapse_rule_cannot_fire_on_every_visit(world):
    from tests.conftest import Api

    owner_api = Api(world.token_for(world.owner))
    lapse = Rule.objects.get(business=world.business, trigger=Rule.LAPSE)
    r = owner_api.patch(f"/rules/{lapse.pk}", {"conditions": {"factor": 0.5}})
    assert r.status_code == 422
    assert "every visit" in r.json()["error"]


def test_a_minimum_amount_limits_sale_follow_ups(world, api, dana):
    Rule.objects.filter(business=world.business, trigger=Rule.SALE).update(
        conditions={"min_amount": 50}
    )
    api.post("/interactions", {"customer_id": dana.pk, "kind": "sale", "amount": "12"})
    assert owed(dana, Commitment.FOLLOW_UP) == []
    api.post("/interactions", {"customer_id": dana.pk, "kind": "sale", "amount": "75"})
    assert len(owed(dana, Commitment.FOLLOW_UP)) == 1
