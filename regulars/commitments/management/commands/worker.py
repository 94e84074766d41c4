"""`regulars worker`: run the background work — calendar triggers, reminders, the outbox.

Each tick runs the playbooks' time-based triggers for every business whose day has
not run, queues reminders for commitments that fell due, then sends due outbox
messages until none is left; when a tick found nothing to do it sleeps. Several
workers may run at once, on several machines against one PostgreSQL: every step
claims its rows atomically, so no job is done twice.

Delivery guarantee, honestly: at least once, with a stable Message-ID. A message is
claimed for a lease (5 minutes by default; `attempts` counts claims). If the worker
dies mid-send (crash, `kill -9`, power cut) the lease runs out and another worker
sends the same message again, under the same Message-ID header, so the copy is
recognisably the same message and mail systems that deduplicate on Message-ID drop
it. A true duplicate needs the process to die in the window after the SMTP server
accepted the DATA and before the row is marked sent — SMTP itself cannot close that
window (RFC 1047). A message is never lost: it stays queued, retrying or failed (with
the reason, on the customer's timeline) until it is sent.

SIGTERM or SIGINT lets the current job finish, then the loop stops.
"""

from __future__ import annotations

import datetime
import logging
import signal
import time
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser
from django.db import close_old_connections, connection

from regulars.commitments import jobs

log = logging.getLogger("regulars.worker")


class Command(BaseCommand):
    help = "Run the background worker: calendar triggers, reminders and the outbox."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--once", action="store_true", help="Run one tick, then exit.")
        parser.add_argument("--sleep", type=float, default=2.0,
                            help="Seconds to wait after a tick that found nothing (default 2).")
        parser.add_argument("--lease", type=float, default=jobs.LEASE.total_seconds(),
                            help="Seconds a claimed message stays ours before another worker "
                                 "may retry it (default 300).")

    def handle(self, *args: Any, **options: Any) -> None:
        self.stopping = False
        self.worker = jobs.worker_name()
        self.lease = datetime.timedelta(seconds=options["lease"])
        if not options["once"]:
            signal.signal(signal.SIGTERM, self.stop)
            signal.signal(signal.SIGINT, self.stop)
        log.info("worker %s started; email backend %s%s", self.worker, settings.EMAIL_BACKEND,
                 f" ({settings.EMAIL_HOST}:{settings.EMAIL_PORT})"
                 if "smtp" in settings.EMAIL_BACKEND else "")
        while not self.stopping:
            did = self.tick()
            if options["once"]:
                break
            if not did:
                self.nap(options["sleep"])
        log.info("worker %s stopped", self.worker)

    def stop(self, signum: int, frame: object) -> None:
        log.info("worker %s: %s received, stopping after the current job", self.worker,
                 signal.Signals(signum).name)
        self.stopping = True

    def nap(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while not self.stopping and time.monotonic() < deadline:
            time.sleep(min(0.2, seconds))

    def step(self, name: str, fn: Any, **kwargs: Any) -> bool:
        """Run one step; log and survive whatever it raises (the next tick retries)."""
        try:
            return bool(fn(**kwargs))
        except Exception:
            log.exception("worker step %s failed; retrying next tick", name)
            return False

    def tick(self) -> bool:
        """Run each step once, then drain the outbox; say whether anything was done."""
        if not connection.in_atomic_block:  # (tests run ticks inside a transaction)
            close_old_connections()  # drop a connection the database has gone away from
        did = self.step("time triggers", jobs.handle_daily_triggers)
        did |= self.step("reminders", jobs.handle_due_reminders)
        while not self.stopping and self.step(
            "outbox", jobs.handle_one_outbox_message, worker=self.worker, lease=self.lease
        ):
            did = True
        return did
