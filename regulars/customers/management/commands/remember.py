import os
import signal
from concurrent.futures import Executor, Future, ProcessPoolExecutor

from django.core.management.base import BaseCommand, CommandError
from django.db.models import Q
from tqdm import tqdm

from regulars.businesses.models import Business
from regulars.customers.models import Note
from regulars.customers.remember import note_day, read_texts, remember
from regulars.memory import VERSION


class Command(BaseCommand):
    help = (
        "Read a business's notes with the memory engine and merge the facts into its "
        "customers' memory. Notes already read by this engine version are skipped, so the "
        "command can be stopped and run again to resume."
    )

    def add_arguments(self, parser):
        parser.add_argument("--business", required=True, help="the business's slug")
        parser.add_argument("--all", action="store_true",
                            help="re-read every note, also those read before")
        parser.add_argument("--batch", type=int, default=1000, help="notes per transaction")
        parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                            help="processes reading notes while this one writes (1: none)")

    def handle(self, *args, business: str, all: bool, batch: int, jobs: int, **options):
        found = Business.objects.filter(slug=business).first()
        if found is None:
            raise CommandError(f"No business with slug {business!r}.")
        if batch < 1 or jobs < 1:
            raise CommandError("--batch and --jobs must be at least 1.")
        notes = Note.objects.for_business(found)
        if all:
            notes.update(memory_version=0)
        unread = notes.exclude(memory_version=VERSION)
        total = unread.count()
        self.added = self.ended = self.failed = self.done = 0
        pool = ProcessPoolExecutor(jobs, initializer=_leave_ctrl_c_to_parent) if jobs > 1 else None
        try:
            with tqdm(total=total, unit="note", disable=None, file=self.stderr._out) as bar:
                self._run(found, unread, batch, jobs, pool, bar)
        except KeyboardInterrupt:
            # The batch being written was rolled back whole; nothing is half done.
            raise CommandError(
                f"Stopped after {self.done} of {total} notes; run the same command again "
                "to carry on where it stopped."
            ) from None
        finally:
            if pool is not None:
                pool.shutdown(cancel_futures=True)
        self.stdout.write(
            f"Read {total} notes of {found.name}: {self.added} facts suggested, "
            f"{self.ended} ended, {self.failed} notes the engine could not read."
        )

    def _run(self, business, unread, batch, jobs, pool: Executor | None, bar) -> None:
        """Read batch k+1 in the pool while batch k is merged and written here.

        Batches follow customers, so a customer's notes merge together and in order; the
        cursor is (customer, note id), so it does not depend on what is marked read yet.
        """
        cursor = (0, 0)
        pending: tuple[list[Note], list[Future] | None] | None = None
        while True:
            chunk = list(
                unread.filter(Q(customer_id__gt=cursor[0])
                              | Q(customer_id=cursor[0], pk__gt=cursor[1]))
                .order_by("customer_id", "pk")[:batch]
            )
            for n in chunk:
                n.business = business
            futures = self._submit(pool, chunk, jobs) if chunk else None
            if pending is not None:
                self._write(*pending)
                bar.update(len(pending[0]))
            if not chunk:
                return
            cursor = (chunk[-1].customer_id, chunk[-1].pk)
            pending = (chunk, futures)

    def _submit(self, pool: Executor | None, chunk: list[Note], jobs: int):
        if pool is None:
            return None
        items = [(n.pk, n.text, n.author_kind, note_day(n)) for n in chunk]
        size = -(-len(items) // jobs)
        return [pool.submit(read_texts, items[i : i + size])
                for i in range(0, len(items), size)]

    def _write(self, chunk: list[Note], futures: list[Future] | None) -> None:
        readings = None
        if futures is not None:
            readings = {}
            for future in futures:
                readings.update(future.result())
        outcome = remember(chunk, readings)
        self.added += len(outcome.added)
        self.ended += len(outcome.ended)
        self.failed += len(outcome.failed)
        self.done += len(chunk)


def _leave_ctrl_c_to_parent() -> None:
    """Pool processes ignore Ctrl-C: the parent stops them after rolling back its batch."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
