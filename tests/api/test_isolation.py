"""Staff of one business cannot read, change or learn of another business's rows."""

import pytest

from regulars.customers import services
from regulars.customers.models import Customer, Fact, Note

pytestmark = pytest.mark.django_db


@pytest.fixture
def theirs(world):
    customer = world.customer(
        world.other_business, first_name="Gareth", last_name="Price", phones=["07911 123456"],
        emails=["gareth@example.co.uk"],
    )
    note = services.add_note(customer=customer, text="Golf in for MOT.", author=world.outsider)
    fact = services.add_fact(customer=customer, kind="interest", fields={"value": "golf"})
    return customer, note, fact


def test_customers_of_another_business_are_not_found(api, theirs):
    customer, _, _ = theirs
    assert api.get(f"/customers/{customer.pk}").status_code == 404
    assert api.patch(f"/customers/{customer.pk}", {"first_name": "X"}).status_code == 404
    assert api.delete(f"/customers/{customer.pk}").status_code == 404
    assert api.get("/customers", q="gareth").json()["count"] == 0
    assert Customer.objects.get(pk=customer.pk).first_name == "Gareth"


def test_notes_of_another_business_are_not_found(api, theirs):
    customer, note, _ = theirs
    assert api.get(f"/customers/{customer.pk}/notes").status_code == 404
    assert api.post(f"/customers/{customer.pk}/notes", {"text": "hi"}).status_code == 404
    assert api.get(f"/notes/{note.pk}").status_code == 404
    assert api.delete(f"/notes/{note.pk}").status_code == 404
    assert Note.objects.filter(customer=customer).count() == 1


def test_facts_of_another_business_are_not_found(api, theirs):
    customer, _, fact = theirs
    assert api.get(f"/customers/{customer.pk}/facts").status_code == 404
    r = api.post(f"/customers/{customer.pk}/facts", {"kind": "interest", "fields": {"value": "x"}})
    assert r.status_code == 404
    assert api.get(f"/facts/{fact.pk}").status_code == 404
    assert api.patch(f"/facts/{fact.pk}", {"status": "retired"}).status_code == 404
    assert api.delete(f"/facts/{fact.pk}").status_code == 404
    assert Fact.objects.get(pk=fact.pk).status == Fact.CONFIRMED


def test_lookup_never_finds_another_business(api, theirs):
    for q in ("Gareth Price", "07911 123456", "+447911123456", "gareth@example.co.uk"):
        assert api.get("/lookup", q=q).json()["results"] == [], q


def test_the_same_person_in_two_businesses_is_two_customers(api, outsider_api, world, theirs):
    mine = world.customer(first_name="Gareth", last_name="Price")
    ours = api.get("/lookup", q="Gareth Price").json()["results"]
    assert [r["customer"]["id"] for r in ours] == [mine.pk]
    assert outsider_api.get(f"/customers/{mine.pk}").status_code == 404
