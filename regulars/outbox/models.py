"""Messages waiting to go out, written inside the transaction that caused them.

The worker sends a message only after that transaction committed (it cannot see the
row before), so a rolled-back change never sends mail and a committed one always does.
"""

from __future__ import annotations

import datetime
import email.utils
from urllib.parse import urlparse

from django.conf import settings
from django.db import connection, models, transaction
from django.utils import timezone

from regulars.businesses.models import Business
from regulars.customers.models import BusinessQuerySet, Customer

MAX_ATTEMPTS = 10
BACKOFF_BASE = datetime.timedelta(minutes=1)
BACKOFF_CAP = datetime.timedelta(hours=6)


def new_message_id() -> str:
    """Make a globally unique RFC 5322 Message-ID, fixed for the message's whole life."""
    domain = urlparse(settings.SITE_URL).hostname or "regulars.localhost"
    return email.utils.make_msgid(idstring="regulars", domain=domain)


def backoff(attempts: int) -> datetime.timedelta:
    """Wait 1 min, 2, 4… after each failed attempt, at most 6 hours.

    >>> backoff(1), backoff(3)
    (datetime.timedelta(seconds=60), datetime.timedelta(seconds=240))
    """
    return min(BACKOFF_BASE * 2 ** max(attempts - 1, 0), BACKOFF_CAP)


class MessageQuerySet(BusinessQuerySet):
    def for_customer(self, customer: Customer) -> MessageQuerySet:
        """The customer's messages, newest first, for their timeline."""
        return self.filter(business_id=customer.business_id, customer=customer).order_by(
            "-created_at", "-id"
        )

    def due(self, now: datetime.datetime | None = None) -> MessageQuerySet:
        """Messages to (re)try now: waiting ones, and ones whose sender's lease ran out.

        A claimed message is `sending` with `next_attempt_at` at the end of the lease, so
        one indexed range covers both cases.
        """
        return self.filter(status__in=Message.PENDING, next_attempt_at__lte=now or timezone.now())

    def claim_next(
        self, *, worker: str, lease: datetime.timedelta, now: datetime.datetime | None = None
    ) -> Message | None:
        """Take the next due message for `worker` until the lease ends; None when none is due.

        The claim is a conditional UPDATE and its row count says whether we got the row or
        another worker got there first. On PostgreSQL the candidate is picked with
        SKIP LOCKED so workers do not queue up behind one another.
        """
        now = now or timezone.now()
        for _ in range(5):
            with transaction.atomic():
                candidates = self.due(now).order_by("next_attempt_at", "id")
                if connection.vendor == "postgresql":
                    candidates = candidates.select_for_update(skip_locked=True)
                pk = candidates.values_list("pk", flat=True).first()
                if pk is None:
                    return None
                until = now + lease
                claimed = self.due(now).filter(pk=pk).update(
                    status=Message.SENDING, claimed_by=worker[:100], claimed_until=until,
                    next_attempt_at=until, attempts=models.F("attempts") + 1,
                )
            if claimed:
                return self.select_related("business").get(pk=pk)
        return None


class Message(models.Model):
    """One email to send: to whom, what, when, and how delivery went."""

    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    RETRYING = "retrying"
    FAILED = "failed"
    STATUSES = [(QUEUED, "Queued"), (SENDING, "Sending"), (SENT, "Sent"),
                (RETRYING, "Retrying"), (FAILED, "Failed")]
    PENDING = (QUEUED, RETRYING, SENDING)
    EMAIL = "email"
    CHANNELS = [(EMAIL, "Email")]

    business = models.ForeignKey(Business, models.CASCADE, related_name="+")
    customer = models.ForeignKey(
        Customer, models.CASCADE, null=True, blank=True, related_name="outbox_messages",
        help_text="Whose timeline shows it (the customer it is to or about)",
    )
    commitment = models.ForeignKey(
        "commitments.Commitment", models.SET_NULL, null=True, blank=True, related_name="+"
    )
    channel = models.CharField(max_length=10, choices=CHANNELS, default=EMAIL)
    to = models.EmailField()
    subject = models.CharField(max_length=200)
    body = models.TextField()
    send_after = models.DateTimeField(default=timezone.now)
    status = models.CharField(max_length=10, choices=STATUSES, default=QUEUED)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.CharField(max_length=500, blank=True)
    next_attempt_at = models.DateTimeField(default=timezone.now)
    claimed_by = models.CharField(max_length=100, blank=True)
    claimed_until = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    message_id = models.CharField(max_length=255, unique=True, default=new_message_id)
    created_at = models.DateTimeField(default=timezone.now)

    objects = MessageQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            # The worker's claim: status IN (pending) AND next_attempt_at <= now.
            models.Index(fields=["status", "next_attempt_at"], name="outbox_due"),
            models.Index(fields=["business", "customer", "created_at"], name="outbox_timeline"),
        ]

    def __str__(self) -> str:
        return f"{self.subject} → {self.to} ({self.status})"

    def mark_sent(self, *, worker: str, now: datetime.datetime | None = None) -> bool:
        """Record delivery; False if our lease had ended and another worker took it over."""
        done = Message.objects.filter(pk=self.pk, claimed_by=worker, status=self.SENDING).update(
            status=self.SENT, sent_at=now or timezone.now(), claimed_until=None, last_error="",
        )
        if not done:
            # Delivered anyway: record it, so the row does not stay pending.
            Message.objects.filter(pk=self.pk).exclude(status=self.SENT).update(
                status=self.SENT, sent_at=now or timezone.now(), claimed_until=None
            )
        return bool(done)

    def mark_failed(
        self, *, worker: str, reason: str, permanent: bool = False,
        now: datetime.datetime | None = None,
    ) -> str:
        """Record a failed attempt: retry later with backoff, or give up after MAX_ATTEMPTS."""
        now = now or timezone.now()
        attempts = Message.objects.filter(pk=self.pk).values_list("attempts", flat=True).first()
        attempts = attempts or self.attempts
        give_up = permanent or attempts >= MAX_ATTEMPTS
        status = self.FAILED if give_up else self.RETRYING
        Message.objects.filter(pk=self.pk, claimed_by=worker, status=self.SENDING).update(
            status=status, last_error=reason[:500], claimed_until=None,
            next_attempt_at=now if give_up else now + backoff(attempts),
        )
        return status

    def retry_now(self) -> None:
        """Put a failed message back in the queue (after fixing what made it fail)."""
        Message.objects.filter(pk=self.pk, status=self.FAILED).update(
            status=self.RETRYING, attempts=0, next_attempt_at=timezone.now()
        )

    @property
    def is_scheduled(self) -> bool:
        return self.status == self.QUEUED and self.send_after > timezone.now()

    @property
    def state_text(self) -> str:
        """Say where delivery stands, in words for the timeline."""
        when = "%d %b %Y, %H:%M"
        match self.status:
            case self.SENT:
                return f"sent {timezone.localtime(self.sent_at).strftime(when)}"
            case self.FAILED:
                return f"failed after {self.attempts} attempt(s): {self.last_error}"
            case self.RETRYING:
                nxt = timezone.localtime(self.next_attempt_at).strftime(when)
                return f"retrying (attempt {self.attempts} failed: {self.last_error}); next {nxt}"
            case self.SENDING:
                return "sending"
            case _:
                if self.send_after > timezone.now():
                    return f"scheduled for {timezone.localtime(self.send_after).strftime(when)}"
                return "queued"
