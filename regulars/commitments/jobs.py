"""The worker's steps; each does one unit of work and returns whether it did anything.

`regulars worker` calls them in a loop; tests call them directly.
"""

from __future__ import annotations

import datetime
import logging
import os
import smtplib
import socket
import ssl
import statistics
import uuid

from django.conf import settings
from django.core import mail
from django.db import connection, transaction
from django.utils import timezone

from regulars.businesses.models import Business
from regulars.commitments import playbooks
from regulars.commitments.models import Commitment, DailyRun, Rule
from regulars.customers.models import Customer, Fact
from regulars.memory import schema
from regulars.outbox.models import Message
from regulars.outbox.services import build_email
from regulars.visits.models import Interaction

log = logging.getLogger("regulars.worker")

LEASE = datetime.timedelta(minutes=5)
SMTP_TIMEOUT = 30  # seconds; well inside the lease, so a hung server cannot outlive it
REMINDER_BATCH = 250  # per transaction: on SQLite it holds the write lock, so keep it short
LOOKAHEAD_DAYS = 3  # fire time-based cards a few days before they fall due
LAPSE_GRACE = datetime.timedelta(days=14)  # older lapses are history, not news
RECENT_VISITS = 12  # a regular's cadence is their recent visits, not their first year
TIME_TRIGGERS = "time_triggers"


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


# -- Outbox -----------------------------------------------------------------------------

def explain(exc: BaseException) -> tuple[str, bool]:
    """Say in words why sending failed, and whether retrying is pointless."""
    server = f"the SMTP server at {settings.EMAIL_HOST}:{settings.EMAIL_PORT}"
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _ in exc.recipients.values()]
        text = "; ".join(f"{to}: {code} {msg!r}" for to, (code, msg) in exc.recipients.items())
        return f"{server} refused the recipient ({text})", all(c >= 500 for c in codes)
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return (f"{server} refused the login ({exc.smtp_code}); check EMAIL_HOST_USER and "
                "EMAIL_HOST_PASSWORD"), False
    if isinstance(exc, smtplib.SMTPResponseException):
        return f"{server} answered {exc.smtp_code} {exc.smtp_error!r}", False
    if isinstance(exc, ConnectionRefusedError):
        return f"could not connect to {server}: connection refused; check EMAIL_HOST and " \
               "EMAIL_PORT", False
    if isinstance(exc, socket.gaierror):
        return f"unknown SMTP host {settings.EMAIL_HOST!r} ({exc}); check EMAIL_HOST", False
    if isinstance(exc, TimeoutError | socket.timeout):
        return f"{server} did not answer within {SMTP_TIMEOUT}s", False
    if isinstance(exc, ssl.SSLError):
        return f"TLS with {server} failed ({exc}); check EMAIL_USE_TLS and EMAIL_PORT", False
    if isinstance(exc, smtplib.SMTPException | OSError):
        return f"sending through {server} failed: {type(exc).__name__}: {exc}", False
    return f"{type(exc).__name__}: {exc}", False


def send(message: Message) -> None:
    """Hand one message to Django's email backend, under its fixed Message-ID."""
    email = mail.EmailMessage(
        subject=message.subject, body=message.body, from_email=settings.DEFAULT_FROM_EMAIL,
        to=[message.to], headers={"Message-ID": message.message_id},
        connection=mail.get_connection(timeout=SMTP_TIMEOUT),
    )
    email.send()


def handle_one_outbox_message(
    *, worker: str | None = None, lease: datetime.timedelta = LEASE
) -> bool:
    """Claim the next due message, send it and record the outcome; False if none was due."""
    worker = worker or worker_name()
    message = Message.objects.claim_next(worker=worker, lease=lease)
    if message is None:
        return False
    try:
        send(message)
    except Exception as e:  # any failure is recorded on the row; the loop goes on
        reason, permanent = explain(e)
        status = message.mark_failed(worker=worker, reason=reason, permanent=permanent)
        log.warning("message %s to %s: attempt %d %s: %s", message.pk, message.to,
                    message.attempts, status, reason)
        return True
    if not message.mark_sent(worker=worker):
        log.warning("message %s was sent after its lease ended; another worker may resend it",
                    message.pk)
    log.info("message %s sent to %s", message.pk, message.to)
    return True


# -- Reminders --------------------------------------------------------------------------

def reminder_for(commitment: Commitment) -> Message:
    business = commitment.business
    due = timezone.localtime(commitment.due_at, business.tz)
    customer = commitment.customer
    body = (
        f"{commitment.owner.short_name},\n\n"
        f"This is due {due:%A %-d %B, %H:%M} at {business.name}:\n\n"
        f"  {commitment.get_kind_display()}: {commitment.text}\n"
        f"  for {customer.full_name}\n"
        f"  {settings.SITE_URL}{customer.get_absolute_url()}\n\n"
        "— Regulars\n"
    )
    return build_email(
        business=business, to=commitment.owner.email, subject=f"Due: {commitment.text}",
        body=body, customer=customer, commitment_id=commitment.pk,
    )


