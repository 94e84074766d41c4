"""Customers as people: how to reach them, what staff wrote, and what we remember."""

from __future__ import annotations

import datetime
from typing import Any

from django.conf import settings
from django.db import models
from django.utils import timezone

from regulars.businesses.models import Business
from regulars.customers import names
from regulars.customers.contact import phone_tail
from regulars.memory import schema


class BusinessQuerySet(models.QuerySet):
    """Every business-owned row is reached through `for_business`."""

    def for_business(self, business: Business | int) -> BusinessQuerySet:
        return self.filter(business=business)


class CustomerQuerySet(BusinessQuerySet):
    def search(self, text: str) -> CustomerQuerySet:
        """Filter by name, email or phone fragments typed into a list's search box."""
        text = text.strip()
        if not text:
            return self
        q = models.Q()
        for word in text.split()[:5]:
            q &= (
                models.Q(first_name__icontains=word)
                | models.Q(last_name__icontains=word)
                | models.Q(preferred_name__icontains=word)
                | models.Q(contacts__value__icontains=word.lower())
            )
        return self.filter(q).distinct()


class Customer(models.Model):
    CHANNELS = [
        ("", "No preference"),
        ("phone", "Phone call"),
        ("sms", "Text message"),
        ("email", "Email"),
        ("whatsapp", "WhatsApp"),
        ("in_person", "In person"),
        ("post", "Post"),
    ]

    business = models.ForeignKey(Business, models.CASCADE, related_name="customers")
    first_name = models.CharField(max_length=80)
    last_name = models.CharField(max_length=80, blank=True)
    preferred_name = models.CharField(
        max_length=80, blank=True, help_text="What they like to be called."
    )
    pronunciation = models.CharField(
        max_length=120, blank=True, help_text="How to say the name, e.g. 'SHIV-awn'."
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, models.SET_NULL, null=True, blank=True,
        related_name="owned_customers", help_text="The one person on staff they deal with.",
    )
    preferred_channel = models.CharField(max_length=12, choices=CHANNELS, blank=True)
    best_times = models.CharField(
        max_length=200, blank=True, help_text="e.g. 'weekday mornings, never after 6pm'"
    )
    customer_since = models.DateField(null=True, blank=True)
    tags = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    objects = CustomerQuerySet.as_manager()

    class Meta:
        indexes = [
            models.Index(fields=["business", "last_name", "first_name"]),
            # The worker's daily scan for customer-since anniversaries.
            models.Index(fields=["business", "customer_since"], name="customer_since"),
        ]

    def __str__(self) -> str:
        return self.full_name

    def get_absolute_url(self) -> str:
        return f"/customers/{self.pk}/"

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def greeting_name(self) -> str:
        """The name to say out loud."""
        return self.preferred_name or self.first_name

    def phones(self) -> list[ContactPoint]:
        return [c for c in self.contacts.all() if c.kind == ContactPoint.PHONE]

    def emails(self) -> list[ContactPoint]:
        return [c for c in self.contacts.all() if c.kind == ContactPoint.EMAIL]

    def refresh_name_keys(self) -> None:
        """Rewrite the keys that let a misspelt name find this customer."""
        NameKey.objects.filter(customer=self).delete()
        NameKey.objects.bulk_create(
            NameKey(business_id=self.business_id, customer=self, key=key)
            for key in sorted(names.keys_for_customer(
                self.first_name, self.last_name, self.preferred_name
            ))
        )


class ContactPoint(models.Model):
    PHONE = "phone"
    EMAIL = "email"
    KINDS = [(PHONE, "Phone"), (EMAIL, "Email")]

    business = models.ForeignKey(Business, models.CASCADE, related_name="+")
    customer = models.ForeignKey(Customer, models.CASCADE, related_name="contacts")
    kind = models.CharField(max_length=5, choices=KINDS)
    value = models.CharField(max_length=254, help_text="E.164 phone or lower-case email")
    tail = models.CharField(max_length=7, blank=True, help_text="Last digits of a phone")
    label = models.CharField(max_length=40, blank=True, help_text="mobile, work, home…")

    objects = BusinessQuerySet.as_manager()

    class Meta:
        indexes = [
            models.Index(fields=["business", "value"], name="contact_business_value"),
            models.Index(fields=["business", "tail"], name="contact_business_tail"),
        ]
        constraints = [
            models.UniqueConstraint(fields=["customer", "kind", "value"], name="one_contact_value")
        ]

    def __str__(self) -> str:
        return self.value

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.tail = phone_tail(self.value) if self.kind == self.PHONE else ""
        super().save(*args, **kwargs)


class NameKey(models.Model):
    """One spelling-tolerant key of a customer's name (see customers.names)."""

    business = models.ForeignKey(Business, models.CASCADE, related_name="+")
    customer = models.ForeignKey(Customer, models.CASCADE, related_name="name_keys")
    key = models.CharField(max_length=24)

    class Meta:
        # Covering: a name lookup counts customers per key from the index alone.
        indexes = [
            models.Index(fields=["business", "key", "customer"], name="namekey_business_key_cust")
        ]

    def __str__(self) -> str:
        return self.key


