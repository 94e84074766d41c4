"""Demo businesses whose customers read like a real salon's and a real garage's.

Every demo fact points at the words of its note, the way staff-written memory does.
The data is generated from a fixed seed, so every run builds the same demo.
"""

from __future__ import annotations

import datetime
import random
from dataclasses import dataclass, field
from decimal import Decimal

import phonenumbers
from django.db import transaction
from django.utils import timezone

from regulars.businesses.models import Business, Membership, User
from regulars.customers import services
from regulars.customers.models import Customer, Fact, Note
from regulars.memory import schema

PASSWORD = "regulars-demo"
SALON_SIZE = 200
GARAGE_SIZE = 40

FIRST = [
    ("Dana", "F"), ("Emma", "F"), ("Priya", "F"), ("Siobhan", "F"), ("Margaret", "F"),
    ("Elizabeth", "F"), ("Aoife", "F"), ("Chloe", "F"), ("Fatima", "F"), ("Grace", "F"),
    ("Hannah", "F"), ("Ingrid", "F"), ("Julia", "F"), ("Katherine", "F"), ("Lucia", "F"),
    ("Maya", "F"), ("Nadia", "F"), ("Olivia", "F"), ("Rosa", "F"), ("Sofia", "F"),
    ("Tamsin", "F"), ("Yasmin", "F"), ("Zoe", "F"), ("Beatrice", "F"), ("Niamh", "F"),
    ("William", "M"), ("James", "M"), ("Robert", "M"), ("Rajesh", "M"), ("Tomasz", "M"),
    ("Daniel", "M"), ("Oluwaseun", "M"), ("Michael", "M"), ("Kenji", "M"), ("Luis", "M"),
    ("Patrick", "M"), ("Samuel", "M"), ("Theo", "M"), ("Anthony", "M"), ("Ciaran", "M"),
]
LAST = [
    "Whitfield", "Patel", "Okafor", "Kowalski", "Brennan", "Nguyen", "Murphy", "García",
    "Schmidt", "Haddad", "Lindqvist", "Tanaka", "O'Connell", "Moreau", "Achebe", "Fraser",
    "Rossi", "Kaur", "Novak", "Delaney", "Hughes", "Mensah", "Costa", "Ivanova", "Byrne",
    "Sato", "Jensen", "MacLeod", "Ferreira", "Abbott",
]
NICK = {"Elizabeth": "Liz", "William": "Bill", "Margaret": "Peggy", "Robert": "Bob",
        "Katherine": "Kate", "Michael": "Mike", "Anthony": "Tony", "Samuel": "Sam"}
SAY = {"Siobhan": "shiv-AWN", "Aoife": "EE-fa", "Niamh": "NEEV", "Oluwaseun": "oh-loo-WAH-shay-oon",
       "Ciaran": "KEER-an", "Tomasz": "TOM-ash"}
KIDS = ["Emma", "Noah", "Ava", "Leo", "Isla", "Finn", "Mia", "Oscar", "Ruby", "Jack"]
PETS = [("dog", "Biscuit"), ("dog", "Pepper"), ("cat", "Miso"), ("dog", "Bruno"),
        ("cat", "Luna"), ("dog", "Max"), ("rabbit", "Clover"), ("cat", "Tigger")]
DRINKS = ["oat latte, extra hot", "flat white", "green tea", "oat cappuccino",
          "sparkling water with lemon", "earl grey, milk no sugar"]
PLACES = ["Lisbon", "Kyoto", "the Amalfi coast", "Edinburgh", "Vancouver", "Marrakech"]
HOBBIES = ["marathon running", "sea swimming", "pottery", "choir", "golf", "rock climbing"]
JOBS = [("nurse", "St Mary's"), ("teacher", "Lincoln High"), ("architect", None),
        ("chef", "Olive & Vine"), ("solicitor", None), ("paramedic", None)]
SERVICES = ["Cut and blow-dry", "Balayage", "Root touch-up", "Trim", "Colour correction",
            "Keratin treatment", "Wash and style"]


