import pytest

from regulars.customers.models import ContactPoint, Customer, Fact, Note

pytestmark = pytest.mark.django_db


def test_it_requires_a_token(client):
    r = client.get("/api/v1/customers")
    assert r.status_code == 401
    assert "error" in r.json()


def test_it_rejects_a_wrong_token(client):
    r = client.get("/api/v1/customers", headers={"Authorization": "Bearer rg_nope"})
    assert r.status_code == 401


def test_it_creates_a_customer_with_normalised_contacts(api, world):
    r = api.post("/customers", {
        "first_name": "Dana", "last_name": "Whitfield", "preferred_name": "Dee",
        "phones": ["(415) 555-0134"], "emails": [" Dana@Example.COM "],
        "owner_id": world.staff.pk, "tags": ["Colour", "colour", "VIP"],
    })
    assert r.status_code == 201, r.content
    body = r.json()
    assert body["phones"] == ["+14155550134"]
    assert body["emails"] == ["dana@example.com"]
    assert body["owner"] == "bob@maple.test"
    assert body["tags"] == ["colour", "vip"]
    assert Customer.objects.get(pk=body["id"]).business == world.business


def test_it_lists_and_pages_with_search(api, world):
    for first in ("Ann", "Bea", "Cara"):
        world.customer(first_name=first, last_name="Jones")
    world.customer(first_name="Dana", last_name="Smith")
    r = api.get("/customers", q="jones", limit=2)
    body = r.json()
    assert body["count"] == 3
    assert [c["first_name"] for c in body["items"]] == ["Ann", "Bea"]
    assert body["next_offset"] == 2
    r = api.get("/customers", q="jones", limit=2, offset=2)
    assert [c["first_name"] for c in r.json()["items"]] == ["Cara"]
    assert r.json()["next_offset"] is None


def test_it_updates_only_given_fields(api, world):
    c = world.customer(first_name="Dana", last_name="Smith", phones=["415 555 0134"],
                       emails=["d@example.com"])
    r = api.patch(f"/customers/{c.pk}", {"preferred_name": "Dee", "emails": ["new@example.com"]})
    assert r.status_code == 200, r.content
    body = r.json()
    assert body["preferred_name"] == "Dee"
    assert body["last_name"] == "Smith"
    assert body["phones"] == ["+14155550134"]
    assert body["emails"] == ["new@example.com"]


def test_it_deletes_a_customer(api, world):
    c = world.customer()
    assert api.delete(f"/customers/{c.pk}").status_code == 204
    assert not Customer.objects.filter(pk=c.pk).exists()


@pytest.mark.parametrize("payload, needle", [
    ({"first_name": "Dana", "phones": ["12"]}, "phone"),
    ({"first_name": "Dana", "phones": ["call me maybe"]}, "phone"),
    ({"first_name": "Dana", "emails": ["dana-at-example"]}, "email"),
    ({"first_name": "Dana", "shoe_size": 7}, "shoe_size"),
    ({"first_name": "D" * 81}, "first_name"),
    ({"first_name": ""}, "first_name"),
    ({"first_name": 12}, "first_name"),
    ({"first_name": "Dana", "tags": "vip"}, "tags"),
    ({"first_name": "Dana", "customer_since": "last spring"}, "customer_since"),
    ({"first_name": "Dana", "preferred_channel": "pigeon"}, "preferred_channel"),
    ({"last_name": "Nobody"}, "first_name"),
])
def test_it_rejects_bad_customer_input_and_writes_nothing(api, payload, needle):
    r = api.post("/customers", payload)
    assert r.status_code == 422, r.content
    assert needle in r.json()["error"]
    assert Customer.objects.count() == 0
    assert ContactPoint.objects.count() == 0


def test_it_rejects_malformed_json(api):
    r = api.post("/customers", raw="{not json")
    assert 400 <= r.status_code < 500
    assert "error" in r.json()
    assert Customer.objects.count() == 0


def test_it_rejects_an_owner_from_another_business(api, world):
    r = api.post("/customers", {"first_name": "Dana", "owner_id": world.outsider.pk})
    assert r.status_code == 422
    assert "owner" in r.json()["error"]


def test_it_adds_and_lists_notes(api, world):
    c = world.customer()
    r = api.post(f"/customers/{c.pk}/notes", {"text": "Oat latte, extra hot."})
    assert r.status_code == 201, r.content
    assert r.json()["author"] == "bob@maple.test"
    r = api.get(f"/customers/{c.pk}/notes")
    assert [n["text"] for n in r.json()] == ["Oat latte, extra hot."]


@pytest.mark.parametrize("payload", [
    {"text": ""},
    {"text": "   "},
    {"text": "x" * 10001},
    {"text": "fine", "author_kind": "robot"},
    {"text": "fine", "mood": "happy"},
    {"text": ["a list"]},
])
def test_it_rejects_bad_notes(api, world, payload):
    c = world.customer()
    r = api.post(f"/customers/{c.pk}/notes", payload)
    assert r.status_code == 422, r.content
    assert r.json()["error"]
    assert Note.objects.count() == 0


def test_it_adds_edits_and_retires_facts(api, world):
    c = world.customer()
    r = api.post(f"/customers/{c.pk}/facts", {
        "kind": "pet", "fields": {"species": "dog", "name": "Biscuit"},
    })
    assert r.status_code == 201, r.content
    fact = r.json()
    assert fact["fields"] == {"species": "dog", "name": "Biscuit", "status": "alive"}
    assert fact["summary"] == "dog Biscuit"
    r = api.patch(f"/facts/{fact['id']}", {"fields": {"name": "Bisquit"}})
    assert r.json()["fields"]["name"] == "Bisquit"
    r = api.patch(f"/facts/{fact['id']}", {"status": "retired"})
    assert r.json()["status"] == "retired"
    assert api.get(f"/customers/{c.pk}/facts").json() == []
    assert len(api.get(f"/customers/{c.pk}/facts", include_retired=True).json()) == 1


def test_it_flags_sensitive_events(api, world):
    c = world.customer()
    r = api.post(f"/customers/{c.pk}/facts", {
        "kind": "event", "fields": {"type": "bereavement", "when": "2026-05", "status": "past"},
    })
    assert r.json()["sensitive"] is True


@pytest.mark.parametrize("payload, needle", [
    ({"kind": "pet", "fields": {"species": "dragon"}}, "species"),
    ({"kind": "spaceship", "fields": {}}, "kind"),
    ({"kind": "event", "fields": {"type": "birthday", "when": "June-ish",
                                  "status": "upcoming"}}, "when"),
    ({"kind": "interest", "fields": {"value": "golf", "colour": "red"}}, "colour"),
    ({"kind": "interest", "fields": {"value": "g" * 201}}, "200"),
    ({"kind": "interest", "fields": {"value": 7}}, "value"),
])
def test_it_rejects_facts_outside_the_contract(api, world, payload, needle):
    c = world.customer()
    r = api.post(f"/customers/{c.pk}/facts", payload)
    assert r.status_code == 422, r.content
    assert needle in r.json()["error"]
    assert Fact.objects.count() == 0


def test_openapi_is_published(client):
    r = client.get("/api/v1/openapi.json")
    assert r.status_code == 200
    paths = r.json()["paths"]
    assert "/api/v1/lookup" in paths
    assert "/api/v1/customers/{customer_id}/facts" in paths