def handle_due_reminders(
    *, now: datetime.datetime | None = None, batch: int = REMINDER_BATCH
) -> bool:
    """Queue a reminder to each owner of a commitment that fell due and was not reminded.

    The scan reads the partial index `commitment_unreminded_due`, so it costs what is
    due, not what is stored. Marking and queueing happen in one transaction: a crash
    leaves both undone, and the next tick tries again.
    """
    now = now or timezone.now()
    with transaction.atomic():
        due = Commitment.objects.due(now).filter(reminded_at__isnull=True).order_by("due_at")
        if connection.vendor == "postgresql":
            due = due.select_for_update(skip_locked=True, of=("self",))
        rows = list(due.select_related("business", "customer", "owner")[:batch])
        if not rows:
            return False
        marked = Commitment.objects.filter(
            pk__in=[c.pk for c in rows], reminded_at__isnull=True
        ).update(reminded_at=now)
        if marked != len(rows):  # another worker reminded some meanwhile; redo next tick
            transaction.set_rollback(True)
            return False
        Message.objects.bulk_create([reminder_for(c) for c in rows], batch_size=500)
    log.info("queued %d reminder(s)", len(rows))
    return True


# -- Time-based playbook triggers -------------------------------------------------------

def same_day_in(year: int, day: datetime.date) -> datetime.date:
    """Move a date to another year; 29 February becomes the 28th in common years."""
    try:
        return day.replace(year=year)
    except ValueError:
        return day.replace(year=year, day=28)


def next_occurrence(when: str | None, today: datetime.date) -> datetime.date | None:
    """Resolve an event's `when` to the day it next falls on, if it names a day.

    >>> next_occurrence("--03-14", datetime.date(2026, 3, 20))
    datetime.date(2027, 3, 14)
    >>> next_occurrence("2026-06", datetime.date(2026, 3, 20)) is None
    True
    """
    if not when:
        return None
    if when.startswith("--"):
        try:
            month, day = int(when[2:4]), int(when[5:7])
            first = same_day_in(today.year, datetime.date(2000, month, day))
        except ValueError:
            return None
        return first if first >= today else same_day_in(today.year + 1, first)
    if len(when) == 10:
        try:
            return datetime.date.fromisoformat(when)
        except ValueError:
            return None
    return None  # a month only: no day to aim a card at


def describe_event(fact: Fact, day: datetime.date) -> str:
    about = fact.about.strip()
    if not about:
        whose = "their "
    elif about.lower() in schema.RELATIONS:
        whose = f"their {about}'s "
    else:
        whose = f"{about}'s "
    return f"{whose}{fact.data.get('type', 'event').replace('_', ' ')} on {day:%-d %B}"


def upcoming_events(
    business: Business, rules: list[Rule], today: datetime.date, now: datetime.datetime
) -> list[playbooks.Event]:
    types = sorted({t for r in rules for t in (r.conditions or {}).get("event_types", [])})
    if not rules or not types:
        return []
    horizon = today + datetime.timedelta(days=max(r.delay for r in rules) + LOOKAHEAD_DAYS)
    facts = (
        Fact.objects.for_business(business).current()
        .filter(kind="event", data__status="upcoming", data__type__in=types)
        .select_related("customer__owner")
    )
    events = []
    for fact in facts:
        day = next_occurrence(fact.data.get("when"), today)
        if day is None or not today <= day <= horizon:
            continue
        events.append(playbooks.Event(
            trigger=Rule.UPCOMING_EVENT, customer=fact.customer, at=now,
            key=f"ev{fact.pk}:{day.year}", what=describe_event(fact, day), on=day,
            event_type=fact.data.get("type"),
        ))
    return events


def anniversaries(
    business: Business, rules: list[Rule], today: datetime.date
) -> list[playbooks.Event]:
    years = sorted({int(y) for r in rules for y in (r.conditions or {}).get("years", [])})
    if not rules or not years:
        return []
    horizon = today + datetime.timedelta(days=LOOKAHEAD_DAYS)
    customers = []
    for y in years:  # one indexed range per anniversary year
        customers += Customer.objects.for_business(business).filter(customer_since__range=(
            same_day_in(today.year - y, today), same_day_in(horizon.year - y, horizon)
        )).select_related("owner")
    events = []
    for customer in customers:
        for y in years:
            day = same_day_in(customer.customer_since.year + y, customer.customer_since)
            if today <= day <= horizon:
                at = datetime.datetime.combine(day, datetime.time(playbooks.CARD_HOUR),
                                               business.tz)
                events.append(playbooks.Event(
                    trigger=Rule.ANNIVERSARY, customer=customer, at=at,
                    key=f"anniv{customer.pk}:{y}", what=f"{y} year{'s' if y > 1 else ''}",
                    years=y,
                ))
    return events


