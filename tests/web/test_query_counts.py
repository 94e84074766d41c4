"""Desk pages cost the same few queries however much a customer or business has.

Each test measures a page with one row, adds many more, and pins the count for both.
When a feature adds a query on purpose, raise the pin and say what the query is for.
"""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from pytest_django.asserts import assertContains

from regulars.commitments import services as commitments
from regulars.customers import services
from regulars.customers.models import Fact, Note
from regulars.visits import services as visits

pytestmark = pytest.mark.django_db

# Every signed-in page first spends these on the session, the user, the current
# membership (middleware) and the business switcher (context processor).
OVERHEAD = 4
# The customer with owner; facts with notes and authors; open commitments; staff for
# the promise form; phones and emails (one query each); recent interactions; notes
# with authors; the facts of those notes; outbox messages with their delivery status.
PROFILE_QUERIES = OVERHEAD + 10
# The count for the pager; a page of customers with owners; their contacts.
LIST_QUERIES = OVERHEAD + 3
# How common each name key is; the candidates by keys met; their names for scoring;
# the customers; the facts and the open commitments for their cards.
SEARCH_QUERIES = OVERHEAD + 6


def _queries(client, url: str, **kwargs) -> int:
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url, **kwargs).status_code == 200
    return len(ctx)


def _remember(world, customer, start: int, stop: int) -> None:
    """Give the customer notes with an extracted fact each, hand facts, promises, visits."""
    for i in range(start, stop):
        note = Note.objects.create(
            business=world.business, customer=customer, author=world.staff,
            text=f"Dog number {i} is called Rex{i}.",
        )
        Fact.objects.create(
            business=world.business, customer=customer, kind="pet", note=note,
            span_start=0, span_end=12, author=world.owner, status=Fact.SUGGESTED,
            data={"species": "dog", "name": f"Rex{i}", "status": "alive"},
        )
        fact = services.add_fact(
            customer=customer, kind="interest", fields={"value": f"hobby {i}"},
            author=world.staff,
        )
        if i % 2:
            services.edit_fact(fact=fact, status=Fact.RETIRED)
        commitments.create_commitment(
            customer=customer, kind="promise", text=f"Promise {i}", owner=world.staff,
            due_at=timezone.now() + datetime.timedelta(days=i + 1), by=world.staff,
        )
        visits.log_interaction(
            business=world.business, staff=world.staff, customer_id=customer.pk,
            kind="visit", summary=f"visit {i}", amount=None, note="",
        )


def test_the_profile_does_not_grow_with_facts_notes_and_promises(world, desk, dana):
    url = f"/customers/{dana.pk}/"
    _remember(world, dana, 0, 1)
    assert _queries(desk, url) == PROFILE_QUERIES
    _remember(world, dana, 1, 30)
    assert Fact.objects.filter(customer=dana).count() == 60
    assert _queries(desk, url) == PROFILE_QUERIES
    r = desk.get(url)
    assertContains(r, "Rex29")
    assertContains(r, "Dog number 0", count=2)  # the note and its fact's evidence
    assertContains(r, "History (15)")


def test_the_customer_list_does_not_grow_with_customers(world, desk):
    def add(start: int, stop: int) -> None:
        for i in range(start, stop):
            world.customer(
                first_name=f"Person{i}", last_name="Able", owner=world.owner,
                phones=[f"(415) 555-{1000 + i}"], emails=[f"p{i}@example.com"],
            )

    add(0, 1)
    assert _queries(desk, "/customers/") == LIST_QUERIES
    add(1, 30)
    assert _queries(desk, "/customers/") == LIST_QUERIES
    assertContains(desk.get("/customers/"), "p29@example.com")


def test_live_search_does_not_grow_with_results(world, desk):
    def add(n: int) -> None:
        for _ in range(n):
            customer = world.customer(first_name="Dana", last_name="Whitfield")
            _remember(world, customer, 0, 2)

    htmx = {"HX-Request": "true"}
    add(1)
    assert _queries(desk, "/search/?q=dana+whitfeld", headers=htmx) == SEARCH_QUERIES
    add(9)
    assert _queries(desk, "/search/?q=dana+whitfeld", headers=htmx) == SEARCH_QUERIES
    r = desk.get("/search/", {"q": "dana whitfeld"}, headers=htmx)
    assertContains(r, "Dana Whitfield", count=10)
