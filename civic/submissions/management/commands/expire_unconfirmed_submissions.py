"""Deletes submissions whose confirmation link expired unused; safe to run
from cron (daily is enough).
"""

from django.core.management.base import BaseCommand

from civic.submissions.privacy import expire_unconfirmed


class Command(BaseCommand):
    help = "Deletes unconfirmed submissions older than CIVIC_SUBMISSION_CONFIRM_DAYS."

    def handle(self, *args, **options):
        count = expire_unconfirmed()
        self.stdout.write(f"{count} expired unconfirmed submissions deleted")
