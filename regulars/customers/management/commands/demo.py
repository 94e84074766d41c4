from django.conf import settings
from django.core.management.base import BaseCommand

from regulars.customers import demo


class Command(BaseCommand):
    help = "Load the demo businesses (safe to run again) and print how to sign in."

    def handle(self, *args, **options):
        logins = demo.build()
        self.stdout.write(f"Demo ready. Sign in at {settings.SITE_URL}/login/ with:")
        for email, role in logins:
            self.stdout.write(f"  {email:28} {demo.PASSWORD}   ({role})")