@dataclass
class Piece:
    """One sentence of a note and the facts it carries."""

    text: str
    evidence: str = ""
    facts: list[dict] = field(default_factory=list)


def _month(today: datetime.date, ahead: int) -> str:
    y, m = divmod(today.month - 1 + ahead, 12)
    return f"{today.year + y}-{m + 1:02d}"


def _month_name(iso_month: str) -> str:
    return datetime.date.fromisoformat(iso_month + "-01").strftime("%B")


def salon_pieces(rng: random.Random, pronoun: str, today: datetime.date) -> list[Piece]:
    """Draw the sentences a stylist might write over a few visits."""
    his = "her" if pronoun == "she" else "his"
    out: list[Piece] = []
    if rng.random() < 0.5:
        kid = rng.choice(KIDS)
        rel = rng.choice(["daughter", "son"])
        when = _month(today, rng.randint(1, 5))
        out.append(Piece(
            f"{his.capitalize()} {rel} {kid} graduates in {_month_name(when)}, very proud.",
            f"{rel} {kid} graduates",
            [{"kind": "person", "relation": rel, "name": kid},
             {"kind": "event", "about": kid, "type": "graduation", "when": when,
              "status": "upcoming"}],
        ))
    if rng.random() < 0.45:
        species, name = rng.choice(PETS)
        age = rng.randint(2, 14)
        out.append(Piece(
            f"Talks a lot about {his} {species} {name} ({age}).", f"{species} {name}",
            [{"kind": "pet", "species": species, "name": name, "status": "alive"}],
        ))
    if rng.random() < 0.6:
        drink = rng.choice(DRINKS)
        out.append(Piece(
            f"Takes {drink} while the colour develops.", drink,
            [{"kind": "preference", "topic": "drink", "value": drink.split(",")[0]}],
        ))
    if rng.random() < 0.3:
        place = rng.choice(PLACES)
        when = _month(today, rng.randint(1, 4))
        out.append(Piece(
            f"Off to {place} in {_month_name(when)} — wants something low-maintenance before then.",
            f"Off to {place}",
            [{"kind": "trip", "destination": place.removeprefix("the "), "when": when,
              "status": "planned"}],
        ))
    if rng.random() < 0.3:
        hobby = rng.choice(HOBBIES)
        out.append(Piece(
            f"Into {hobby}, so keep the style easy to tie back.", hobby,
            [{"kind": "interest", "value": hobby}],
        ))
    if rng.random() < 0.3:
        job, employer = rng.choice(JOBS)
        at = f" at {employer}" if employer else ""
        out.append(Piece(
            f"Works as a {job}{at}; early shifts.", f"{job}{at}",
            [{"kind": "occupation", "value": job, "employer": employer}],
        ))
    if rng.random() < 0.15:
        out.append(Piece(
            "Sensitive scalp, allergic to PPD — always patch test.", "allergic to PPD",
            [{"kind": "dietary", "value": "PPD"}],
        ))
    if rng.random() < 0.2:
        flower = rng.choice(["lilies", "carnations", "roses"])
        out.append(Piece(
            f"Doesn't like {flower} (reception bouquet bothered {his.replace('his', 'him')}).",
            f"Doesn't like {flower}",
            [{"kind": "preference", "topic": "flower", "value": flower, "polarity": "dislike"}],
        ))
    if rng.random() < 0.05:
        species, name = rng.choice(PETS)
        out.append(Piece(
            f"{his.capitalize()} {species} {name} passed away last month; be gentle.",
            f"{species} {name} passed away",
            [{"kind": "pet", "species": species, "name": name, "status": "deceased"},
             {"kind": "event", "about": name, "type": "bereavement", "when": _month(today, -1),
              "status": "past"}],
        ))
    return out


def _user(email: str, name: str) -> User:
    user = User.objects.filter(email=email).first()
    if user is None:
        user = User.objects.create_user(email, PASSWORD, name=name)
    return user


def _member(business: Business, user: User, role: str) -> None:
    Membership.objects.get_or_create(business=business, user=user, defaults={"role": role})


