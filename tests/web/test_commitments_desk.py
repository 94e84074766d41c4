"""What we owe, at the desk: log, promise, my day, complete, the playbook, the feed."""

import datetime

import pytest
from django.utils import timezone
from icalendar import Calendar

from regulars.commitments import services
from regulars.commitments.models import CalendarFeed, Commitment, Rule
from regulars.visits.models import Interaction

pytestmark = pytest.mark.django_db


@pytest.fixture
def dana(world):
    return world.customer(first_name="Dana", last_name="Whitfield", owner=world.staff)


def promise(world, customer, hours=2, owner=None, kind="promise", text="Order blue size 8"):
    return services.create_commitment(
        customer=customer, kind=kind, text=text, owner=owner or world.staff,
        due_at=timezone.now() + datetime.timedelta(hours=hours), by=world.staff,
    )


def test_it_logs_a_call_and_shows_the_callback_owed(world, dana):
    client = world.client_for(world.staff)
    r = client.post(f"/customers/{dana.pk}/interactions/", {
        "kind": "call", "summary": "price of a keratin treatment", "note": "",
    })
    assert r.status_code == 302
    assert Interaction.objects.get().kind == "call"
    page = client.get(f"/customers/{dana.pk}/").content.decode()
    assert "We owe Dana" in page
    assert "Call Dana back" in page


def test_it_refuses_an_unknown_interaction_kind(world, dana):
    client = world.client_for(world.staff)
    r = client.post(f"/customers/{dana.pk}/interactions/", {"kind": "telepathy"}, follow=True)
    assert "Not logged" in r.content.decode()
    assert Interaction.objects.count() == 0


def test_it_records_a_promise_by_hand(world, dana):
    client = world.client_for(world.staff)
    due = (timezone.localtime(timezone.now(), world.business.tz)
           + datetime.timedelta(days=2)).strftime("%Y-%m-%dT%H:%M")
    r = client.post(f"/customers/{dana.pk}/promises/", {
        "kind": "promise", "text": "I'll order the blue size 8 by Friday", "due_at": due,
        "owner": world.staff.pk,
    })
    assert r.status_code == 302
    c = Commitment.objects.get(kind="promise")
    assert c.owner == world.staff and c.text.startswith("I'll order")


@pytest.mark.parametrize("field, value, needle", [
    ("due_at", "2001-01-01T10:00", "past"),
    ("due_at", "", "due_at"),
    ("text", "", "text"),
])
def test_it_refuses_a_promise_that_cannot_be_kept(world, dana, field, value, needle):
    client = world.client_for(world.staff)
    data = {"kind": "promise", "text": "Ring about the order",
            "due_at": "2099-01-01T10:00", "owner": world.staff.pk, field: value}
    r = client.post(f"/customers/{dana.pk}/promises/", data, follow=True)
    assert needle in r.content.decode()
    assert Commitment.objects.filter(kind="promise").count() == 0


def test_my_day_lists_what_i_owe_overdue_first_and_completes_it(world, dana):
    late = promise(world, dana, hours=1, text="Late one")
    Commitment.objects.filter(pk=late.pk).update(
        due_at=timezone.now() - datetime.timedelta(hours=3)
    )
    promise(world, dana, hours=0.5, text="Soon one")
    promise(world, dana, hours=0.5, owner=world.owner, text="Not mine")
    client = world.client_for(world.staff)
    page = client.get("/day/").content.decode()
    assert page.index("Late one") < page.index("Soon one")
    assert "Not mine" not in page
    r = client.post(f"/commitments/{late.pk}/complete/", {"outcome": "Ordered", "next": "/day/"})
    assert r.status_code == 302 and r["Location"] == "/day/"
    late.refresh_from_db()
    assert late.status == "done" and late.kept_on_time is False and late.done_by == world.staff


def test_the_owner_sees_everyones_day(world, dana):
    promise(world, dana, hours=0.5, text="Staff owes this")
    page = world.client_for(world.owner).get("/day/?who=all").content.decode()
    assert "Staff owes this" in page
    page = world.client_for(world.staff).get("/day/?who=all").content.decode()
    assert "Staff owes this" in page  # staff asking for all still see only their own
    assert "Everyone" not in page


def test_completing_a_callback_without_value_is_refused(world, dana):
    callback = promise(world, dana, kind="callback", text="Call Dana back")
    client = world.client_for(world.staff)
    r = client.post(f"/commitments/{callback.pk}/complete/", {"outcome": ""}, follow=True)
    callback.refresh_from_db()
    assert callback.status == "open"
    assert "answer, a time or a resource" in r.content.decode()


def test_the_playbook_is_editable_by_the_owner_only(world):
    rule = Rule.objects.get(business=world.business, trigger=Rule.SALE)
    assert world.client_for(world.staff).get("/playbook/").status_code == 200
    assert world.client_for(world.staff).get(f"/playbook/{rule.pk}/").status_code == 403
    client = world.client_for(world.owner)
    data = {"name": rule.name, "active": "on", "delay": "5", "delay_unit": "days",
            "commitment_kind": "follow_up", "owner_rule": "customer_owner",
            "template": "Call {name} about {what}", "conditions": "{}"}
    assert client.post(f"/playbook/{rule.pk}/", data).status_code == 302
    rule.refresh_from_db()
    assert rule.delay == 5
    r = client.post(f"/playbook/{rule.pk}/", {**data, "template": "Call {nobody}"})
    assert r.status_code == 200 and "template" in r.content.decode()
    rule.refresh_from_db()
    assert rule.template == "Call {name} about {what}"


def test_the_calendar_feed_lists_my_open_commitments(world, dana, client):
    promise(world, dana, hours=5, text="Bring the colour chart")
    world.client_for(world.staff).get("/day/")
    feed = CalendarFeed.objects.get(user=world.staff)
    r = client.get(f"/feeds/{feed.secret}.ics")
    assert r.status_code == 200 and r["Content-Type"].startswith("text/calendar")
    events = Calendar.from_ical(r.content).walk("VEVENT")
    assert [str(e["description"]) for e in events] == ["Bring the colour chart"]
    assert client.get("/feeds/not-a-secret.ics").status_code == 404


def test_another_business_cannot_touch_our_commitments(world, dana):
    c = promise(world, dana)
    rule = Rule.objects.get(business=world.business, trigger=Rule.SALE)
    client = world.client_for(world.outsider)
    assert client.post(f"/commitments/{c.pk}/complete/", {"outcome": "x"}).status_code == 404
    assert client.post(f"/commitments/{c.pk}/cancel/").status_code == 404
    assert client.post(f"/customers/{dana.pk}/interactions/", {"kind": "call"}).status_code == 404
    assert client.post(f"/customers/{dana.pk}/promises/", {}).status_code == 404
    assert client.get(f"/playbook/{rule.pk}/").status_code == 404
    c.refresh_from_db()
    assert c.status == "open"
    assert "Order blue size 8" not in client.get("/day/?who=all").content.decode()
