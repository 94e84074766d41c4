"""The greeting card: what the person at the desk needs in the first five seconds."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from regulars.commitments.models import Commitment
from regulars.customers.models import Customer, Fact
from regulars.memory import schema

MAX_ASK_ABOUT = 4


@dataclass
class GreetingCard:
    customer: Customer
    say: str
    pronunciation: str
    household: list[str] = field(default_factory=list)
    ask_about: list[str] = field(default_factory=list)
    be_mindful: list[str] = field(default_factory=list)
    likes: list[str] = field(default_factory=list)
    owes: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "customer_id": self.customer.pk,
            "say": self.say,
            "full_name": self.customer.full_name,
            "pronunciation": self.pronunciation,
            "household": self.household,
            "ask_about": self.ask_about,
            "be_mindful": self.be_mindful,
            "likes": self.likes,
            "owes": self.owes,
        }


def _whose(fact: Fact) -> str:
    return f"{fact.about}'s " if fact.about else ""


def build_card(
    customer: Customer, facts: list[Fact], today: datetime.date, owes: list[str] | None = None
) -> GreetingCard:
    """Turn a customer's current facts and what we owe them into a card.

    Sensitive facts never become chat: they go under "be gentle", not "ask about".
    """
    card = GreetingCard(customer, customer.greeting_name, customer.pronunciation,
                        owes=list(owes or []))
    upcoming: list[tuple[str, str]] = []
    for f in facts:
        if not f.is_current:
            continue
        d = f.data
        if f.kind == "person":
            card.household.append(f"{d['relation']} {d.get('name') or ''}".strip())
        elif f.kind == "pet":
            label = f"{d.get('name') or 'unnamed'} ({d.get('species')})"
            if d.get("status") == "deceased":
                card.be_mindful.append(f"{label} died")
            else:
                card.household.append(label)
        elif f.sensitive:
            card.be_mindful.append(f.summary)
        elif f.kind == "event" and d.get("status") == "upcoming":
            when = d.get("when") or ""
            what = f"{_whose(f)}{d['type'].replace('_', ' ')}"
            if when and not when.startswith("--") and when < today.isoformat()[: len(when)]:
                # Its day has passed since it was noted: ask how it went.
                upcoming.append((when, f"how {what} went"))
            else:
                said = schema.say_when(when)
                upcoming.append((when or "9999", what + (f" ({said})" if said else "")))
        elif f.kind == "trip":
            verb = "the trip to" if d.get("status") == "planned" else "how the trip to"
            tail = "" if d.get("status") == "planned" else " went"
            upcoming.append((d.get("when") or "9998", f"{verb} {d['destination']}{tail}"))
        elif f.kind == "interest" and not f.about:
            upcoming.append(("9999-99", d["value"]))
        elif f.kind == "preference" and d.get("polarity") == "like" and not f.about:
            card.likes.append(d["value"])
    card.ask_about = [text for _, text in sorted(upcoming)][:MAX_ASK_ABOUT]
    return card


def cards_for(customers: list[Customer], today: datetime.date) -> dict[int, GreetingCard]:
    """Build cards for several customers with one query for their facts."""
    by_customer: dict[int, list[Fact]] = {c.pk: [] for c in customers}
    if customers:
        facts = Fact.objects.filter(
            business_id=customers[0].business_id, customer_id__in=list(by_customer)
        ).current()
        for f in facts:
            by_customer[f.customer_id].append(f)
    cards = {c.pk: build_card(c, by_customer[c.pk], today) for c in customers}
    if customers:
        owed = Commitment.objects.filter(
            business_id=customers[0].business_id, customer_id__in=list(by_customer)
        ).open().order_by("due_at").values_list("customer_id", "text")
        for customer_id, text in owed:
            cards[customer_id].owes.append(text)
    return cards