def _note_with_facts(customer: Customer, pieces: list[Piece], author: User, when) -> None:
    service = SERVICES[customer.pk % len(SERVICES)]
    text = f"{service}."
    spans = []
    for piece in pieces:
        start = len(text) + 1
        text = f"{text} {piece.text}"
        offset = piece.text.find(piece.evidence) if piece.evidence else -1
        span = (start + offset, start + offset + len(piece.evidence)) if offset >= 0 else None
        spans.append((piece, span))
    note = Note.objects.create(
        business_id=customer.business_id, customer=customer, text=text, author=author,
        created_at=when,
    )
    for piece, span in spans:
        for raw in piece.facts:
            data = schema.validate_fact(raw)
            Fact.objects.create(
                business_id=customer.business_id, customer=customer, kind=raw["kind"],
                about=raw.get("about") or "", data=data, note=note, author=author,
                span_start=span[0] if span else None, span_end=span[1] if span else None,
                status=Fact.CONFIRMED, sensitive=schema.is_sensitive(raw["kind"], data),
                valid_from=when.date(),
            )


def _people(rng: random.Random, count: int) -> list[tuple[str, str, str]]:
    seen: set[tuple[str, str]] = set()
    out = []
    while len(out) < count:
        first, sex = rng.choice(FIRST)
        last = rng.choice(LAST)
        if (first, last) not in seen:
            seen.add((first, last))
            out.append((first, last, sex))
    return out


def _phone(rng: random.Random, region: str) -> str:
    """Draw a valid number as a person of the region writes it."""
    while True:
        if region == "GB":
            text = f"07{rng.randint(400, 999)} {rng.randint(100000, 999999)}"
        else:
            text = f"(415) {rng.randint(200, 999)}-{rng.randint(0, 9999):04d}"
        if phonenumbers.is_valid_number(phonenumbers.parse(text, region)):
            return text


