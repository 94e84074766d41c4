from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from regulars.businesses.models import Business
from regulars.customers.models import Note
from regulars.customers.remember import remember
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

    def handle(self, *args, business: str, all: bool, batch: int, **options):
        found = Business.objects.filter(slug=business).first()
        if found is None:
            raise CommandError(f"No business with slug {business!r}.")
        if batch < 1:
            raise CommandError("--batch must be at least 1.")
        notes = Note.objects.for_business(found)
        if all:
            notes.update(memory_version=0)
        unread = notes.exclude(memory_version=VERSION)
        total = unread.count()
        added = ended = failed = 0
        # Each batch holds whole customers where it can, so their notes merge in one go;
        # read notes drop out of `unread`, so the cursor only needs the customer.
        last_customer = 0
        with tqdm(total=total, unit="note", disable=None, file=self.stderr._out) as bar:
            while True:
                chunk = list(
                    unread.filter(customer_id__gte=last_customer)
                    .order_by("customer_id", "pk")[:batch]
                )
                if not chunk:
                    break
                for n in chunk:
                    n.business = found
                outcome = remember(chunk)
                added += len(outcome.added)
                ended += len(outcome.ended)
                failed += len(outcome.failed)
                last_customer = chunk[-1].customer_id
                bar.update(len(chunk))
        self.stdout.write(
            f"Read {total} notes of {found.name}: {added} facts suggested, {ended} ended, "
            f"{failed} notes the engine could not read."
        )
