"""Sends the submitters' mail that is due; safe to run from cron every minute,
or as a worker with ``--loop``.
"""

import time

from django.core.management.base import BaseCommand

from civic.submissions.mail import deliver, due_mail_ids
from civic.submissions.models import OutgoingMail


class Command(BaseCommand):
    help = "Sends queued mail to submitters and retries failed deliveries."

    def add_arguments(self, parser):
        parser.add_argument(
            "--loop",
            action="store_true",
            help="Keep running, checking for due mail every --interval seconds.",
        )
        parser.add_argument("--interval", type=float, default=30)

    def handle(self, *args, loop=False, interval=30, **options):
        while True:
            sent, waiting = self.send_due()
            if sent or waiting or options["verbosity"] > 1:
                self.stdout.write(f"{sent} sent, {waiting} waiting for a retry")
            if not loop:
                return
            time.sleep(interval)

    def send_due(self):
        results = [deliver(mail_id) for mail_id in due_mail_ids()]
        sent = results.count(OutgoingMail.STATUS_SENT)
        waiting = results.count(OutgoingMail.STATUS_PENDING)
        return sent, waiting