@transaction.atomic
def build_salon() -> tuple[Business, list[tuple[str, str]]]:
    salon, _ = Business.objects.get_or_create(
        slug="maple-street-salon",
        defaults={"name": "Maple Street Salon", "time_zone": "America/Los_Angeles",
                  "phone_region": "US"},
    )
    team = [("owner@maple.example", "Marisol Reyes", Membership.OWNER),
            ("sam@maple.example", "Sam Ortiz", Membership.STAFF),
            ("jo@maple.example", "Jo Lindgren", Membership.STAFF)]
    users = []
    for email, name, role in team:
        user = _user(email, name)
        _member(salon, user, role)
        users.append(user)
    logins = [(email, f"{role} at {salon.name}") for email, _, role in team]
    if Customer.objects.for_business(salon).exists():
        return salon, logins
    rng = random.Random(20261123)
    today = timezone.localdate()
    used_phones: set[str] = set()
    for i, (first, last, sex) in enumerate(_people(rng, SALON_SIZE)):
        phone = _phone(rng, "US")
        while phone in used_phones:
            phone = _phone(rng, "US")
        used_phones.add(phone)
        email = f"{first}.{last}".lower().replace("'", "").replace("í", "i") + "@example.com"
        customer = services.create_customer(
            business=salon,
            fields={
                "first_name": first, "last_name": last,
                "preferred_name": NICK.get(first, "") if rng.random() < 0.6 else "",
                "pronunciation": SAY.get(first, ""),
                "preferred_channel": rng.choice(["sms", "phone", "email", ""]),
                "best_times": rng.choice(["", "weekday mornings", "after 5pm", "weekends"]),
                "customer_since": today - datetime.timedelta(days=rng.randint(20, 3650)),
                "tags": rng.sample(["colour", "regular", "bridal", "walk-in", "vip"],
                                   rng.randint(0, 2)),
            },
            phones=[phone],
            emails=[email] if rng.random() < 0.8 else [],
            owner=users[i % len(users)],
        )
        pieces = salon_pieces(rng, "she" if sex == "F" else "he", today)
        visits = max(1, (len(pieces) + 1) // 2)
        for v in range(visits):
            when = timezone.now() - datetime.timedelta(days=rng.randint(1, 300))
            _note_with_facts(customer, pieces[v::visits], users[(i + v) % len(users)], when)
    _dana(salon, users)
    _recent_contact(salon, users, rng)
    return salon, logins


def _dana(salon: Business, users: list[User]) -> None:
    """A regular whose memory comes from the engine, waiting for staff to confirm it."""
    dana = services.create_customer(
        business=salon,
        fields={"first_name": "Dana", "last_name": "Whitfield", "preferred_name": "Dee",
                "pronunciation": "DAY-na", "preferred_channel": "sms",
                "best_times": "weekday mornings",
                "customer_since": timezone.localdate() - datetime.timedelta(days=5 * 365 + 20),
                "tags": ["colour", "regular"]},
        phones=["(415) 734-0134"], emails=["dana.whitfield@example.com"], owner=users[1],
    )
    for text, kind in [
        ("Balayage refresh. Her daughter Emma graduates from Lincoln High in June; she takes "
         "an oat latte, extra hot. Her dog Biscuit is 12 and hates the hairdryer.", "staff"),
        ("Thank you for squeezing me in! I'm off to Lisbon next month so I wanted it perfect. "
         "I'm allergic to nickel, so please no metal clips.", "customer"),
    ]:
        services.add_note(customer=dana, text=text, author=users[1], author_kind=kind)


RECENT = [
    ("call", "asked whether we stock the purple shampoo", None),
    ("voicemail", "wants to move Saturday's appointment", None),
    ("sale", "Olaplex No.3 and a round brush", "48.00"),
    ("enquiry", "bridal hair trial for a June wedding", None),
    ("visit", "cut and colour", "120.00"),
    ("message", "can we fit her daughter in for a trim?", None),
]


def _recent_contact(salon: Business, users: list[User], rng: random.Random) -> None:
    """Log the last few days at the desk, so the playbook has something to owe."""
    from regulars.visits.services import NewInteraction, log_interactions

    customers = list(Customer.objects.for_business(salon).order_by("pk")[:36])
    now = timezone.now()
    for n, customer in enumerate(customers):
        kind, summary, amount = RECENT[n % len(RECENT)]
        hours_ago = rng.randint(1, 96)
        log_interactions(business=salon, staff=users[n % len(users)], rows=[NewInteraction(
            customer_id=customer.pk, kind=kind, summary=summary,
            amount=None if amount is None else Decimal(amount),
            occurred_at=now - datetime.timedelta(hours=hours_ago),
        )])


@transaction.atomic
def build_garage() -> tuple[Business, list[tuple[str, str]]]:
    garage, _ = Business.objects.get_or_create(
        slug="northside-garage",
        defaults={"name": "Northside Garage", "time_zone": "Europe/London", "phone_region": "GB"},
    )
    owner = _user("owner@northside.example", "Gareth Price")
    _member(garage, owner, Membership.OWNER)
    # Sam works Saturdays at the garage too: the business switcher shows both.
    _member(garage, _user("sam@maple.example", "Sam Ortiz"), Membership.STAFF)
    logins = [("owner@northside.example", f"owner at {garage.name}")]
    if Customer.objects.for_business(garage).exists():
        return garage, logins
    rng = random.Random(7)
    cars = ["Golf", "Fiesta", "Corsa", "Qashqai", "Octavia", "Yaris"]
    for first, last, _sex in _people(rng, GARAGE_SIZE):
        customer = services.create_customer(
            business=garage,
            fields={"first_name": first, "last_name": last, "tags": ["mot"]},
            phones=[_phone(rng, "GB")],
            owner=owner,
        )
        Note.objects.create(
            business=garage, customer=customer, author=owner,
            text=f"{rng.choice(cars)} in for MOT and service. Wants a courtesy call before any "
            "work over £200.",
        )
    return garage, logins


def build() -> list[tuple[str, str]]:
    """Build both demo businesses (idempotently) and return the logins."""
    _, salon_logins = build_salon()
    _, garage_logins = build_garage()
    return salon_logins + garage_logins