def lapses(
    business: Business, rules: list[Rule], now: datetime.datetime
) -> list[playbooks.Event]:
    """Regulars whose time since their last visit is well past their usual interval."""
    if not rules:
        return []
    factor = min(float((r.conditions or {}).get("factor", 1.5)) for r in rules)
    min_visits = min(int((r.conditions or {}).get("min_visits", 3)) for r in rules)
    visits = (
        Interaction.objects.for_business(business)
        .filter(kind__in=Interaction.TRANSACTIONS, occurred_at__lte=now)
        .order_by("customer_id", "occurred_at", "id")
        .values_list("customer_id", "id", "occurred_at")
    )
    found: dict[int, tuple[int, datetime.timedelta, datetime.timedelta, int]] = {}

    def judge(customer_id: int | None, days: list[tuple[datetime.date, int, datetime.datetime]]):
        if customer_id is None or len(days) < min_visits:
            return
        recent = days[-RECENT_VISITS:]
        usual = datetime.timedelta(days=statistics.median(
            (b[0] - a[0]).days for a, b in zip(recent, recent[1:], strict=False)
        ))
        _, last_id, last_at = recent[-1]
        since = now - last_at
        if usual and since > usual * factor and last_at + usual * factor >= now - LAPSE_GRACE:
            found[customer_id] = (last_id, since, usual, len(days))

    current, days = None, []
    for customer_id, visit_id, at in visits.iterator(chunk_size=5000):
        if customer_id != current:
            judge(current, days)
            current, days = customer_id, []
        day = timezone.localtime(at, business.tz).date()
        if days and days[-1][0] == day:  # a visit and a sale the same day are one visit
            days[-1] = (day, visit_id, at)
        else:
            days.append((day, visit_id, at))
    judge(current, days)
    customers = Customer.objects.for_business(business).filter(pk__in=found)
    return [
        playbooks.Event(
            trigger=Rule.LAPSE, customer=c, at=now, key=f"lapse{c.pk}:{found[c.pk][0]}",
            what=(f"{found[c.pk][1].days} days since their last visit; "
                  f"they usually come every {found[c.pk][2].days} days"),
            lapse_ratio=found[c.pk][1] / found[c.pk][2], visits=found[c.pk][3],
        )
        for c in customers.select_related("owner")
    ]


def handle_time_triggers(
    business: Business, today: datetime.date | None = None, *,
    now: datetime.datetime | None = None,
) -> bool:
    """Fire the business's calendar rules (events, anniversaries, lapses) once a day.

    Returns False when they already ran for `today` (in the business's time zone). The
    scans run outside any transaction (on SQLite one would hold the write lock); the day
    is then claimed in the same transaction as the commitments, so a crash leaves the day
    to the next tick, and the dedupe keys make a repeated day harmless anyway.
    """
    now = now or timezone.now()
    today = today or timezone.localtime(now, business.tz).date()
    if DailyRun.objects.filter(business=business, job=TIME_TRIGGERS, last_day__gte=today).exists():
        return False
    rules: dict[str, list[Rule]] = {t: [] for t in Rule.TIME_BASED}
    for rule in Rule.objects.for_business(business).filter(
        active=True, trigger__in=Rule.TIME_BASED
    ):
        rules[rule.trigger].append(rule)
    events = (
        upcoming_events(business, rules[Rule.UPCOMING_EVENT], today, now)
        + anniversaries(business, rules[Rule.ANNIVERSARY], today)
        + lapses(business, rules[Rule.LAPSE], now)
    )
    with transaction.atomic():
        if not DailyRun.claim(business=business, job=TIME_TRIGGERS, day=today):
            return False  # another worker finished this day meanwhile
        fired = playbooks.fire(business, events)
    if events:
        log.info("%s: %d calendar event(s), %d rule match(es)", business, len(events), fired)
    return True


def handle_daily_triggers(*, now: datetime.datetime | None = None) -> bool:
    """Run the time triggers of every business whose day has not run yet."""
    now = now or timezone.now()
    last = dict(DailyRun.objects.filter(job=TIME_TRIGGERS).values_list("business_id",
                                                                         "last_day"))
    ran = False
    for business in Business.objects.order_by("pk"):
        today = timezone.localtime(now, business.tz).date()
        if last.get(business.pk) is not None and last[business.pk] >= today:
            continue
        try:
            ran |= handle_time_triggers(business, today, now=now)
        except Exception:
            log.exception("time triggers failed for business %s; retrying next tick", business.pk)
    return ran
