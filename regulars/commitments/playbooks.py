"""Playbooks: rules as data that turn events into commitments, each firing once."""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from django.db import transaction

from regulars.businesses.models import Business, User
from regulars.commitments.models import Commitment, Rule
from regulars.customers.models import Customer

# The defaults come from the practice essays; owners edit them per business.
DEFAULT_RULES: list[dict] = [
    dict(name="Return every call within 24 business hours — with value", trigger=Rule.CALL,
         delay=24, delay_unit=Rule.BUSINESS_HOURS, commitment_kind=Commitment.CALLBACK,
         template="Call {name} back with an answer, a time or a resource"),
    dict(name="Return every voicemail within 24 business hours", trigger=Rule.VOICEMAIL,
         delay=24, delay_unit=Rule.BUSINESS_HOURS, commitment_kind=Commitment.CALLBACK,
         template="Return {name}'s voicemail with something useful"),
    dict(name="Answer every message within 24 business hours", trigger=Rule.MESSAGE,
         delay=24, delay_unit=Rule.BUSINESS_HOURS, commitment_kind=Commitment.CALLBACK,
         template="Reply to {name}'s message with an answer, a time or a resource"),
    dict(name="Call after every sale", trigger=Rule.SALE, delay=3, delay_unit=Rule.DAYS,
         commitment_kind=Commitment.FOLLOW_UP,
         template="Call {name}: how is {what} working out?"),
    dict(name="Thank those who asked but did not buy", trigger=Rule.ENQUIRY, delay=1,
         delay_unit=Rule.DAYS, commitment_kind=Commitment.THANK_YOU,
         template="Thank {name} for stopping by to ask about {what}"),
    dict(name="Ask first-time customers how we did", trigger=Rule.FIRST_TRANSACTION, delay=2,
         delay_unit=Rule.DAYS, commitment_kind=Commitment.FEEDBACK_REQUEST,
         template="Ask {name} how we are doing after their first visit"),
    dict(name="Plan the next visit", trigger=Rule.VISIT, delay=0, delay_unit=Rule.HOURS,
         commitment_kind=Commitment.NEXT_VISIT,
         template="Ask {name} when they would like to come back"),
    dict(name="A card a week before a life event", trigger=Rule.UPCOMING_EVENT, delay=7,
         delay_unit=Rule.DAYS, commitment_kind=Commitment.CARD,
         conditions={"event_types": ["birthday", "graduation", "wedding"]},
         template="Send {name} a card for {what}"),
    dict(name="A letter from the owner on customer anniversaries",
         trigger=Rule.ANNIVERSARY, delay=0, delay_unit=Rule.DAYS,
         commitment_kind=Commitment.CARD, owner_rule=Rule.BUSINESS_OWNER,
         conditions={"years": [1, 5, 10]},
         template="Write {name} a personal letter: {what} with us"),
    dict(name="Reach out when a regular lapses", trigger=Rule.LAPSE, delay=0,
         delay_unit=Rule.DAYS, commitment_kind=Commitment.REACH_OUT,
         conditions={"factor": 1.5, "min_visits": 3},
         template="Reach out to {name} personally: {what}"),
]
CARD_HOUR = 9


def install_defaults(business: Business) -> list[Rule]:
    """Give a business the default playbook, once."""
    if business.rules.exists():
        return list(business.rules.all())
    return Rule.objects.bulk_create(Rule(business=business, **spec) for spec in DEFAULT_RULES)


@dataclass
class Event:
    """Something that happened to a customer and may oblige the business."""

    trigger: str
    customer: Customer
    at: datetime.datetime
    key: str
    staff: User | None = None
    interaction_id: int | None = None
    what: str = ""
    amount: Decimal | None = None
    on: datetime.date | None = None
    # What calendar rules' conditions test: the event's type, the customer's years with
    # us, how far past their usual interval a regular is and how many visits that rests on.
    event_type: str | None = None
    years: int | None = None
    lapse_ratio: float | None = None
    visits: int = 0


