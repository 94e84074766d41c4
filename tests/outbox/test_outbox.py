"""The outbox: written in the caller's transaction, sent once, failures visible and retried."""

from __future__ import annotations

import datetime

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone

from regulars.commitments import jobs
from regulars.outbox.models import MAX_ATTEMPTS, Message
from regulars.outbox.services import queue_email
from tests.outbox.smtp import free_port

T0 = datetime.datetime(2026, 3, 10, 17, 0, tzinfo=datetime.UTC)


def queue(world, **kw) -> Message:
    kw.setdefault("to", "dana@example.com")
    kw.setdefault("subject", "Your appointment")
    kw.setdefault("body", "See you Tuesday.")
    return queue_email(business=world.business, **kw)


def test_it_writes_the_row_inside_the_callers_transaction(world):
    with transaction.atomic():
        queue(world)
        transaction.set_rollback(True)
    assert not Message.objects.exists()
    assert jobs.handle_one_outbox_message() is False
    message = queue(world)
    assert message.status == Message.QUEUED
    assert message.message_id.startswith("<") and message.message_id.endswith(">")
    assert queue(world).message_id != message.message_id


@pytest.mark.parametrize("field,value", [("to", "not an address"), ("subject", "  ")])
def test_it_rejects_a_message_that_cannot_be_sent(world, field, value):
    with pytest.raises(ValidationError) as e:
        queue(world, **{field: value})
    assert field in e.value.message_dict
    assert not Message.objects.exists()


def test_it_rejects_another_business_customer(world):
    stranger = world.customer(business=world.other_business, first_name="Eve")
    with pytest.raises(ValidationError):
        queue(world, customer=stranger)


def test_it_sends_through_smtp_under_the_stable_message_id(world, smtp):
    message = queue(world)
    assert jobs.handle_one_outbox_message() is True
    assert jobs.handle_one_outbox_message() is False
    message.refresh_from_db()
    assert message.status == Message.SENT and message.sent_at is not None
    assert message.attempts == 1
    assert smtp.inbox.copies() == {message.message_id: 1}
    assert smtp.inbox.accepted[0]["Subject"] == "Your appointment"
    assert smtp.inbox.accepted[0]["To"] == "dana@example.com"


def test_a_scheduled_message_waits_for_its_time(world, smtp):
    with time_machine.travel(T0, tick=False):
        message = queue(world, send_after=T0 + datetime.timedelta(hours=1))
        assert message.is_scheduled
        assert jobs.handle_one_outbox_message() is False
    with time_machine.travel(T0 + datetime.timedelta(hours=1, seconds=1), tick=False):
        assert jobs.handle_one_outbox_message() is True
    message.refresh_from_db()
    assert message.status == Message.SENT


def test_a_misconfigured_smtp_server_retries_with_backoff_and_a_clear_reason(world, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", free_port()  # nobody listens
    with time_machine.travel(T0, tick=False):
        message = queue(world)
        assert jobs.handle_one_outbox_message() is True
        message.refresh_from_db()
        assert message.status == Message.RETRYING
        assert message.attempts == 1
        assert "connection refused" in message.last_error
        assert "EMAIL_HOST and EMAIL_PORT" in message.last_error
        assert message.next_attempt_at == T0 + datetime.timedelta(minutes=1)
        assert jobs.handle_one_outbox_message() is False  # not due yet
    with time_machine.travel(T0 + datetime.timedelta(minutes=1), tick=False):
        assert jobs.handle_one_outbox_message() is True
        message.refresh_from_db()
        assert message.attempts == 2
        assert message.next_attempt_at == timezone.now() + datetime.timedelta(minutes=2)


def test_it_gives_up_after_max_attempts_keeping_the_reason(world, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", free_port()
    with time_machine.travel(T0, tick=False) as clock:
        message = queue(world)
        for _ in range(MAX_ATTEMPTS):
            clock.shift(datetime.timedelta(hours=7))
            assert jobs.handle_one_outbox_message() is True
        clock.shift(datetime.timedelta(hours=7))
        assert jobs.handle_one_outbox_message() is False
    message.refresh_from_db()
    assert message.status == Message.FAILED
    assert message.attempts == MAX_ATTEMPTS
    assert "connection refused" in message.last_error
    message.retry_now()
    message.refresh_from_db()
    assert message.status == Message.RETRYING and message.attempts == 0


def test_a_refused_recipient_fails_at_once(world, smtp):
    smtp.inbox.refuse = True
    message = queue(world)
    assert jobs.handle_one_outbox_message() is True
    message.refresh_from_db()
    assert message.status == Message.FAILED
    assert "550" in message.last_error and "refused the recipient" in message.last_error


def test_a_crashed_senders_lease_expires_and_the_same_message_goes_out(world, smtp):
    with time_machine.travel(T0, tick=False) as clock:
        message = queue(world)
        lease = datetime.timedelta(minutes=5)
        claimed = Message.objects.claim_next(worker="crashed", lease=lease)
        assert claimed.pk == message.pk  # …and the worker dies before sending
        assert jobs.handle_one_outbox_message(worker="b") is False  # the lease holds
        clock.shift(lease + datetime.timedelta(seconds=1))
        assert jobs.handle_one_outbox_message(worker="b") is True
    message.refresh_from_db()
    assert message.status == Message.SENT and message.attempts == 2
    assert smtp.inbox.copies() == {message.message_id: 1}


def test_a_second_claim_gets_nothing(world):
    queue(world)
    lease = datetime.timedelta(minutes=5)
    assert Message.objects.claim_next(worker="a", lease=lease) is not None
    assert Message.objects.claim_next(worker="b", lease=lease) is None


def test_the_timeline_shows_each_delivery_status(world):
    customer = world.customer()
    now = timezone.now()
    rows = {
        "sent": dict(status=Message.SENT, sent_at=now),
        "retrying": dict(status=Message.RETRYING, attempts=2, last_error="connection refused",
                         next_attempt_at=now + datetime.timedelta(minutes=2)),
        "failed": dict(status=Message.FAILED, attempts=10, last_error="550 no such user"),
        "queued": dict(),
        "scheduled": dict(send_after=now + datetime.timedelta(days=1)),
    }
    for subject, fields in rows.items():
        m = queue(world, customer=customer, subject=subject,
                  send_after=fields.pop("send_after", None))
        Message.objects.filter(pk=m.pk).update(**fields)
    html = render_to_string("web/_messages.html", {
        "outbox_messages": Message.objects.for_customer(customer),
    })
    for word in ("sent", "retrying", "connection refused", "failed", "550 no such user",
                 "queued", "scheduled", "next attempt"):
        assert word in html
