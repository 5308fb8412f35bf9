"""Erases contact data, and deletes declined submissions, once the retention
period after the final decision has passed; safe to run from cron (daily).
"""

from django.core.management.base import BaseCommand

from civic.submissions.privacy import apply_retention


class Command(BaseCommand):
    help = (
        "Erases submitters' contact data CIVIC_SUBMISSION_RETENTION_DAYS after the "
        "final decision and deletes declined or abandoned submissions."
    )

    def handle(self, *args, **options):
        erased, deleted = apply_retention()
        self.stdout.write(
            f"contact data erased for {erased} published submissions; "
            f"{deleted} declined or abandoned submissions deleted"
        )
