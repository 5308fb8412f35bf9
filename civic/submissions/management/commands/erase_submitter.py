"""Erases everything about one email address (the right to erasure)."""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email

from civic.submissions.privacy import erase_person


class Command(BaseCommand):
    help = (
        "Deletes every submission and message of one email address, with their "
        "unpublished pages. Published pages stay online unless --unpublish is given."
    )

    def add_arguments(self, parser):
        parser.add_argument("email")
        parser.add_argument(
            "--unpublish",
            action="store_true",
            help="Also take this person's published pages offline and delete them.",
        )

    def handle(self, *args, email, unpublish=False, **options):
        try:
            validate_email(email)
        except ValidationError as error:
            raise CommandError("Give one valid email address.") from error
        counts = erase_person(email, unpublish=unpublish)
        self.stdout.write(
            f"{counts['submissions']} submissions and {counts['mails']} messages erased"
        )
        if counts["kept_live"]:
            self.stdout.write(
                f"{counts['kept_live']} published pages stay online without their "
                "submitter's data; run again with --unpublish to remove them"
            )
