"""Writes that span several rows: customers with their contacts, notes, facts."""

from __future__ import annotations

import datetime
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from regulars.businesses.models import Business, User
from regulars.customers.contact import normalize_email, normalize_phone
from regulars.customers.models import ContactPoint, Customer, Fact, Note
from regulars.customers.remember import remember
from regulars.memory import schema

CUSTOMER_FIELDS = (
    "first_name", "last_name", "preferred_name", "pronunciation", "preferred_channel",
    "best_times", "customer_since", "tags",
)
MAX_TAGS = 20
MAX_TAG_CHARS = 40
MAX_CONTACTS = 10


def clean_contacts(
    business: Business, phones: list[str] | None, emails: list[str] | None
) -> list[tuple[str, str]]:
    """Normalise phones and emails; collect every bad one into one ValidationError."""
    out: list[tuple[str, str]] = []
    errors: dict[str, list[str]] = {}
    for kind, raw_values, clean in (
        (ContactPoint.PHONE, phones or [], lambda v: normalize_phone(v, business.phone_region)),
        (ContactPoint.EMAIL, emails or [], normalize_email),
    ):
        if len(raw_values) > MAX_CONTACTS:
            errors.setdefault(f"{kind}s", []).append(f"At most {MAX_CONTACTS} {kind}s.")
            continue
        for raw in raw_values:
            try:
                value = clean(raw)
            except ValidationError as e:
                msg = e.messages[0] if kind == ContactPoint.PHONE else f"{raw!r} is not an email."
                errors.setdefault(f"{kind}s", []).append(msg)
                continue
            if (kind, value) not in out:
                out.append((kind, value))
    if errors:
        raise ValidationError(errors)
    return out


def clean_tags(tags: list[str] | None) -> list[str]:
    out: list[str] = []
    for tag in tags or []:
        tag = " ".join(str(tag).split()).lower()
        if not tag:
            continue
        if len(tag) > MAX_TAG_CHARS:
            raise ValidationError({"tags": [f"A tag is at most {MAX_TAG_CHARS} characters."]})
        if tag not in out:
            out.append(tag)
    if len(out) > MAX_TAGS:
        raise ValidationError({"tags": [f"At most {MAX_TAGS} tags."]})
    return out


def clean_owner(business: Business, owner: User | int | None) -> User | None:
    if owner is None:
        return None
    owner_id = owner.pk if isinstance(owner, User) else owner
    found = business.staff().filter(pk=owner_id).first()
    if found is None:
        raise ValidationError({"owner": ["The owner must be a member of this business."]})
    return found


def _apply(customer: Customer, fields: dict[str, Any]) -> None:
    for name in CUSTOMER_FIELDS:
        if name in fields:
            value = fields[name]
            if name == "tags":
                value = clean_tags(value)
            elif isinstance(value, str):
                value = value.strip()
            elif value is None and name != "customer_since":
                value = ""
            setattr(customer, name, value)
    customer.full_clean(exclude=["business", "owner", "tags"])


@transaction.atomic
def create_customer(
    *,
    business: Business,
    fields: dict[str, Any],
    phones: list[str] | None = None,
    emails: list[str] | None = None,
    owner: User | int | None = None,
) -> Customer:
    """Create a customer with normalised contacts and name keys, or raise and write nothing."""
    contacts = clean_contacts(business, phones, emails)
    customer = Customer(business=business, owner=clean_owner(business, owner))
    _apply(customer, fields)
    if customer.customer_since is None:
        customer.customer_since = timezone.localdate()
    customer.save()
    _replace_contacts(customer, contacts)
    customer.refresh_name_keys()
    return customer


