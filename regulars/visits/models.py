"""What happens between a customer and the business: calls, visits, sales, enquiries."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone

from regulars.businesses.models import Business
from regulars.customers.models import BusinessQuerySet, Customer, Note


class Interaction(models.Model):
    CALL = "call"
    VOICEMAIL = "voicemail"
    EMAIL = "email"
    MESSAGE = "message"
    WALK_IN = "walk_in"
    VISIT = "visit"
    SALE = "sale"
    ENQUIRY = "enquiry"
    KINDS = [
        (CALL, "Inbound call"),
        (VOICEMAIL, "Voicemail"),
        (EMAIL, "Email"),
        (MESSAGE, "Message"),
        (WALK_IN, "Walk-in enquiry"),
        (VISIT, "Visit"),
        (SALE, "Sale"),
        (ENQUIRY, "Enquiry, no purchase"),
    ]
    # Contacts the customer started and that deserve a reply.
    INBOUND = frozenset({CALL, VOICEMAIL, EMAIL, MESSAGE})
    TRANSACTIONS = frozenset({VISIT, SALE})

    business = models.ForeignKey(Business, models.CASCADE, related_name="+")
    customer = models.ForeignKey(Customer, models.CASCADE, related_name="interactions")
    kind = models.CharField(max_length=10, choices=KINDS)
    occurred_at = models.DateTimeField(default=timezone.now)
    staff = models.ForeignKey(
        settings.AUTH_USER_MODEL, models.SET_NULL, null=True, blank=True, related_name="+"
    )
    summary = models.CharField(max_length=300, blank=True)
    amount = models.DecimalField(max_digits=10, decimal_places=2, null=True, blank=True)
    items = models.JSONField(default=list, blank=True)
    note = models.ForeignKey(Note, models.SET_NULL, null=True, blank=True, related_name="+")
    external_id = models.CharField(
        max_length=100, blank=True, help_text="The id in the POS or booking system, for retries"
    )
    created_at = models.DateTimeField(default=timezone.now)

    objects = BusinessQuerySet.as_manager()

    class Meta:
        ordering = ["-occurred_at", "-id"]
        indexes = [models.Index(fields=["business", "customer", "occurred_at"])]
        constraints = [
            models.UniqueConstraint(
                fields=["business", "external_id"], condition=~models.Q(external_id=""),
                name="one_interaction_per_external_id",
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} with {self.customer}"
