"""At the desk, staff of one business can neither see nor change another's rows."""

import datetime

import pytest
from django.urls import resolve
from django.utils import timezone
from pytest_django.asserts import assertContains, assertNotContains

from regulars.commitments import services as commitments
from regulars.commitments.models import Commitment, Rule
from regulars.customers.models import ContactPoint, Customer, Fact, Note
from regulars.visits.models import Interaction
from regulars.web import urls as web_urls

pytestmark = pytest.mark.django_db

REQUESTS = 17


@pytest.fixture
def owed(world, dana):
    """A promise to Dana and the salon's sale rule."""
    promise = commitments.create_commitment(
        customer=dana, kind="promise", text="Order blue size 8", owner=world.staff,
        due_at=timezone.now() + datetime.timedelta(hours=2), by=world.staff,
    )
    rule = Rule.objects.get(business=world.business, trigger=Rule.SALE)
    return {"promise": promise, "rule": rule}


@pytest.fixture
def before(dana, remembered, owed):
    """Everything about Dana and the salon that a stray write could change."""
    return _snapshot(dana)


def _snapshot(customer: Customer) -> dict:
    customer = Customer.objects.get(pk=customer.pk)
    return {
        "customer": {f: getattr(customer, f) for f in (
            "first_name", "last_name", "preferred_name", "owner_id", "tags",
        )},
        "contacts": sorted(ContactPoint.objects.filter(customer=customer).values_list("value")),
        "notes": list(Note.objects.filter(customer=customer).values_list("id", "text")),
        "facts": list(
            Fact.objects.filter(customer=customer).order_by("id")
            .values_list("id", "status", "about", "data", "valid_until")
        ),
        "commitments": list(
            Commitment.objects.filter(customer=customer).order_by("id")
            .values_list("id", "status", "text", "due_at")
        ),
        "interactions": Interaction.objects.filter(customer=customer).count(),
        "rules": list(
            Rule.objects.filter(business=customer.business_id).order_by("id")
            .values_list("id", "active", "delay", "template")
        ),
    }


def _requests(dana, remembered, owed):
    dog, suggested = remembered["dog"], remembered["suggested"]
    promise, rule = owed["promise"], owed["rule"]
    c = f"/customers/{dana.pk}"
    return [
        ("get", f"{c}/", {}),
        ("get", f"{c}/edit/", {}),
        ("post", f"{c}/edit/", {"first_name": "Hacked", "phones": "(415) 555-0100"}),
        ("post", f"{c}/notes/", {"text": "Sneaky note", "author_kind": "staff"}),
        ("get", f"{c}/facts/new/", {}),
        ("get", f"{c}/facts/new/", {"kind": "pet"}),
        ("post", f"{c}/facts/new/", {"kind": "interest", "value": "espionage"}),
        ("get", f"/facts/{dog.pk}/edit/", {}),
        ("post", f"/facts/{dog.pk}/edit/", {"species": "cat", "status": "deceased"}),
        ("post", f"/facts/{dog.pk}/status/", {"status": "retired"}),
        ("post", f"/facts/{suggested.pk}/status/", {"status": "confirmed"}),
        ("post", f"{c}/interactions/", {"kind": "call", "summary": "price"}),
        ("post", f"{c}/promises/", {"kind": "promise", "text": "x", "due_at": "2099-01-01"}),
        ("post", f"/commitments/{promise.pk}/complete/", {"outcome": "done"}),
        ("post", f"/commitments/{promise.pk}/cancel/", {"reason": "no"}),
        ("get", f"/playbook/{rule.pk}/", {}),
        ("post", f"/playbook/{rule.pk}/", {"name": "x", "delay": "1", "template": "x"}),
    ]


@pytest.mark.parametrize("index", range(REQUESTS))
@pytest.mark.parametrize("htmx", [False, True])
def test_it_answers_404_to_another_business_and_changes_nothing(
    outsider_desk, dana, remembered, owed, before, index, htmx
):
    method, url, data = _requests(dana, remembered, owed)[index]
    headers = {"HX-Request": "true"} if htmx else {}
    r = getattr(outsider_desk, method)(url, data, headers=headers)
    assert r.status_code == 404, (method, url)
    assertNotContains(r, "Dana", status_code=404)
    assert _snapshot(dana) == before


def test_every_desk_url_with_an_id_is_checked_above(dana, remembered, owed):
    """Fail when a desk URL taking an id is added without a check here."""
    requests = _requests(dana, remembered, owed)
    assert len(requests) == REQUESTS
    with_ids = {str(p.pattern) for p in web_urls.urlpatterns if "<int:" in str(p.pattern)}
    assert with_ids <= {resolve(url.split("?")[0]).route for _, url, _ in requests}


def test_it_never_finds_another_business_customer(world, outsider_desk, dana):
    for q in ("Dana Whitfield", "dnaa whitfeld", "(415) 555-0134", "dana@example.com"):
        r = outsider_desk.get("/search/", {"q": q}, headers={"HX-Request": "true"})
        assertContains(r, "No customer matches")
        assertNotContains(r, f"/customers/{dana.pk}/")
    assertNotContains(outsider_desk.get("/customers/"), "Whitfield")
    assertNotContains(outsider_desk.get("/"), "Whitfield")


def test_it_keeps_the_same_person_apart_in_two_businesses(world, desk, outsider_desk, dana):
    theirs = world.customer(
        world.other_business, first_name="Dana", last_name="Whitfield",
        emails=["dana@example.com"],
    )
    r = desk.get("/search/", {"q": "dana@example.com"})
    assert r["Location"] == f"/customers/{dana.pk}/"
    r = outsider_desk.get("/search/", {"q": "dana@example.com"})
    assert r["Location"] == f"/customers/{theirs.pk}/"