@transaction.atomic
def update_customer(
    *,
    customer: Customer,
    fields: dict[str, Any],
    phones: list[str] | None = None,
    emails: list[str] | None = None,
    owner: User | int | None = ...,  # type: ignore[assignment]
) -> Customer:
    """Change the given fields; `None` phones/emails leave those contacts as they are."""
    business = customer.business
    contacts = clean_contacts(business, phones, emails)
    if owner is not ...:
        customer.owner = clean_owner(business, owner)
    _apply(customer, fields)
    customer.save()
    if phones is not None or emails is not None:
        keep = {ContactPoint.PHONE: phones is None, ContactPoint.EMAIL: emails is None}
        kept = [(c.kind, c.value) for c in customer.contacts.all() if keep[c.kind]]
        _replace_contacts(customer, kept + contacts)
    customer.refresh_name_keys()
    return customer


def _replace_contacts(customer: Customer, contacts: list[tuple[str, str]]) -> None:
    customer.contacts.all().delete()
    for kind, value in contacts:
        ContactPoint(
            business_id=customer.business_id, customer=customer, kind=kind, value=value
        ).save()


def clean_note_text(text: str) -> str:
    if not isinstance(text, str) or not text.strip():
        raise ValidationError({"text": ["A note needs some text."]})
    if "\x00" in text:
        raise ValidationError({"text": ["A note cannot contain NUL characters."]})
    limit = settings.NOTE_MAX_CHARS
    if len(text) > limit:
        raise ValidationError({"text": [f"A note is at most {limit} characters ({len(text)})."]})
    return text.strip()


@transaction.atomic
def add_note(
    *,
    customer: Customer,
    text: str,
    author: User | None,
    author_kind: str = Note.STAFF,
    source: str = "desk",
) -> Note:
    """Save a note on the customer's timeline and remember what it says."""
    if author_kind not in (Note.STAFF, Note.CUSTOMER):
        raise ValidationError({"author_kind": ["author_kind must be staff or customer."]})
    note = Note.objects.create(
        business_id=customer.business_id,
        customer=customer,
        text=clean_note_text(text),
        author=author,
        author_kind=author_kind,
        source=source,
    )
    note.business = customer.business
    note.customer = customer
    remember([note])
    return note


def clean_fact(kind: str, about: str | None, fields: dict[str, Any]) -> tuple[str, dict]:
    about = (about or "").strip()
    if len(about) > 100:
        raise ValidationError({"about": ["'about' is at most 100 characters."]})
    try:
        data = schema.validate_fact({"kind": kind, **fields})
    except schema.FactError as e:
        raise ValidationError({"fields": [str(e)]}) from e
    return about, data


def add_fact(
    *,
    customer: Customer,
    kind: str,
    fields: dict[str, Any],
    about: str | None = None,
    author: User | None = None,
    status: str = Fact.CONFIRMED,
    valid_from: datetime.date | None = None,
) -> Fact:
    """Remember one thing about the customer, typed by hand."""
    about, data = clean_fact(kind, about, fields)
    if status not in (Fact.SUGGESTED, Fact.CONFIRMED):
        raise ValidationError({"status": ["A new fact is suggested or confirmed."]})
    return Fact.objects.create(
        business_id=customer.business_id,
        customer=customer,
        kind=kind,
        about=about,
        data=data,
        author=author,
        status=status,
        sensitive=schema.is_sensitive(kind, data),
        valid_from=valid_from or timezone.localdate(),
    )


def edit_fact(
    *, fact: Fact, fields: dict[str, Any] | None = None, about: str | None = None,
    status: str | None = None,
) -> Fact:
    """Correct a fact's fields or about, or change its status; a correction confirms it."""
    if fields is not None or about is not None:
        merged = {**fact.data, **(fields or {})}
        fact.about, fact.data = clean_fact(
            fact.kind, fact.about if about is None else about, merged
        )
        fact.sensitive = schema.is_sensitive(fact.kind, fact.data)
        fact.status = Fact.CONFIRMED
    if status is not None:
        if status not in dict(Fact.STATUSES):
            raise ValidationError({"status": ["status must be suggested, confirmed or retired."]})
        fact.status = status
        if status == Fact.RETIRED and fact.valid_until is None:
            fact.valid_until = timezone.localdate()
        elif status != Fact.RETIRED:
            fact.valid_until = None
    fact.save()
    return fact
