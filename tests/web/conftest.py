"""A signed-in desk and a customer with some memory, for the desk page tests."""

from __future__ import annotations

import pytest
from django.test import Client

from regulars.customers import services
from regulars.customers.models import Customer, Fact, Note


@pytest.fixture
def desk(world) -> Client:
    """Bob, on staff at the salon, signed in."""
    return world.client_for(world.staff)


@pytest.fixture
def outsider_desk(world) -> Client:
    """Charlie, who works at the garage only, signed in."""
    return world.client_for(world.outsider)


@pytest.fixture
def dana(world) -> Customer:
    return world.customer(
        first_name="Dana", last_name="Whitfield", pronunciation="DAY-na",
        phones=["(415) 555-0134"], emails=["dana@example.com"],
    )


@pytest.fixture
def remembered(world, dana) -> dict[str, Note | Fact]:
    """Give Dana a note, a dog, a daughter's graduation, a liking and a suggested fact."""
    # Written straight to the table: what the memory engine would read into it is not
    # what these tests are about.
    note = Note.objects.create(
        business=world.business, customer=dana, author=world.staff,
        text="Her daughter Emma graduates in June. Dog Biscuit is 12.",
    )
    dog = services.add_fact(
        customer=dana, kind="pet", fields={"species": "dog", "name": "Biscuit"},
        author=world.staff,
    )
    graduation = services.add_fact(
        customer=dana, kind="event", about="Emma",
        fields={"type": "graduation", "when": "2099-06", "status": "upcoming"},
    )
    latte = services.add_fact(
        customer=dana, kind="preference",
        fields={"topic": "drink", "value": "oat latte", "polarity": "like"},
    )
    suggested = services.add_fact(
        customer=dana, kind="person", fields={"relation": "daughter", "name": "Emma"},
        status=Fact.SUGGESTED,
    )
    return {
        "note": note, "dog": dog, "graduation": graduation, "latte": latte,
        "suggested": suggested,
    }
