"""``manage.py load_demo``: loads the "Kortrijk spreekt én doet mee" showcase."""

import time

from django.core.management.base import BaseCommand
from django.db import transaction

from kortrijk.demo.loader import DemoLoader, demo_exists


class Command(BaseCommand):
    help = (
        "Load the Kortrijk demo content: districts, initiatives, events, their "
        "French and English translations, groups and demo accounts. Safe to repeat."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing when a home page already exists.",
        )

    def handle(self, *args, if_empty=False, **options):
        if if_empty and demo_exists():
            self.stdout.write("A home page exists already; demo content not loaded.")
            return

        started = time.monotonic()
        with transaction.atomic():
            report = DemoLoader().load()
        seconds = time.monotonic() - started

        self.write_passwords(report.passwords)
        self.write_summary(report, seconds)

    def write_passwords(self, passwords):
        """Shows each generated password, the only time it is visible."""
        for username, password in passwords:
            self.stdout.write(
                self.style.WARNING(
                    f"Created user {username} with password {password} — store it "
                    "now, it is not shown again."
                )
            )

    def write_summary(self, report, seconds):
        """Writes what was created and the page totals per type and locale."""
        created = ", ".join(
            f"{count} {what}" for what, count in sorted(report.created.items()) if count
        )
        per_type = ", ".join(
            f"{name} {count}" for name, count in report.pages_per_type.items()
        )
        per_locale = ", ".join(
            f"{code} {count}" for code, count in report.pages_per_locale.items()
        )
        self.stdout.write(f"Created: {created or 'nothing, all present'}.")
        self.stdout.write(f"Pages per type: {per_type}.")
        self.stdout.write(f"Pages per locale: {per_locale}.")
        self.stdout.write(self.style.SUCCESS(f"Demo content ready in {seconds:.1f} s."))
