"""What the business owes its customers, and the playbook rules that create it."""

from __future__ import annotations

import datetime
import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone

from regulars.businesses.models import Business, User
from regulars.customers.models import BusinessQuerySet, Customer


class CommitmentQuerySet(BusinessQuerySet):
    def open(self) -> CommitmentQuerySet:
        return self.filter(status=Commitment.OPEN)

    def due(self, until: datetime.datetime | None = None) -> CommitmentQuerySet:
        """Open commitments due by `until` (now by default), overdue ones included."""
        return self.open().filter(due_at__lte=until or timezone.now())

    def overdue(self, now: datetime.datetime | None = None) -> CommitmentQuerySet:
        return self.open().filter(due_at__lt=now or timezone.now())

    def for_owner(self, user: User) -> CommitmentQuerySet:
        return self.filter(owner=user)

    def kept_on_time(self) -> CommitmentQuerySet:
        return self.filter(status=Commitment.DONE, kept_on_time=True)


class Commitment(models.Model):
    """One thing owed to a customer: who owes it, by when, and whether it was kept."""

    PROMISE = "promise"
    CALLBACK = "callback"
    FOLLOW_UP = "follow_up"
    THANK_YOU = "thank_you"
    FEEDBACK_REQUEST = "feedback_request"
    CARD = "card"
    NEXT_VISIT = "next_visit"
    CLOSE_THE_LOOP = "close_the_loop"
    REACH_OUT = "reach_out"
    SURPRISE = "surprise"
    KINDS = [
        (PROMISE, "Promise"),
        (CALLBACK, "Callback"),
        (FOLLOW_UP, "Follow-up after a sale"),
        (THANK_YOU, "Thank-you"),
        (FEEDBACK_REQUEST, "Ask how we are doing"),
        (CARD, "Card"),
        (NEXT_VISIT, "Plan the next visit"),
        (CLOSE_THE_LOOP, "You said, we did"),
        (REACH_OUT, "Personal reach-out"),
        (SURPRISE, "Surprise and delight"),
    ]
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"
    STATUSES = [(OPEN, "Open"), (DONE, "Done"), (CANCELLED, "Cancelled")]
    SOURCES = [("hand", "By hand"), ("playbook", "Playbook"), ("api", "API")]

    business = models.ForeignKey(Business, models.CASCADE, related_name="+")
    customer = models.ForeignKey(Customer, models.CASCADE, related_name="commitments")
    kind = models.CharField(max_length=16, choices=KINDS, default=PROMISE)
    text = models.CharField(max_length=500)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, models.PROTECT, related_name="+")
    due_at = models.DateTimeField()
    status = models.CharField(max_length=10, choices=STATUSES, default=OPEN)
    done_at = models.DateTimeField(null=True, blank=True)
    done_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, models.SET_NULL, null=True, blank=True, related_name="+"
    )
    outcome = models.TextField(blank=True)
    kept_on_time = models.BooleanField(null=True, blank=True)
    flagged = models.CharField(
        max_length=300, blank=True, help_text="Why the last attempt to close it was refused"
    )
    source = models.CharField(max_length=10, choices=SOURCES, default="hand")
    rule = models.ForeignKey("Rule", models.SET_NULL, null=True, blank=True, related_name="+")
    interaction = models.ForeignKey(
        "visits.Interaction", models.SET_NULL, null=True, blank=True, related_name="commitments"
    )
    follows = models.ForeignKey(
        "self", models.SET_NULL, null=True, blank=True, related_name="followed_by",
        help_text="The commitment whose outcome promised this one",
    )
    dedupe_key = models.CharField(max_length=120, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    reminded_at = models.DateTimeField(null=True, blank=True)

    objects = CommitmentQuerySet.as_manager()

    class Meta:
        ordering = ["due_at", "id"]
        indexes = [
            models.Index(fields=["business", "owner", "status", "due_at"]),
            models.Index(fields=["business", "customer", "status"]),
            # The worker's reminder scan reads only open rows by due time.
            models.Index(
                fields=["due_at"], condition=models.Q(status="open", reminded_at__isnull=True),
                name="commitment_unreminded_due",
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["business", "dedupe_key"], condition=~models.Q(dedupe_key=""),
                name="one_commitment_per_event",
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.text}"

    @property
    def is_overdue(self) -> bool:
        return self.status == self.OPEN and self.due_at < timezone.now()


class Rule(models.Model):
    """A playbook rule: when TRIGGER happens (and CONDITIONS hold), owe KIND after DELAY."""

    CALL = "inbound_call"
    VOICEMAIL = "voicemail"
    MESSAGE = "inbound_message"
    SALE = "sale"
    ENQUIRY = "enquiry"
    VISIT = "visit"
    FIRST_TRANSACTION = "first_transaction"
    UPCOMING_EVENT = "upcoming_event"
    ANNIVERSARY = "customer_anniversary"
    LAPSE = "lapse"
    TRIGGERS = [
        (CALL, "An inbound call"),
        (VOICEMAIL, "A voicemail"),
        (MESSAGE, "An inbound email or message"),
        (SALE, "A sale"),
        (ENQUIRY, "An enquiry without a purchase"),
        (VISIT, "A visit"),
        (FIRST_TRANSACTION, "A customer's first sale or visit"),
        (UPCOMING_EVENT, "A birthday, graduation, wedding… in the memory"),
        (ANNIVERSARY, "Years as a customer (1, 5, 10…)"),
        (LAPSE, "A regular's visits lapse"),
    ]
    # Triggers the worker evaluates on the calendar rather than on an incoming event.
    TIME_BASED = frozenset({UPCOMING_EVENT, ANNIVERSARY, LAPSE})
    MINUTES = "minutes"
    HOURS = "hours"
    BUSINESS_HOURS = "business_hours"
    DAYS = "days"
    UNITS = [(MINUTES, "minutes"), (HOURS, "hours"), (BUSINESS_HOURS, "business hours"),
             (DAYS, "days")]
    CUSTOMER_OWNER = "customer_owner"
    STAFF_ON_EVENT = "staff_on_event"
    BUSINESS_OWNER = "business_owner"
    OWNER_RULES = [
        (CUSTOMER_OWNER, "The customer's point of contact"),
        (STAFF_ON_EVENT, "Whoever logged the event"),
        (BUSINESS_OWNER, "The owner of the business"),
    ]
    MAX_DELAY_DAYS = 366

    business = models.ForeignKey(Business, models.CASCADE, related_name="rules")
    name = models.CharField(max_length=120)
    trigger = models.CharField(max_length=24, choices=TRIGGERS)
    conditions = models.JSONField(default=dict, blank=True)
    delay = models.IntegerField(
        default=0, help_text="After the event; for upcoming events, days BEFORE the date"
    )
    delay_unit = models.CharField(max_length=16, choices=UNITS, default=DAYS)
    commitment_kind = models.CharField(max_length=16, choices=Commitment.KINDS)
    owner_rule = models.CharField(max_length=16, choices=OWNER_RULES, default=CUSTOMER_OWNER)
    template = models.CharField(
        max_length=300,
        help_text="What is owed; {name} is the customer's name, {what} the event",
    )
    active = models.BooleanField(default=True)
    created_at = models.DateTimeField(default=timezone.now)

    objects = BusinessQuerySet.as_manager()

    class Meta:
        ordering = ["trigger", "id"]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        limits = {self.MINUTES: 60 * 24, self.HOURS: 24, self.BUSINESS_HOURS: 8, self.DAYS: 1}
        if self.delay < 0:
            raise ValidationError({"delay": "A delay cannot be negative."})
        if self.delay > self.MAX_DELAY_DAYS * limits.get(self.delay_unit, 1):
            raise ValidationError({"delay": f"A delay is at most {self.MAX_DELAY_DAYS} days."})
        try:
            self.template.format(name="Dana", what="graduation")
        except (KeyError, IndexError, ValueError) as e:
            raise ValidationError(
                {"template": f"Use only {{name}} and {{what}} in the template ({e})."}
            ) from e
        _check_conditions(self.trigger, self.conditions)


CONDITION_KEYS = {
    Rule.UPCOMING_EVENT: {"event_types"},
    Rule.ANNIVERSARY: {"years"},
    Rule.LAPSE: {"factor", "min_visits"},
    Rule.SALE: {"min_amount"},
}


def _check_conditions(trigger: str, conditions: object) -> None:
    if not isinstance(conditions, dict):
        raise ValidationError({"conditions": "Conditions are a JSON object."})
    allowed = CONDITION_KEYS.get(trigger, set())
    unknown = set(conditions) - allowed
    if unknown:
        raise ValidationError({"conditions": (
            f"Unknown condition(s) for {trigger}: {', '.join(sorted(unknown))}; "
            f"allowed: {', '.join(sorted(allowed)) or 'none'}."
        )})
    if trigger == Rule.LAPSE and float(conditions.get("factor", 1.5)) < 1.0:
        raise ValidationError({"conditions": "A lapse factor below 1 would fire on every visit."})


class CalendarFeed(models.Model):
    """The secret address of one person's subscribable calendar of open commitments."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, models.CASCADE, related_name="feed")
    secret = models.CharField(max_length=64, unique=True, default=secrets.token_urlsafe)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"calendar of {self.user}"


class DailyRun(models.Model):
    """The last day (in the business's time zone) a daily job ran for a business.

    Claimed with a conditional UPDATE inside the job's transaction, so the job runs once
    a day however many workers there are, and a crash mid-run lets the next tick redo it.
    """

    business = models.ForeignKey(Business, models.CASCADE, related_name="+")
    job = models.CharField(max_length=40)
    last_day = models.DateField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["business", "job"], name="one_daily_run_per_job")
        ]

    def __str__(self) -> str:
        return f"{self.job} for business {self.business_id}: {self.last_day}"

    @classmethod
    def claim(cls, *, business: Business, job: str, day: datetime.date) -> bool:
        """Say whether this caller runs `job` for `day` (False: it already ran that day)."""
        row, created = cls.objects.get_or_create(
            business=business, job=job, defaults={"last_day": day}
        )
        if created:
            return True
        return bool(cls.objects.filter(pk=row.pk, last_day__lt=day).update(last_day=day))
