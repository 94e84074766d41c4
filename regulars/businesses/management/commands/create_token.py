from django.core.management.base import BaseCommand, CommandError

from regulars.businesses.models import ApiToken, Membership


class Command(BaseCommand):
    help = "Create an API token for a staff member of a business; prints it as the last line."

    def add_arguments(self, parser):
        parser.add_argument("--business", required=True, help="the business's slug")
        parser.add_argument("--email", required=True, help="the staff member's email")
        parser.add_argument("--label", default="", help="what the token is for")

    def handle(self, *args, business: str, email: str, label: str, **options):
        membership = (
            Membership.objects.select_related("business", "user")
            .filter(business__slug=business, user__email=email.strip().lower())
            .first()
        )
        if membership is None:
            raise CommandError(f"{email} is not a member of a business with slug {business!r}.")
        _, secret = ApiToken.issue(membership, label=label)
        self.stderr.write(
            f"Token for {membership.user.email} at {membership.business.name}; "
            "it is shown only once:"
        )
        self.stdout.write(secret)