class Note(models.Model):
    STAFF = "staff"
    CUSTOMER = "customer"
    AUTHOR_KINDS = [(STAFF, "Staff note"), (CUSTOMER, "Customer's own words")]

    business = models.ForeignKey(Business, models.CASCADE, related_name="+")
    customer = models.ForeignKey(Customer, models.CASCADE, related_name="notes")
    text = models.TextField()
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, models.SET_NULL, null=True, blank=True, related_name="+"
    )
    author_kind = models.CharField(max_length=8, choices=AUTHOR_KINDS, default=STAFF)
    source = models.CharField(max_length=20, default="desk", help_text="desk, api, email, survey…")
    created_at = models.DateTimeField(default=timezone.now)
    memory_version = models.PositiveSmallIntegerField(
        default=0, help_text="Version of the memory engine that last read this note; 0: unread"
    )

    objects = BusinessQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["business", "customer", "created_at"])]

    def __str__(self) -> str:
        return self.text[:60]


class FactQuerySet(BusinessQuerySet):
    def current(self) -> FactQuerySet:
        """Facts not retired and not superseded."""
        return self.exclude(status=Fact.RETIRED).filter(valid_until__isnull=True)


class Fact(models.Model):
    """One thing we remember about a customer, with where it came from."""

    SUGGESTED = "suggested"
    CONFIRMED = "confirmed"
    RETIRED = "retired"
    STATUSES = [(SUGGESTED, "Suggested"), (CONFIRMED, "Confirmed"), (RETIRED, "Retired")]
    KINDS = [(k, k.replace("_", " ").capitalize()) for k in schema.KINDS]

    business = models.ForeignKey(Business, models.CASCADE, related_name="+")
    customer = models.ForeignKey(Customer, models.CASCADE, related_name="facts")
    kind = models.CharField(max_length=12, choices=KINDS)
    about = models.CharField(max_length=100, blank=True, help_text="Empty: the customer")
    data = models.JSONField(default=dict)
    note = models.ForeignKey(Note, models.SET_NULL, null=True, blank=True, related_name="facts")
    span_start = models.PositiveIntegerField(null=True, blank=True)
    span_end = models.PositiveIntegerField(null=True, blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, models.SET_NULL, null=True, blank=True, related_name="+"
    )
    confidence = models.FloatField(default=1.0)
    status = models.CharField(max_length=10, choices=STATUSES, default=CONFIRMED)
    sensitive = models.BooleanField(default=False)
    valid_from = models.DateField(default=datetime.date.today)
    valid_until = models.DateField(null=True, blank=True)
    superseded_by = models.ForeignKey(
        "self", models.SET_NULL, null=True, blank=True, related_name="supersedes"
    )
    origin = models.CharField(
        max_length=80, blank=True,
        help_text="Which note words the engine read it from, so a correction is never undone",
    )
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    objects = FactQuerySet.as_manager()

    class Meta:
        ordering = ["kind", "id"]
        indexes = [
            models.Index(fields=["business", "customer", "status"]),
            models.Index(fields=["business", "origin"], name="fact_business_origin"),
            models.Index(fields=["business", "note"], name="fact_business_note"),
            # The worker's daily scan for upcoming events reads only current facts.
            models.Index(
                fields=["business", "kind"], condition=models.Q(valid_until__isnull=True),
                name="fact_current_kind",
            ),
        ]

    def __str__(self) -> str:
        return self.summary

    @property
    def summary(self) -> str:
        """Say the fact in a few words, as staff would."""
        d = self.data
        about = f"{self.about}: " if self.about else ""
        match self.kind:
            case "person":
                rel = d.get("relation", "")
                return f"{about}{rel} {d['name']}" if d.get("name") else f"{about}{rel}"
            case "pet":
                name = d.get("name") or "unnamed"
                dead = " (died)" if d.get("status") == "deceased" else ""
                return f"{about}{d.get('species', 'pet')} {name}{dead}"
            case "preference":
                verb = "likes" if d.get("polarity") == "like" else "doesn't like"
                return f"{about}{verb} {d.get('value')} ({d.get('topic')})"
            case "occupation":
                at = f" at {d['employer']}" if d.get("employer") else ""
                return f"{about}{d.get('value')}{at}"
            case "place":
                verb = "lives in" if d.get("relation") == "lives_in" else "from"
                return f"{about}{verb} {d.get('value')}"
            case "trip":
                when = f" ({schema.say_when(d['when'])})" if d.get("when") else ""
                return f"{about}trip to {d.get('destination')}{when}"
            case "event":
                when = f" ({schema.say_when(d['when'])})" if d.get("when") else ""
                return f"{about}{d.get('type', '').replace('_', ' ')}{when}"
            case _:
                return f"{about}{d.get('value', '')}"

    @property
    def evidence(self) -> str:
        if self.note_id and self.span_start is not None and self.span_end is not None:
            return self.note.text[self.span_start : self.span_end]
        return ""

    @property
    def is_current(self) -> bool:
        return self.status != self.RETIRED and self.valid_until is None