def add_business_hours(
    start: datetime.datetime, hours: float, business: Business
) -> datetime.datetime:
    """Add hours that run only on the business's open days (closed days do not count).

    A call on a Friday afternoon in a business closed at weekends is due on Monday
    afternoon, not on Saturday.
    """
    local = start.astimezone(business.tz)
    remaining = datetime.timedelta(hours=hours)
    if not business.open_days:
        return start + remaining
    while True:
        midnight = datetime.datetime.combine(
            local.date() + datetime.timedelta(days=1), datetime.time(), business.tz
        )
        if business.is_open_on(local.date()):
            left_today = midnight - local
            if remaining <= left_today:
                return (local + remaining).astimezone(datetime.UTC)
            remaining -= left_today
        local = midnight


def due_time(rule: Rule, event: Event) -> datetime.datetime:
    business = rule.business
    if rule.trigger == Rule.UPCOMING_EVENT and event.on is not None:
        day = event.on - datetime.timedelta(days=rule.delay)
        return datetime.datetime.combine(day, datetime.time(CARD_HOUR), business.tz)
    match rule.delay_unit:
        case Rule.BUSINESS_HOURS:
            return add_business_hours(event.at, rule.delay, business)
        case Rule.MINUTES:
            return event.at + datetime.timedelta(minutes=rule.delay)
        case Rule.HOURS:
            return event.at + datetime.timedelta(hours=rule.delay)
        case _:
            return event.at + datetime.timedelta(days=rule.delay)


def applies(rule: Rule, event: Event) -> bool:
    """Say whether the rule's conditions hold for this event."""
    c = rule.conditions or {}
    match rule.trigger:
        case Rule.SALE if "min_amount" in c:
            return event.amount is not None and event.amount >= Decimal(str(c["min_amount"]))
        case Rule.UPCOMING_EVENT if "event_types" in c:
            return event.event_type in c["event_types"]
        case Rule.ANNIVERSARY if "years" in c:
            return event.years in {int(y) for y in c["years"]}
        case Rule.LAPSE:
            return (event.lapse_ratio or 0) > float(c.get("factor", 1.5)) and (
                event.visits >= int(c.get("min_visits", 3))
            )
    return True


def choose_owner(rule: Rule, event: Event, business_owner: User | None) -> User | None:
    by_rule = {
        Rule.CUSTOMER_OWNER: event.customer.owner,
        Rule.STAFF_ON_EVENT: event.staff,
        Rule.BUSINESS_OWNER: business_owner,
    }[rule.owner_rule]
    return by_rule or event.customer.owner or event.staff or business_owner


def fire(business: Business, events: list[Event]) -> int:
    """Create the commitments the business's active rules owe for these events.

    Idempotent: each (rule, event) pair has a dedupe key, so an event delivered twice
    (a retried webhook, a worker that ran twice) creates its commitments once.
    Returns how many rules matched.
    """
    if not events:
        return 0
    rules: dict[str, list[Rule]] = defaultdict(list)
    for rule in Rule.objects.for_business(business).filter(active=True):
        rule.business = business
        rules[rule.trigger].append(rule)
    business_owner = business.owners().first()
    rows = []
    for event in events:
        for rule in rules.get(event.trigger, ()):
            if not applies(rule, event):
                continue
            owner = choose_owner(rule, event, business_owner)
            if owner is None:
                continue
            name = event.customer.greeting_name
            rows.append(Commitment(
                business=business, customer=event.customer, kind=rule.commitment_kind,
                text=rule.template.format(name=name, what=event.what or "their visit")[:500],
                owner=owner, due_at=due_time(rule, event), source="playbook", rule=rule,
                interaction_id=event.interaction_id, created_by=event.staff,
                dedupe_key=f"r{rule.pk}:{event.key}"[:120],
            ))
    with transaction.atomic():
        Commitment.objects.bulk_create(rows, ignore_conflicts=True, batch_size=500)
    return len(rows)
