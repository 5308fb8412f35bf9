"""Forgetting: expired unconfirmed submissions, contact data after the
retention period, and everything about one person on request.
"""

import datetime
import logging

from django.db import transaction
from django.utils import timezone
from wagtail.images import get_image_model

from .conf import submission_setting
from .flow import delete_photos
from .models import OutgoingMail, Submission

logger = logging.getLogger("civic.submissions.privacy")


def days_ago(days, now=None):
    return (now or timezone.now()) - datetime.timedelta(days=days)


@transaction.atomic
def delete_submission(submission):
    """Deletes a submission with its waiting photos, its mail, its images and its
    page, unless the page is live (a published page is the city's to keep).

    The record goes first, so deleting the page sends the submitter nothing.
    """
    page, image_ids = submission.page, submission.image_ids
    delete_photos(submission.photos.all())
    submission.mails.all().delete()
    submission.delete()
    if page is not None and not page.live:
        page.delete()
        get_image_model().objects.filter(pk__in=image_ids).delete()


def expire_unconfirmed(now=None):
    """Deletes submissions never confirmed within the link's validity; returns
    how many.
    """
    cutoff = days_ago(submission_setting("CIVIC_SUBMISSION_CONFIRM_DAYS"), now)
    expired = Submission.objects.filter(
        status=Submission.STATUS_UNCONFIRMED, created_at__lt=cutoff
    )
    return delete_each(expired, "its confirmation link expired")


def apply_retention(now=None):
    """Erases what the retention period no longer allows us to keep.

    Published: the contact data is erased, the page and the statistics stay.
    Declined, or changes requested and never answered: everything is deleted.
    Returns (erased, deleted) counts.
    """
    cutoff = days_ago(submission_setting("CIVIC_SUBMISSION_RETENTION_DAYS"), now)
    erased = erase_contact_of(
        Submission.objects.filter(
            status=Submission.STATUS_APPROVED,
            decided_at__lt=cutoff,
            contact_erased_at__isnull=True,
        )
    )
    stale = Submission.objects.filter(
        status=Submission.STATUS_DECLINED, decided_at__lt=cutoff
    ) | Submission.objects.filter(
        status=Submission.STATUS_CHANGES_REQUESTED, changes_requested_at__lt=cutoff
    )
    deleted = delete_each(stale, "the retention period ended")
    forget_sent_mail(now)
    return erased, deleted


def delete_each(submissions, why):
    """Deletes each of ``submissions``; returns how many."""
    count = 0
    for submission in submissions.iterator():
        delete_submission(submission)
        logger.info("Deleted submission %s: %s", submission.pk, why)
        count += 1
    return count


@transaction.atomic
def erase_contact_of(submissions):
    ids = list(submissions.values_list("pk", flat=True))
    OutgoingMail.objects.filter(submission_id__in=ids).delete()
    Submission.objects.filter(pk__in=ids).update(
        email="", phone="", contact_erased_at=timezone.now()
    )
    for pk in ids:
        logger.info("Erased the contact data of submission %s", pk)
    return len(ids)


def forget_sent_mail(now=None):
    cutoff = days_ago(submission_setting("CIVIC_SENT_MAIL_KEEP_DAYS"), now)
    OutgoingMail.objects.filter(
        status=OutgoingMail.STATUS_SENT, sent_at__lt=cutoff
    ).delete()


def erase_person(email, unpublish=False):
    """Erases every submission and message of ``email`` (right to erasure).

    Published pages stay online unless ``unpublish`` is true; then they are
    unpublished and deleted with the rest. Returns a dict of counts.
    """
    submissions = list(Submission.objects.filter(email__iexact=email))
    kept_live = 0
    for submission in submissions:
        page = submission.page
        if page is not None and page.live:
            if not unpublish:
                kept_live += 1
            else:
                page.specific.unpublish(user=None, log_action=True)
                page.refresh_from_db()
        delete_submission(submission)
        logger.info("Erased submission %s on request", submission.pk)
    mails = OutgoingMail.objects.filter(to__iexact=email).delete()[0]
    return {"submissions": len(submissions), "mails": mails, "kept_live": kept_live}
