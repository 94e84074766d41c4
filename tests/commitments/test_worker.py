"""`regulars worker`: reminders for what fell due, the outbox, and several workers at once."""

from __future__ import annotations

import datetime
import threading

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.db import connection, connections

from regulars.commitments import jobs
from regulars.commitments.models import Commitment
from regulars.outbox.models import Message
from regulars.outbox.services import queue_email
from tests.outbox.smtp import SmtpServer

T0 = datetime.datetime(2026, 3, 10, 17, 0, tzinfo=datetime.UTC)
HOUR = datetime.timedelta(hours=1)


@pytest.fixture
def locmem(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    mail.outbox = []
    return mail.outbox


def owe(world, customer, due_at, **kw) -> Commitment:
    return Commitment.objects.create(
        business=world.business, customer=customer, owner=kw.pop("owner", world.staff),
        text=kw.pop("text", "Call Dana back about the colour"), due_at=due_at, **kw,
    )


def test_worker_once_sends_what_is_queued(world, locmem):
    message = queue_email(business=world.business, to="dana@example.com", subject="Hello",
                          body="Hi Dana")
    call_command("worker", "--once")
    assert [m.subject for m in locmem] == ["Hello"]
    assert locmem[0].extra_headers["Message-ID"] == message.message_id
    message.refresh_from_db()
    assert message.status == Message.SENT


def test_it_reminds_the_owner_once_of_what_fell_due(world, locmem):
    dana = world.customer(first_name="Dana", last_name="Whitfield")
    with time_machine.travel(T0, tick=False):
        due = owe(world, dana, T0 - HOUR)
        owe(world, dana, T0 + HOUR, text="Not yet")
        owe(world, dana, T0 - HOUR, text="Kept", status=Commitment.DONE)
        owe(world, dana, T0 - HOUR, text="Reminded", reminded_at=T0 - HOUR)
        assert jobs.handle_due_reminders() is True
        assert jobs.handle_due_reminders() is False
        call_command("worker", "--once")
    due.refresh_from_db()
    assert due.reminded_at == T0
    message = Message.objects.get()
    assert (message.customer, message.commitment_id, message.to) == (dana, due.pk, "bob@maple.test")
    assert message.status == Message.SENT
    assert [m.subject for m in locmem] == ["Due: Call Dana back about the colour"]
    assert "Dana Whitfield" in locmem[0].body and f"/customers/{dana.pk}/" in locmem[0].body
    with time_machine.travel(T0 + 2 * HOUR, tick=False):
        assert jobs.handle_due_reminders() is True  # the second one is due now
    assert Message.objects.count() == 2


def test_a_reminder_that_cannot_go_out_shows_on_the_customers_timeline(world, settings, smtp):
    smtp.inbox.refuse = True
    dana = world.customer()
    owe(world, dana, T0 - HOUR)
    with time_machine.travel(T0, tick=False):
        call_command("worker", "--once")
    message = Message.objects.for_customer(dana).get()
    assert message.status == Message.FAILED
    assert "refused the recipient" in message.last_error


def test_the_loop_survives_a_failing_step(world, locmem, monkeypatch, caplog):
    def broken(**kw):
        raise RuntimeError("database on fire")

    monkeypatch.setattr(jobs, "handle_due_reminders", broken)
    queue_email(business=world.business, to="dana@example.com", subject="Hello", body="x")
    call_command("worker", "--once")
    assert len(locmem) == 1
    assert "worker step reminders failed" in caplog.text


def test_the_loop_survives_a_misconfigured_smtp_server(world, settings, caplog):
    from tests.outbox.smtp import free_port

    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", free_port()
    message = queue_email(business=world.business, to="dana@example.com", subject="Hi", body="x")
    call_command("worker", "--once")
    message.refresh_from_db()
    assert message.status == Message.RETRYING and message.attempts == 1
    assert "connection refused; check EMAIL_HOST and EMAIL_PORT" in caplog.text


def run_workers(count: int, step) -> None:
    """Run `step` until it finds nothing, in `count` threads with their own connections."""
    errors: list[BaseException] = []
    start = threading.Barrier(count)

    def work(n: int) -> None:
        try:
            start.wait()
            while step(f"w{n}"):
                pass
        except BaseException as e:  # noqa: B036 — reported to the test below
            errors.append(e)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=work, args=(n,)) for n in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors, errors


pg_only = pytest.mark.skipif(
    "connection.vendor != 'postgresql'",
    reason="several workers at once is a PostgreSQL deployment; SQLite serialises writers",
)


@pg_only
@pytest.mark.django_db(transaction=True)
def test_several_workers_send_each_message_exactly_once(world, settings):
    assert connection.vendor == "postgresql"
    ids = [queue_email(business=world.business, to=f"c{i}@example.com", subject=f"m{i}",
                       body="x").message_id for i in range(50)]
    with SmtpServer() as smtp:
        smtp.configure(settings)
        run_workers(4, lambda name: jobs.handle_one_outbox_message(worker=name))
    assert smtp.inbox.copies() == {mid: 1 for mid in ids}
    assert set(Message.objects.values_list("status", flat=True)) == {Message.SENT}
    assert set(Message.objects.values_list("attempts", flat=True)) == {1}
    assert len(set(Message.objects.values_list("claimed_by", flat=True))) > 1


@pg_only
@pytest.mark.django_db(transaction=True)
def test_several_workers_remind_each_commitment_exactly_once(world):
    dana = world.customer()
    for i in range(120):
        owe(world, dana, T0 - HOUR, text=f"promise {i}")
    with time_machine.travel(T0, tick=False):
        run_workers(4, lambda name: jobs.handle_due_reminders(batch=7))
    assert Message.objects.count() == 120
    assert Message.objects.values("commitment").distinct().count() == 120
    assert not Commitment.objects.filter(reminded_at__isnull=True).exists()
